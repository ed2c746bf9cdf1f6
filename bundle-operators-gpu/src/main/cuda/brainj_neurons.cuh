/*
 * BrainJ update fragments: one step of one element of the zoo's neurons, synapses, outputs and Poisson sources, as
 * __host__ __device__ functions templated on float/double. Each is the Java model's native step written out in the
 * same operations and the same order (bundle-models, org.brainj.models.zoo; the class is named at each fragment), so
 * that a host build of this header can be compared with the Java models step by step (NeuronFragmentsHarnessTest).
 *
 * Conventions:
 *  - Parameters arrive as a double array in the order of the BJ_*_ enums below (the Java model's parameter values);
 *    bj_*_prepare turns them and dt into the per-step coefficients, with the Java model's formulas.
 *  - A neuron step returns flags: BJ_SPIKE when it fired, BJ_DIVERGED when the Java model would throw its
 *    DivergenceException for this element (the caller names the step, the time and the variable).
 *  - Times (t, t_last_spike) are double in both precisions: a float time loses the step after 10^4 ms.
 *  - Refractory neurons of LifRef and the Ref variants of the reset models count down their held steps (K steps after
 *    a spike, K from the Java model's rule) instead of the Java ring of recent spikes: the same neurons are held.
 *  - Java's Math.min/max propagate NaN, C's fmin/fmax do not: bj_jmin/bj_jmax keep Java's behaviour.
 *  - Device code is compiled with --fmad=false; the fma() calls below are the Java models' explicit Math.fma.
 */
#ifndef BRAINJ_NEURONS_CUH
#define BRAINJ_NEURONS_CUH

#include "brainj_jit.cuh"

#define BJ_SPIKE 1
#define BJ_DIVERGED 2

/* ---------------------------------------------------------------- precision-generic math and Java semantics */

BJ_HD double bj_exp(double x) { return exp(x); }
BJ_HD float bj_exp(float x) { return expf(x); }
BJ_HD double bj_expm1(double x) { return expm1(x); }
BJ_HD float bj_expm1(float x) { return expm1f(x); }
BJ_HD double bj_fma(double a, double b, double c) { return fma(a, b, c); }
BJ_HD float bj_fma(float a, float b, float c) { return fmaf(a, b, c); }
BJ_HD double bj_abs(double x) { return fabs(x); }
BJ_HD float bj_abs(float x) { return fabsf(x); }

/* Math.min / Math.max: NaN in either argument gives NaN (the ties of these models never involve signed zeros). */
template <typename T> BJ_HD T bj_jmin(T a, T b) { return (a != a || b != b) ? a + b : (a < b ? a : b); }
template <typename T> BJ_HD T bj_jmax(T a, T b) { return (a != a || b != b) ? a + b : (a > b ? a : b); }
template <typename T> BJ_HD bool bj_finite(T x) { return x - x == (T) 0; }

/* ResetNeuronGroup.phi: (e^(a dt) - 1)/a, with its limit dt at a = 0. */
template <typename T> BJ_HD T bj_phi(T a, T dt) { return a == (T) 0 ? dt : bj_expm1(a * dt) / a; }

/* GatingMath.xOverExpm1: x / (e^x - 1) with the removable singularity filled. */
template <typename T> BJ_HD T bj_x_over_expm1(T x) {
    if (bj_abs(x) < (T) 1e-10) {
        return (T) 1 - (T) 0.5 * x;
    }
    T d = bj_expm1(x);
    return (d - d != (T) 0 && d == d) ? (T) 0 : x / d;
}

/* GatingMath.relax: exact exponential-Euler step of a gate with held rates. */
template <typename T> BJ_HD T bj_relax(T x, T alpha, T beta, T dt) {
    T s = alpha + beta;
    T inf = alpha / s;
    return inf + (x - inf) * bj_exp(-dt * s);
}

/*
 * FastMath (zoo), the branch-free exponentials of TraubMilesHH and MgBlock. SCALE = Math.exp(-36/128) and the other
 * exponentials below are the doubles Java computes (checked by NeuronFragmentsHarnessTest against Math.exp).
 */
#define BJ_FM_LIMIT 36.0
#define BJ_FM_SHIFT (36.0 / 128.0)
#define BJ_FM_SCALE 0x1.827a561889716p-1

template <typename T> BJ_HD T bj_fm_exp_neg(T z) {
    const T n0 = (T) BJ_FM_SCALE, n1 = (T) BJ_FM_SCALE, n2 = (T) (BJ_FM_SCALE / 2), n3 = (T) (BJ_FM_SCALE / 6),
            n4 = (T) (BJ_FM_SCALE / 24), n5 = (T) (BJ_FM_SCALE / 120), n6 = (T) (BJ_FM_SCALE / 720),
            n7 = (T) (BJ_FM_SCALE / 5040), n8 = (T) (BJ_FM_SCALE / 40320), n9 = (T) (BJ_FM_SCALE / 362880),
            n10 = (T) (BJ_FM_SCALE / 3628800), n11 = (T) (BJ_FM_SCALE / 39916800);
    T u = bj_fma(z, (T) (1.0 / 64.0), (T) BJ_FM_SHIFT);
    T u2 = u * u;
    T u4 = u2 * u2;
    T p0 = bj_fma(n1, u, n0);
    T p1 = bj_fma(n3, u, n2);
    T p2 = bj_fma(n5, u, n4);
    T p3 = bj_fma(n7, u, n6);
    T p4 = bj_fma(n9, u, n8);
    T p5 = bj_fma(n11, u, n10);
    T q0 = bj_fma(p1, u2, p0);
    T q1 = bj_fma(p3, u2, p2);
    T q2 = bj_fma(p5, u2, p4);
    T e = bj_fma(q2, u4 * u4, bj_fma(q1, u4, q0));
    e *= e;
    e *= e;
    e *= e;
    e *= e;
    e *= e;
    return e * e;
}

template <typename T> BJ_HD T bj_fm_exp(T z) {
    T r = z * (T) (1.0 / 64.0);
    T r2 = r * r;
    T r4 = r2 * r2;
    T p0 = r + (T) 1;
    T p1 = bj_fma((T) (1.0 / 6), r, (T) (1.0 / 2));
    T p2 = bj_fma((T) (1.0 / 120), r, (T) (1.0 / 24));
    T p3 = bj_fma((T) (1.0 / 5040), r, (T) (1.0 / 720));
    T p4 = bj_fma((T) (1.0 / 362880), r, (T) (1.0 / 40320));
    T p5 = bj_fma((T) (1.0 / 39916800), r, (T) (1.0 / 3628800));
    T p6 = bj_fma((T) (1.0 / 6227020800.0), r, (T) (1.0 / 479001600));
    T q0 = bj_fma(p1, r2, p0);
    T q1 = bj_fma(p3, r2, p2);
    T q2 = bj_fma(p5, r2, p4);
    T q3 = bj_fma((T) (1.0 / 87178291200.0), r2, p6);
    T e = bj_fma(bj_fma(q3, r4, q2), r4 * r4, bj_fma(q1, r4, q0));
    e *= e;
    e *= e;
    e *= e;
    e *= e;
    e *= e;
    return e * e;
}

template <typename T> BJ_HD T bj_fm_exp_small(T z) {
    T r = z * (T) 0.25;
    T r2 = r * r;
    T r4 = r2 * r2;
    T p0 = r + (T) 1;
    T p1 = bj_fma((T) (1.0 / 6), r, (T) (1.0 / 2));
    T p2 = bj_fma((T) (1.0 / 120), r, (T) (1.0 / 24));
    T p3 = bj_fma((T) (1.0 / 5040), r, (T) (1.0 / 720));
    T p4 = bj_fma((T) (1.0 / 362880), r, (T) (1.0 / 40320));
    T p5 = bj_fma((T) (1.0 / 39916800), r, (T) (1.0 / 3628800));
    T q0 = bj_fma(p1, r2, p0);
    T q1 = bj_fma(p3, r2, p2);
    T q2 = bj_fma(p5, r2, p4);
    T e = bj_fma(q2, r4 * r4, bj_fma(q1, r4, q0));
    e *= e;
    return e * e;
}

/* ResetNeuronGroup's K for the Ref variants: held while K dt <= tau_ref. */
BJ_HD int bj_held_steps_inclusive(double tau_ref, double dt) {
    return (int) floor(tau_ref / dt + 1e-9);
}

/* ------------------------------------------------------------------------------------------ LifRef and Lif */

/* Parameters: LifRef's V_rest, V_reset, V_th, R, tau, tau_ref, ref_inclusive (1 BrainPy, 0 Brian2), and
 * finite_check: 1 for LifRef (any non-finite V diverges), 0 for Lif (ResetNeuronGroup: NaN diverges, +inf spikes). */
enum { BJ_LIF_V_REST, BJ_LIF_V_RESET, BJ_LIF_V_TH, BJ_LIF_R, BJ_LIF_TAU, BJ_LIF_TAU_REF, BJ_LIF_REF_INCLUSIVE,
       BJ_LIF_FINITE_CHECK, BJ_LIF_PARAMETERS };

template <typename T> struct bj_lif {
    T v_rest, v_reset, v_th, r, decay;
    int held_steps;
    int finite_check;
};

/* LifRef.refractorySteps(dt). */
BJ_HD int bj_lif_held_steps(double tau_ref, double dt, int inclusive) {
    if (inclusive) {
        return (int) floor(tau_ref / dt + 1e-9);
    }
    int k = (int) ceil(tau_ref / dt - 1e-9) - 1;
    return k > 0 ? k : 0;
}

template <typename T> BJ_HD bj_lif<T> bj_lif_prepare(const double *p, double dt) {
    bj_lif<T> c;
    c.v_rest = (T) p[BJ_LIF_V_REST];
    c.v_reset = (T) p[BJ_LIF_V_RESET];
    c.v_th = (T) p[BJ_LIF_V_TH];
    c.r = (T) p[BJ_LIF_R];
    c.decay = (T) exp(-dt / p[BJ_LIF_TAU]);
    c.held_steps = bj_lif_held_steps(p[BJ_LIF_TAU_REF], dt, p[BJ_LIF_REF_INCLUSIVE] == 1.0);
    c.finite_check = p[BJ_LIF_FINITE_CHECK] == 1.0;
    return c;
}

/* LifRef.stepNative (= integrateFused for Expon -> COBA/CUBA) and holdAndDetect; Lif.advance and detect. */
template <typename T>
BJ_HD int bj_lif_step(const bj_lif<T> &c, T &v, int &held, double &t_last, T input, T delta, double t) {
    T v_inf = c.v_rest + c.r * input;
    T vn = v_inf + (v - v_inf) * c.decay + delta;
    if (held > 0) {
        vn = c.v_reset;
        held--;
    }
    int flags = 0;
    if (!(vn < c.v_th)) {
        if (c.finite_check ? !bj_finite(vn) : vn != vn) {
            flags |= BJ_DIVERGED;
        }
        vn = c.v_reset;
        t_last = t;
        held = c.held_steps;
        flags |= BJ_SPIKE;
    }
    v = vn;
    return flags;
}

/* ----------------------------------------------------------------------------- Izhikevich (and IzhikevichRef) */

enum { BJ_IZH_V_TH, BJ_IZH_A, BJ_IZH_B, BJ_IZH_C, BJ_IZH_D, BJ_IZH_TAU_REF, BJ_IZH_PARAMETERS };

template <typename T> struct bj_izh {
    T v_th, b, c, d, decay_u, dt;
    int held_steps;
};

template <typename T> BJ_HD bj_izh<T> bj_izh_prepare(const double *p, double dt) {
    bj_izh<T> k;
    k.v_th = (T) p[BJ_IZH_V_TH];
    k.b = (T) p[BJ_IZH_B];
    k.c = (T) p[BJ_IZH_C];
    k.d = (T) p[BJ_IZH_D];
    k.decay_u = (T) exp(-p[BJ_IZH_A] * dt);
    k.dt = (T) dt;
    k.held_steps = bj_held_steps_inclusive(p[BJ_IZH_TAU_REF], dt);
    return k;
}

/* Izhikevich.advance, ResetNeuronGroup's hold and detect, Izhikevich.onSpike. */
template <typename T>
BJ_HD int bj_izh_step(const bj_izh<T> &k, T &v, T &u, int &held, double &t_last, T input, T delta, double t) {
    T vi = v;
    T ui = u;
    T f = ((T) 0.04 * vi + (T) 5) * vi + (T) 140 - ui + input;
    T lin = (T) 0.08 * vi + (T) 5;
    T vn = vi + bj_phi(lin, k.dt) * f + delta;
    T u_inf = k.b * vi;
    T un = u_inf + (ui - u_inf) * k.decay_u;
    if (held > 0) {
        vn = k.c;
        held--;
    }
    int flags = 0;
    if (!(vn < k.v_th)) {
        if (vn != vn) {
            flags |= BJ_DIVERGED;
        }
        vn = k.c;
        t_last = t;
        held = k.held_steps;
        un += k.d;
        flags |= BJ_SPIKE;
    }
    v = vn;
    u = un;
    return flags;
}

/* ------------------------------------------------------------------------------------- AdExIF (and AdExIFRef) */

enum { BJ_ADEX_V_REST, BJ_ADEX_V_RESET, BJ_ADEX_V_TH, BJ_ADEX_V_T, BJ_ADEX_DELTA_T, BJ_ADEX_A, BJ_ADEX_B,
       BJ_ADEX_TAU, BJ_ADEX_TAU_W, BJ_ADEX_R, BJ_ADEX_TAU_REF, BJ_ADEX_PARAMETERS };

/* ExpIF.MAX_EXPONENT in double; in float 80, so that delta_T e^80 stays finite (e^700 is infinite in float, and
 * inf/inf would turn a runaway upswing into NaN, where the double model resets it as a spike). */
#define BJ_ADEX_MAX_EXPONENT 700.0
#define BJ_ADEX_MAX_EXPONENT_F32 80.0

template <typename T> struct bj_adex {
    T v_rest, v_reset, v_th, v_t, delta_t, a, b, r, inv_tau, inv_delta, decay_w, dt;
    int held_steps;
};

template <typename T> BJ_HD bj_adex<T> bj_adex_prepare(const double *p, double dt) {
    bj_adex<T> k;
    k.v_rest = (T) p[BJ_ADEX_V_REST];
    k.v_reset = (T) p[BJ_ADEX_V_RESET];
    k.v_th = (T) p[BJ_ADEX_V_TH];
    k.v_t = (T) p[BJ_ADEX_V_T];
    k.delta_t = (T) p[BJ_ADEX_DELTA_T];
    k.a = (T) p[BJ_ADEX_A];
    k.b = (T) p[BJ_ADEX_B];
    k.r = (T) p[BJ_ADEX_R];
    k.inv_tau = (T) (1.0 / p[BJ_ADEX_TAU]);
    k.inv_delta = (T) (1.0 / p[BJ_ADEX_DELTA_T]);
    k.decay_w = (T) exp(-dt / p[BJ_ADEX_TAU_W]);
    k.dt = (T) dt;
    k.held_steps = bj_held_steps_inclusive(p[BJ_ADEX_TAU_REF], dt);
    return k;
}

/* AdExIF.advance, ResetNeuronGroup's hold and detect, AdExIF.onSpike. */
template <typename T>
BJ_HD int bj_adex_step(const bj_adex<T> &k, T &v, T &w, int &held, double &t_last, T input, T delta, double t) {
    T vi = v;
    T wi = w;
    T e = bj_exp(bj_jmin((vi - k.v_t) * k.inv_delta,
                         (T) (sizeof(T) == 4 ? BJ_ADEX_MAX_EXPONENT_F32 : BJ_ADEX_MAX_EXPONENT)));
    T f = (k.v_rest - vi + k.delta_t * e + k.r * (input - wi)) * k.inv_tau;
    T lin = (e - (T) 1) * k.inv_tau;
    T vn = vi + bj_phi(lin, k.dt) * f + delta;
    T w_inf = k.a * (vi - k.v_rest);
    T wn = w_inf + (wi - w_inf) * k.decay_w;
    if (held > 0) {
        vn = k.v_reset;
        held--;
    }
    int flags = 0;
    if (!(vn < k.v_th)) {
        if (vn != vn) {
            flags |= BJ_DIVERGED;
        }
        vn = k.v_reset;
        t_last = t;
        held = k.held_steps;
        wn += k.b;
        flags |= BJ_SPIKE;
    }
    v = vn;
    w = wn;
    return flags;
}

/* -------------------------------------------------------------------------------------- HH (Hodgkin-Huxley 1952) */

enum { BJ_HH_E_NA, BJ_HH_G_NA, BJ_HH_E_K, BJ_HH_G_K, BJ_HH_E_L, BJ_HH_G_L, BJ_HH_V_TH, BJ_HH_C, BJ_HH_PARAMETERS };

template <typename T> struct bj_hh {
    T e_na, g_na, e_k, g_k, e_l, g_l, v_th, inv_c, dt;
};

template <typename T> BJ_HD bj_hh<T> bj_hh_prepare(const double *p, double dt) {
    bj_hh<T> k;
    k.e_na = (T) p[BJ_HH_E_NA];
    k.g_na = (T) p[BJ_HH_G_NA];
    k.e_k = (T) p[BJ_HH_E_K];
    k.g_k = (T) p[BJ_HH_G_K];
    k.e_l = (T) p[BJ_HH_E_L];
    k.g_l = (T) p[BJ_HH_G_L];
    k.v_th = (T) p[BJ_HH_V_TH];
    k.inv_c = (T) (1.0 / p[BJ_HH_C]);
    k.dt = (T) dt;
    return k;
}

/* HH.stepNative: gates and membrane from the state at the start of the step; spike on an upward crossing. */
template <typename T>
BJ_HD int bj_hh_step(const bj_hh<T> &k, T &v, T &m, T &h, T &n, T input, T delta) {
    T vi = v;
    T mi = m;
    T hi = h;
    T ni = n;
    T am = bj_x_over_expm1(-(vi + (T) 40) / (T) 10);
    T bm = (T) 4 * bj_exp(-(vi + (T) 65) / (T) 18);
    T ah = (T) 0.07 * bj_exp(-(vi + (T) 65) / (T) 20);
    T bh = (T) 1 / ((T) 1 + bj_exp(-(vi + (T) 35) / (T) 10));
    T an = (T) 0.1 * bj_x_over_expm1(-(vi + (T) 55) / (T) 10);
    T bn = (T) 0.125 * bj_exp(-(vi + (T) 65) / (T) 80);
    m = bj_relax(mi, am, bm, k.dt);
    h = bj_relax(hi, ah, bh, k.dt);
    n = bj_relax(ni, an, bn, k.dt);
    T n2 = ni * ni;
    T gna = k.g_na * mi * mi * mi * hi;
    T gk = k.g_k * n2 * n2;
    T a = -(gna + gk + k.g_l) * k.inv_c;
    T f = (-gna * (vi - k.e_na) - gk * (vi - k.e_k) - k.g_l * (vi - k.e_l) + input) * k.inv_c;
    T phi = a == (T) 0 ? k.dt : bj_expm1(a * k.dt) / a;
    T vn = vi + phi * f + delta;
    v = vn;
    int flags = bj_finite(vn) ? 0 : BJ_DIVERGED;
    if (vi < k.v_th && vn >= k.v_th) {
        flags |= BJ_SPIKE;
    }
    return flags;
}

/* ------------------------------------------------------------------------------------------------ TraubMilesHH */

enum { BJ_TM_C, BJ_TM_G_L, BJ_TM_G_NA, BJ_TM_G_KD, BJ_TM_E_L, BJ_TM_E_NA, BJ_TM_E_K, BJ_TM_V_T, BJ_TM_V_TH,
       BJ_TM_TAU_REF, BJ_TM_PARAMETERS };

/* TraubMilesHH's constants: Math.exp(13/4), Math.exp(8), Math.exp(-5), 0.128 Math.exp(17/18), 0.5 Math.exp(1/4). */
#define BJ_TM_EXP_13_4 0x1.9ca53b781114bp4
#define BJ_TM_EXP_8 0x1.749ea7d470c6ep11
#define BJ_TM_EXP_M5 0x1.b993fe00d5376p-8
#define BJ_TM_AH 0x1.5109581b10354p-2
#define BJ_TM_BN 0x1.48b5e3c3e8186p-1
#define BJ_TM_W_LIMIT 360.0
#define BJ_TM_SERIES 0.01
#define BJ_TM_HUGE 1e300
/* 1e300 is infinite in float, and 0 inf (at |x| = SERIES exactly) NaN: float uses 1e30, the same 0/1 switch. */
#define BJ_TM_HUGE_F32 1e30f
template <typename T> BJ_HD T bj_tm_huge() { return sizeof(T) == 4 ? (T) BJ_TM_HUGE_F32 : (T) BJ_TM_HUGE; }

template <typename T> struct bj_tm {
    T g_l, g_na, g_kd, g_l_e_l, e_na, e_k, v_t, v_th, mdt, mdt_over_c;
    double ref;
};

template <typename T> BJ_HD bj_tm<T> bj_tm_prepare(const double *p, double dt) {
    bj_tm<T> k;
    double mdt = -dt;
    k.g_l = (T) p[BJ_TM_G_L];
    k.g_na = (T) p[BJ_TM_G_NA];
    k.g_kd = (T) p[BJ_TM_G_KD];
    k.g_l_e_l = (T) (p[BJ_TM_G_L] * p[BJ_TM_E_L]);
    k.e_na = (T) p[BJ_TM_E_NA];
    k.e_k = (T) p[BJ_TM_E_K];
    k.v_t = (T) p[BJ_TM_V_T];
    k.v_th = (T) p[BJ_TM_V_TH];
    k.mdt = (T) mdt;
    k.mdt_over_c = (T) (mdt / p[BJ_TM_C]);
    k.ref = p[BJ_TM_TAU_REF] - 1e-9;
    return k;
}

/* TraubMilesHH.xOverExpm1(x, e^x): branch-free, series below |x| = 0.01. */
template <typename T> BJ_HD T bj_tm_x_over_expm1(T x, T ex) {
    T x2 = x * x;
    T k = bj_jmin((T) 1, bj_jmax((T) 0, (bj_abs(x) - (T) BJ_TM_SERIES) * bj_tm_huge<T>()));
    T series = bj_fma(x2, bj_fma(x2, (T) (-1.0 / 720.0), (T) (1.0 / 12.0)), bj_fma(x, (T) -0.5, (T) 1));
    T ratio = x / ((ex - (T) 1) + ((T) 1 - k));
    return bj_fma(k, ratio - series, series);
}

template <typename T> BJ_HD T bj_tm_gate(T x, T alpha, T beta, T mdt) {
    T s = alpha + beta;
    T inf = alpha / s;
    return bj_fma(x - inf, bj_fm_exp_neg(bj_jmax((T) -BJ_FM_LIMIT, mdt * s)), inf);
}

/* TraubMilesHH.stepNative: its ten passes for one member, then detectSpikes. */
template <typename T>
BJ_HD int bj_tm_step(const bj_tm<T> &k, T &v, T &m, T &h, T &n, double &t_last, T input, T delta, double t) {
    T old = v;
    // expBase
    T w = bj_jmax((T) -BJ_TM_W_LIMIT, bj_jmin((T) BJ_TM_W_LIMIT, old - k.v_t));
    T b = bj_fm_exp_small(w * (T) (-1.0 / 360.0));
    // powers
    T b2 = b * b;
    T b4 = b2 * b2;
    T b9 = b4 * b4 * b;
    T b18 = b9 * b9;
    T b36 = b18 * b18;
    T b72 = b36 * b36;
    T am = (T) BJ_TM_EXP_13_4 * (b72 * b18);
    T z = (T) BJ_TM_EXP_8 * b72;
    T ah = (T) BJ_TM_AH * (b18 * b2);
    T bn = (T) BJ_TM_BN * b9;
    // alphaM
    am = (T) 1.28 * bj_tm_x_over_expm1((T) ((T) 13 - w) * (T) 0.25, am);
    // betas
    T y = (w - (T) 40) * (T) 0.2;
    T y2 = y * y;
    T ks = bj_jmin((T) 1, bj_jmax((T) 0, (bj_abs(y) - (T) BJ_TM_SERIES) * bj_tm_huge<T>()));
    T series = bj_fma(y2, bj_fma(y2, (T) (-1.0 / 720.0), (T) (1.0 / 12.0)), bj_fma(y, (T) -0.5, (T) 1));
    T zp = (T) 1 + z;
    T d = ((T) 1 - z) + ((T) 1 - ks);
    T r = (T) 1 / (zp * d);
    T bm = (T) 1.4 * bj_fma(ks, y * z * zp * r - series, series);
    T bh = (T) 4 * d * r;
    // alphaN
    T an = (T) 0.16 * bj_tm_x_over_expm1(((T) 15 - w) * (T) 0.2, (T) BJ_TM_EXP_M5 * z);
    // conductance
    T mi = m;
    T n2 = n * n;
    T gna = k.g_na * (mi * mi * mi * h);
    T gk = k.g_kd * (n2 * n2);
    T g = k.g_l + gna + gk;
    T v_inf = (k.g_l_e_l + gna * k.e_na + gk * k.e_k + input) / g;
    T zv = bj_jmax((T) -BJ_FM_LIMIT, k.mdt_over_c * g);
    // membrane
    T vn = bj_fma(old - v_inf, bj_fm_exp_neg(zv), v_inf) + delta;
    v = vn;
    // gates
    m = bj_tm_gate(m, am, bm, k.mdt);
    h = bj_tm_gate(h, ah, bh, k.mdt);
    n = bj_tm_gate(n, an, bn, k.mdt);
    // detectSpikes
    int flags = bj_finite(vn) ? 0 : BJ_DIVERGED;
    if ((old <= k.v_th) & (vn > k.v_th)) {
        if (t - t_last >= k.ref) {
            t_last = t;
            flags |= BJ_SPIKE;
        }
    }
    return flags;
}

/* ------------------------------------------------------------------------------------------------------ synapses */

/* Expon: tau, pre_decay (0 BrainPy: the output reads g after this step's decay; 1 Brian2: before it). */
enum { BJ_EXPON_TAU, BJ_EXPON_PRE_DECAY, BJ_EXPON_PARAMETERS };

template <typename T> struct bj_expon {
    T decay, u;
};

template <typename T> BJ_HD bj_expon<T> bj_expon_prepare(const double *p, double dt) {
    bj_expon<T> k;
    double a = exp(-dt / p[BJ_EXPON_TAU]);
    k.decay = (T) a;
    k.u = (T) (p[BJ_EXPON_PRE_DECAY] == 1.0 ? 1.0 : a);
    return k;
}

/* Expon.integrateAndApply / integrate: decays g and returns what the output reads, g_old u. */
template <typename T> BJ_HD T bj_expon_step(const bj_expon<T> &k, T &g) {
    T gi = g;
    g = gi * k.decay;
    return gi * k.u;
}

/* DualExpon: tau_decay, tau_rise. */
enum { BJ_DUAL_TAU_DECAY, BJ_DUAL_TAU_RISE, BJ_DUAL_PARAMETERS };

template <typename T> struct bj_dual {
    T decay_g, decay_h, feed;
};

template <typename T> BJ_HD bj_dual<T> bj_dual_prepare(const double *p, double dt) {
    double td = p[BJ_DUAL_TAU_DECAY];
    double tr = p[BJ_DUAL_TAU_RISE];
    // DualExpon.peakNormalisation (Math.E is 2.718281828459045)
    double a = td == tr ? 2.718281828459045 / td : pow(tr / td, tr / (tr - td)) / tr;
    double eg = exp(-dt / td);
    double eh = exp(-dt / tr);
    bj_dual<T> k;
    k.decay_g = (T) eg;
    k.decay_h = (T) eh;
    k.feed = (T) (td == tr ? a * dt * eg : a * tr * td * (eg - eh) / (td - tr));
    return k;
}

/* DualExpon.integrate (also Alpha.integrate with its coefficients): returns the new g, which the output reads. */
template <typename T> BJ_HD T bj_dual_step(const bj_dual<T> &k, T &g, T &h) {
    T hi = h;
    g = bj_fma(g, k.decay_g, k.feed * hi);
    h = hi * k.decay_h;
    return g;
}

/* Alpha: tau_decay; its step is bj_dual_step with decay_g = decay_h. */
enum { BJ_ALPHA_TAU_DECAY, BJ_ALPHA_PARAMETERS };

template <typename T> BJ_HD bj_dual<T> bj_alpha_prepare(const double *p, double dt) {
    double tau = p[BJ_ALPHA_TAU_DECAY];
    double e = exp(-dt / tau);
    bj_dual<T> k;
    k.decay_g = (T) e;
    k.decay_h = (T) e;
    k.feed = (T) (dt / tau * e);
    return k;
}

/* ------------------------------------------------------------------------------------------------------- outputs */

#define BJ_OUT_COBA 0
#define BJ_OUT_CUBA 1
#define BJ_OUT_MGBLOCK 2
/* Output parameters: COBA E; CUBA none; MgBlock E, cc_Mg, alpha, beta, V_offset. */
enum { BJ_OUT_E, BJ_OUT_CC_MG, BJ_OUT_ALPHA, BJ_OUT_BETA, BJ_OUT_V_OFFSET, BJ_OUT_PARAMETERS };

template <typename T> struct bj_output {
    int kind;
    T e, c, alpha, v_offset;
};

template <typename T> BJ_HD bj_output<T> bj_output_prepare(int kind, const double *p) {
    bj_output<T> o;
    o.kind = kind;
    o.e = kind == BJ_OUT_CUBA ? (T) 0 : (T) p[BJ_OUT_E];
    o.c = kind == BJ_OUT_MGBLOCK ? (T) (p[BJ_OUT_CC_MG] / p[BJ_OUT_BETA]) : (T) 0;
    o.alpha = kind == BJ_OUT_MGBLOCK ? (T) p[BJ_OUT_ALPHA] : (T) 0;
    o.v_offset = kind == BJ_OUT_MGBLOCK ? (T) p[BJ_OUT_V_OFFSET] : (T) 0;
    return o;
}

/* The current an output adds to the neuron's input for conductance g at potential v: Coba.apply, Cuba.apply,
 * MgBlock.apply. */
template <typename T> BJ_HD T bj_output_current(const bj_output<T> &o, T g, T v) {
    if (o.kind == BJ_OUT_CUBA) {
        return g;
    }
    if (o.kind == BJ_OUT_COBA) {
        return g * (o.e - v);
    }
    T z = bj_jmax((T) -BJ_FM_LIMIT, bj_jmin((T) BJ_FM_LIMIT, o.alpha * (o.v_offset - v)));
    return g * (o.e - v) / bj_fma(o.c, bj_fm_exp(z), (T) 1);
}

/* --------------------------------------------------------------------------------- counter-based random draws */

/* CounterRandom's block at (seed, stream, index, step, draw): its counter layout on the Philox port of brainj_jit. */
BJ_HD void bj_counter_block(uint64_t seed, uint32_t stream, uint32_t index, uint64_t step, uint32_t draw,
                            uint32_t out[4]) {
    out[0] = index;
    out[1] = (uint32_t) step;
    out[2] = (draw & 0xFFFFu) | ((uint32_t) (step >> 32) << 16);
    out[3] = stream;
    bj_philox4x32_10(out, (uint32_t) seed, (uint32_t) (seed >> 32));
}

/* CounterRandom.nextLong */
BJ_HD uint64_t bj_counter_long(uint64_t seed, uint32_t stream, uint32_t index, uint64_t step, uint32_t draw) {
    uint32_t c[4];
    bj_counter_block(seed, stream, index, step, draw, c);
    return ((uint64_t) c[0] << 32) | c[1];
}

/* CounterRandom.uniform */
BJ_HD double bj_counter_uniform(uint64_t seed, uint32_t stream, uint32_t index, uint64_t step, uint32_t draw) {
    return (double) (bj_counter_long(seed, stream, index, step, draw) >> 11) * 0x1.0p-53;
}

/* CounterRandom.normal (Box-Muller of the block's two halves). */
BJ_HD double bj_counter_normal(uint64_t seed, uint32_t stream, uint32_t index, uint64_t step, uint32_t draw) {
    uint32_t c[4];
    bj_counter_block(seed, stream, index, step, draw, c);
    uint64_t lo = ((uint64_t) c[0] << 32) | c[1];
    uint64_t hi = ((uint64_t) c[2] << 32) | c[3];
    double u1 = (double) ((lo >> 11) + 1) * 0x1.0p-53;
    double u2 = (double) (hi >> 11) * 0x1.0p-53;
    return sqrt(-2.0 * log(u1)) * cos(2.0 * 3.141592653589793 * u2);
}

/* PoissonSource.uniform32 */
BJ_HD double bj_uniform32(uint64_t bits, int upper) {
    uint64_t word = upper ? bits >> 32 : bits & 0xFFFFFFFFull;
    return ((double) word + 0.5) * 0x1.0p-32;
}

/* PoissonGroup (PoissonSource.sample): member i fires iff its 32-bit uniform is below p = freqs dt / 1000; members 2k
 * and 2k + 1 share draw (stream, k, step, 1), the upper half for the even one. */
BJ_HD int bj_poisson_group_step(double p, uint64_t seed, uint32_t stream, uint32_t i, uint64_t step) {
    if (!(p > 0.0)) {
        return 0;
    }
    uint64_t bits = bj_counter_long(seed, stream, i >> 1, step, 1);
    return bj_uniform32(bits, (i & 1) == 0) < p ? BJ_SPIKE : 0;
}

/* PoissonInput: num_input, freq, weight (its Expon(tau) -> COBA(E) synapse is a synapse fragment). */
enum { BJ_PIN_NUM_INPUT, BJ_PIN_FREQ, BJ_PIN_WEIGHT, BJ_PIN_PARAMETERS };

/* PoissonInput.NORMAL_ABOVE; UNDRAWN is Long.MIN_VALUE. */
#define BJ_PIN_NORMAL_ABOVE 30.0
#define BJ_PIN_UNDRAWN ((long long) (-9223372036854775807LL - 1))

typedef struct {
    int n;
    int flip, normal, skip, silent;
    double q, mean, sd, p0, odds, log_p0, p1, tail, weight;
} bj_pin;

/* PoissonInput.prepare */
BJ_HD bj_pin bj_pin_prepare(const double *p, double dt) {
    bj_pin k;
    k.n = (int) p[BJ_PIN_NUM_INPUT];
    k.weight = p[BJ_PIN_WEIGHT];
    double pr = p[BJ_PIN_FREQ] * dt / 1000.0;
    pr = pr < 1.0 ? pr : 1.0;
    k.flip = pr > 0.5;
    k.q = k.flip ? 1.0 - pr : pr;
    double n = k.n;
    k.mean = n * k.q;
    k.normal = k.mean > BJ_PIN_NORMAL_ABOVE;
    k.sd = sqrt(n * k.q * (1.0 - k.q));
    k.p0 = exp(n * log1p(-k.q));
    k.odds = k.q / (1.0 - k.q);
    k.skip = !k.flip && !k.normal && k.q > 0.0 && k.p0 >= 0.5;
    k.log_p0 = n * log1p(-k.q);
    k.p1 = k.p0 * n * k.odds;
    k.tail = -expm1(k.log_p0);
    k.silent = (k.q == 0.0 && !k.flip) || k.n == 0;
    return k;
}

/* Math.round */
BJ_HD long long bj_java_round(double x) {
    double f = floor(x);
    return (long long) (x - f >= 0.5 ? f + 1.0 : f);
}

/* PoissonInput.draw: Binomial(n, q) by inversion or its normal approximation, complemented when p > 1/2. */
BJ_HD int bj_pin_draw(const bj_pin &k, uint64_t seed, uint32_t stream, uint32_t i, uint64_t step) {
    int count;
    if (k.q == 0.0) {
        count = 0;
    } else if (k.normal) {
        long long r = bj_java_round(k.mean + k.sd * bj_counter_normal(seed, stream, i, step, 0));
        count = (int) (r < 0 ? 0 : (r > k.n ? k.n : r));
    } else {
        double u = bj_counter_uniform(seed, stream, i, step, 0);
        double pk = k.p0;
        double cdf = pk;
        count = 0;
        while (u >= cdf && count < k.n) {
            pk *= (k.n - count) / (count + 1.0) * k.odds;
            count++;
            cdf += pk;
        }
    }
    return k.flip ? k.n - count : count;
}

/* PoissonInput.gap */
BJ_HD long long bj_pin_gap(const bj_pin &k, double uniform) {
    double u = 1.0 - uniform;
    double j = floor(log(u) / k.log_p0);
    return j < 1e15 ? (long long) j : (long long) 1e15;
}

/* PoissonInput.positiveCount */
BJ_HD int bj_pin_positive_count(const bj_pin &k, double uniform) {
    double r = uniform * k.tail;
    double pk = k.p1;
    double cdf = pk;
    int count = 1;
    while (r >= cdf && count < k.n) {
        pk *= (k.n - count) / (count + 1.0) * k.odds;
        count++;
        cdf += pk;
    }
    return count;
}

/* PoissonInput.update for member i: adds weight K to its conductance g; next is its skip-ahead state (the step of its
 * next nonzero count, BJ_PIN_UNDRAWN at the start of a run). */
template <typename T>
BJ_HD void bj_pin_step(const bj_pin &k, uint64_t seed, uint32_t stream, uint32_t i, uint64_t step, T &g,
                       long long &next) {
    if (k.silent) {
        return;
    }
    long long s = (long long) step;
    if (k.skip) {
        long long at = next;
        if (at < s) {
            at = s + bj_pin_gap(k, bj_counter_uniform(seed, stream, i, step, 2));
        }
        if (at == s) {
            uint64_t bits = bj_counter_long(seed, stream, i, step, 0);
            g += (T) (k.weight * bj_pin_positive_count(k, bj_uniform32(bits, 1)));
            at = s + 1 + bj_pin_gap(k, bj_uniform32(bits, 0));
        }
        next = at;
        return;
    }
    int count = bj_pin_draw(k, seed, stream, i, step);
    if (count != 0) {
        g += (T) (k.weight * count);
    }
}

#endif
