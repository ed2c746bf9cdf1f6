package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.GatingMath;
import org.brainj.models.kit.OdeNeuronGroup;

/**
 * Traub–Miles Hodgkin–Huxley neurons of the COBAHH benchmark (Brette et al. 2007, benchmark 3), exactly as Brian2's
 * {@code examples/COBAHH.py} with the membrane area of 20 000 µm² folded into the constants:
 *
 * <pre>
 *   C dV/dt = g_L (E_L − V) − g_Na m³h (V − E_Na) − g_Kd n⁴ (V − E_K) + I
 *   dx/dt   = α_x (1 − x) − β_x x                       for x = m, h, n, with w = V − V_T:
 *   α_m = 0.32 (13 − w) / (e^((13 − w)/4) − 1)     β_m = 0.28 (w − 40) / (e^((w − 40)/5) − 1)
 *   α_h = 0.128 e^((17 − w)/18)                    β_h = 4 / (1 + e^((40 − w)/5))
 *   α_n = 0.032 (15 − w) / (e^((15 − w)/5) − 1)    β_n = 0.5 e^((10 − w)/40)
 *   spike when V crosses V_th upwards (V_old ≤ V_th &lt; V) and no spike in the last tau_ref ms
 * </pre>
 *
 * <p>Units: V in mV, conductances in nS, C in pF, I in pA, so dV/dt [mV/ms] = I [pA] / C [pF]; rates in 1/ms. The
 * refractory period only suppresses spike events (Brian2's {@code refractory=3*ms} without {@code unless
 * refractory}): V is never clamped. Brian2 tests {@code v > -20 mV} on every non-refractory step; this model asks for
 * an upward crossing, which is the same for action potentials (they fall back below −20 mV within 3 ms) and does not
 * fire repeatedly in depolarisation block (but ignores a crossing made during the refractory period, where Brian2
 * would count it when the period ends if V is still above −20 mV: only above ~300 Hz).
 *
 * <p>Gates that the user does not initialise start at their steady state x∞(V0). The COBAHH peers (Brian2 and the
 * BrainPy paper script) start from m = h = n = 0: a benchmark spec sets them with {@code --init m=0} etc.
 *
 * <p><b>Integration</b> (native, BrainPy's {@code exp_auto} = Brian2's {@code exponential_euler}): every variable's
 * linear part is integrated exactly with the others and the input held at their values at the start of the step:
 * {@code x ← x∞ + (x − x∞) e^(−dt(α+β))}, {@code V ← V∞ + (V − V∞) e^(−G dt/C)} with
 * {@code G = g_L + g_Na m³h + g_Kd n⁴} and {@code V∞ = (g_L E_L + g_Na m³h E_Na + g_Kd n⁴ E_K + I)/G}. The loop calls
 * no {@link Math#exp}: every exponential is a branch-free polynomial ({@link FastMath}) so HotSpot vectorises it,
 * {@code e^((17−w)/18)} and {@code e^((10−w)/40)} are powers of one {@code e^(−w/360)}, and β_h reuses the
 * exponential of β_m. Arguments of the exponentials are clamped at ±36 (e^−36 is below double resolution), and the
 * rates are evaluated at V clamped to V_T ± 360 mV, far outside any physiological or merely unstable trajectory.
 * Synaptic conductances arrive as the current their outputs computed from V at the start of the step (BrainPy's
 * form); Brian2's COBAHH puts g_e and g_i into the exponential-Euler coefficient of V instead, an O(dt) difference.
 */
public final class TraubMilesHH extends OdeNeuronGroup {

    /** The model's name. */
    public static final String MODEL = "TraubMilesHH";

    static final ParameterSpec C = ParameterSpec.positive("C", "pF", 200.0, "membrane capacitance");
    static final ParameterSpec G_L = ParameterSpec.positive("g_L", "nS", 10.0, "leak conductance");
    static final ParameterSpec G_NA = ParameterSpec.nonNegative("g_Na", "nS", 20000.0, "maximal sodium conductance");
    static final ParameterSpec G_KD = ParameterSpec.nonNegative("g_Kd", "nS", 6000.0,
            "maximal delayed-rectifier potassium conductance");
    static final ParameterSpec E_L = ParameterSpec.any("E_L", "mV", -60.0, "leak reversal potential");
    static final ParameterSpec E_NA = ParameterSpec.any("E_Na", "mV", 50.0, "sodium reversal potential");
    static final ParameterSpec E_K = ParameterSpec.any("E_K", "mV", -90.0, "potassium reversal potential");
    static final ParameterSpec V_T = ParameterSpec.any("V_T", "mV", -63.0, "offset of the Traub rate functions");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", -20.0, "spike threshold (upward crossing)");
    static final ParameterSpec TAU_REF = ParameterSpec.nonNegative("tau_ref", "ms", 3.0,
            "no new spike within tau_ref of the last one (V is not clamped)");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", -65.0,
            "initial membrane potential (the benchmark draws E_L - 5 + 5 N(0,1): --init V=normal(-65,5))");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(C, G_L, G_NA, G_KD, E_L, E_NA, E_K, V_T, V_TH,
            TAU_REF, V0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "Traub-Miles Hodgkin-Huxley neuron of the COBAHH benchmark (Brette et al. 2007; Brian2 COBAHH.py): "
                    + "V in mV, g in nS, C in pF, I in pA",
            PARAMETERS);

    /** Rates are evaluated at V − V_T clamped to ± this [mV], so no exponential overflows. */
    private static final double W_LIMIT = 360.0;

    /** Members advanced per block of the native loop; the scratch arrays of a block stay in the cache. */
    private static final int BLOCK = 1024;
    /** Below this |x|, x/(e^x − 1) is taken from its series. */
    private static final double SERIES = 0.01;
    private static final double HUGE = 1e300;

    private static final double EXP_13_4 = Math.exp(13.0 / 4.0);
    private static final double EXP_8 = Math.exp(8.0);
    private static final double EXP_M5 = Math.exp(-5.0);
    private static final double AH = 0.128 * Math.exp(17.0 / 18.0);
    private static final double BN = 0.5 * Math.exp(0.25);

    private final double c;
    private final double gL;
    private final double gNa;
    private final double gKd;
    private final double eL;
    private final double eNa;
    private final double eK;
    private final double vT;
    private final double vTh;
    private final double tauRef;
    private final double v0;

    private final double[] v;
    private final double[] m;
    private final double[] h;
    private final double[] n;
    private final double[] tLastSpike;
    /** V at the start of the step, for crossing detection after the vectorised passes. */
    private final double[] vOld;
    // Per-member scratch of the native loop (indexed like the state, so parallel slices never share an element).
    private final double[] w;
    private final double[] scratch;
    private final double[] rateAm;
    private final double[] rateBm;
    private final double[] rateAh;
    private final double[] rateBh;
    private final double[] rateAn;
    private final double[] rateBn;
    private final Pass[] passes;

    private TraubMilesHH(String name, int size, Parameters p) {
        super(name, size);
        this.c = p.get(C);
        this.gL = p.get(G_L);
        this.gNa = p.get(G_NA);
        this.gKd = p.get(G_KD);
        this.eL = p.get(E_L);
        this.eNa = p.get(E_NA);
        this.eK = p.get(E_K);
        this.vT = p.get(V_T);
        this.vTh = p.get(V_TH);
        this.tauRef = p.get(TAU_REF);
        this.v0 = p.get(V0);
        this.v = new double[size];
        this.m = new double[size];
        this.h = new double[size];
        this.n = new double[size];
        this.tLastSpike = new double[size];
        this.vOld = new double[size];
        this.w = new double[size];
        this.scratch = new double[size];
        this.rateAm = new double[size];
        this.rateBm = new double[size];
        this.rateAh = new double[size];
        this.rateBh = new double[size];
        this.rateAn = new double[size];
        this.rateBn = new double[size];
        declareState(List.of(new StateVariable("V", "mV", v), new StateVariable("m", "1", m),
                new StateVariable("h", "1", h), new StateVariable("n", "1", n),
                new StateVariable("t_last_spike", "ms", tLastSpike)), v, m, h, n);
        this.passes = passes();
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static TraubMilesHH create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new TraubMilesHH(name, size, params);
    }

    @Override
    public String inputUnit() {
        return "pA";
    }

    /** @return each neuron's last spike time [ms], live */
    public double[] lastSpikeTime() {
        return tLastSpike;
    }

    @Override
    protected void resetState() {
        Arrays.fill(v, v0);
        Arrays.fill(m, 0.0);
        Arrays.fill(h, 0.0);
        Arrays.fill(n, 0.0);
        Arrays.fill(tLastSpike, LifRef.NEVER_SPIKED);
    }

    @Override
    protected void afterInitialization() {
        double[] rates = new double[6];
        for (int i = 0; i < size; i++) {
            rates(v[i], rates);
            if (!isInitialized("m")) {
                m[i] = rates[0] / (rates[0] + rates[1]);
            }
            if (!isInitialized("h")) {
                h[i] = rates[2] / (rates[2] + rates[3]);
            }
            if (!isInitialized("n")) {
                n[i] = rates[4] / (rates[4] + rates[5]);
            }
        }
    }

    /**
     * The six rates at one potential, with {@link Math#exp}: the reference the fast loop is tested against.
     *
     * @param vm  membrane potential [mV]
     * @param out receives α_m, β_m, α_h, β_h, α_n, β_n [1/ms]
     */
    void rates(double vm, double[] out) {
        double w = vm - vT;
        out[0] = 1.28 * GatingMath.xOverExpm1((13.0 - w) / 4.0);
        out[1] = 1.4 * GatingMath.xOverExpm1((w - 40.0) / 5.0);
        out[2] = 0.128 * Math.exp((17.0 - w) / 18.0);
        out[3] = 4.0 / (1.0 + Math.exp((40.0 - w) / 5.0));
        out[4] = 0.16 * GatingMath.xOverExpm1((15.0 - w) / 5.0);
        out[5] = 0.5 * Math.exp((10.0 - w) / 40.0);
    }

    @Override
    protected void derivatives(double t, double[] y, double[] dydt) {
        final int s = size;
        final double invC = 1.0 / c;
        for (int i = 0; i < s; i++) {
            double vi = y[i];
            double mi = y[s + i];
            double hi = y[2 * s + i];
            double ni = y[3 * s + i];
            double w = vi - vT;
            double am = 1.28 * GatingMath.xOverExpm1((13.0 - w) / 4.0);
            double bm = 1.4 * GatingMath.xOverExpm1((w - 40.0) / 5.0);
            double ah = 0.128 * Math.exp((17.0 - w) / 18.0);
            double bh = 4.0 / (1.0 + Math.exp((40.0 - w) / 5.0));
            double an = 0.16 * GatingMath.xOverExpm1((15.0 - w) / 5.0);
            double bn = 0.5 * Math.exp((10.0 - w) / 40.0);
            double n2 = ni * ni;
            dydt[i] = (gL * (eL - vi) - gNa * mi * mi * mi * hi * (vi - eNa) - gKd * n2 * n2 * (vi - eK) + input[i])
                    * invC;
            dydt[s + i] = am * (1.0 - mi) - bm * mi;
            dydt[2 * s + i] = ah * (1.0 - hi) - bh * hi;
            dydt[3 * s + i] = an * (1.0 - ni) - bn * ni;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double mdt = -ctx.dt();
        final Pass[] passes = this.passes;
        for (int lo = from; lo < to; lo += BLOCK) {
            int hi = Math.min(to, lo + BLOCK);
            for (Pass p : passes) {
                p.run(lo, hi, mdt);
            }
        }
        return detectSpikes(ctx, from, to, vOld);
    }

    /**
     * One loop of the native step over members [lo, hi). HotSpot's SuperWord vectorises only small loop bodies and
     * gives up on some loops of a compilation unit that holds many; each pass carries at most one polynomial
     * exponential, and calling the passes through this interface (ten implementations, so the call site is
     * megamorphic and never inlined) compiles each loop on its own. The block keeps the scratch arrays the passes
     * hand on in the cache.
     */
    @FunctionalInterface
    private interface Pass {
        void run(int lo, int hi, double mdt);
    }

    private Pass[] passes() {
        return new Pass[] {this::expBase, this::powers, this::alphaM, this::betas, this::alphaN, this::conductance,
            this::membrane, this::gateM, this::gateH, this::gateN};
    }

    /** Saves V, clamps w = V − V_T and stores b = e^(−w/360). */
    private void expBase(int lo, int hi, double mdt) {
        final double vT = this.vT;
        final double[] v = this.v;
        final double[] old = this.vOld;
        final double[] w = this.w;
        final double[] b = this.rateAh;
        for (int i = lo; i < hi; i++) {
            double vi = v[i];
            old[i] = vi;
            double wi = Math.max(-W_LIMIT, Math.min(W_LIMIT, vi - vT));
            w[i] = wi;
            b[i] = FastMath.expSmall(wi * (-1.0 / 360.0));
        }
    }

    /**
     * With b = e^(−w/360): e^((13−w)/4) = e^(13/4) b^90, Z = e^((40−w)/5) = e^8 b^72, e^(−w/18) = b^20 and
     * e^(−w/40) = b^9, so α_h and β_n are done and the exprel rates get their exponentials.
     */
    private void powers(int lo, int hi, double mdt) {
        final double[] am = this.rateAm;
        final double[] ah = this.rateAh;
        final double[] bn = this.rateBn;
        final double[] z = this.scratch;
        for (int i = lo; i < hi; i++) {
            double b = ah[i];
            double b2 = b * b;
            double b4 = b2 * b2;
            double b9 = b4 * b4 * b;
            double b18 = b9 * b9;
            double b36 = b18 * b18;
            double b72 = b36 * b36;
            am[i] = EXP_13_4 * (b72 * b18);
            z[i] = EXP_8 * b72;
            ah[i] = AH * (b18 * b2);
            bn[i] = BN * b9;
        }
    }

    private void alphaM(int lo, int hi, double mdt) {
        final double[] w = this.w;
        final double[] am = this.rateAm;
        for (int i = lo; i < hi; i++) {
            am[i] = 1.28 * xOverExpm1((13.0 - w[i]) * 0.25, am[i]);
        }
    }

    /**
     * β_m = 1.4 y/(e^y − 1) = 1.4 y Z/(1 − Z) with Z = e^−y, and β_h = 4/(1 + Z), with one division for both
     * (Z ≤ e^80, so the product of the denominators cannot overflow).
     */
    private void betas(int lo, int hi, double mdt) {
        final double[] w = this.w;
        final double[] z = this.scratch;
        final double[] bm = this.rateBm;
        final double[] bh = this.rateBh;
        for (int i = lo; i < hi; i++) {
            double y = (w[i] - 40.0) * 0.2;
            double zi = z[i];
            double y2 = y * y;
            double k = Math.min(1.0, Math.max(0.0, (Math.abs(y) - SERIES) * HUGE));
            double series = Math.fma(y2, Math.fma(y2, -1.0 / 720.0, 1.0 / 12.0), Math.fma(y, -0.5, 1.0));
            double zp = 1.0 + zi;
            double d = (1.0 - zi) + (1.0 - k);
            double r = 1.0 / (zp * d);
            bm[i] = 1.4 * Math.fma(k, y * zi * zp * r - series, series);
            bh[i] = 4.0 * d * r;
        }
    }

    /** α_n, with e^((15−w)/5) = e^−5 Z. */
    private void alphaN(int lo, int hi, double mdt) {
        final double[] w = this.w;
        final double[] z = this.scratch;
        final double[] an = this.rateAn;
        for (int i = lo; i < hi; i++) {
            an[i] = 0.16 * xOverExpm1((15.0 - w[i]) * 0.2, EXP_M5 * z[i]);
        }
    }

    /**
     * x/(e^x − 1) given e^x, branch-free: the ratio for |x| ≥ 0.01, the series 1 − x/2 + x²/12 − x⁴/720 (exact to
     * 4e−17 there) below, so the removable 0/0 at x = 0 never occurs and the cancellation in e^x − 1 stays below 1e−11.
     */
    private static double xOverExpm1(double x, double ex) {
        double x2 = x * x;
        // k is 1 for |x| >= SERIES and 0 below; the (1 - k) keeps the unused ratio's denominator away from 0.
        double k = Math.min(1.0, Math.max(0.0, (Math.abs(x) - SERIES) * HUGE));
        double series = Math.fma(x2, Math.fma(x2, -1.0 / 720.0, 1.0 / 12.0), Math.fma(x, -0.5, 1.0));
        double ratio = x / ((ex - 1.0) + (1.0 - k));
        return Math.fma(k, ratio - series, series);
    }

    /** G = g_L + g_Na m³h + g_Kd n⁴ and V∞ from the old gates and the held input (which it clears). */
    private void conductance(int lo, int hi, double mdt) {
        final double mdtOverC = mdt / c;
        final double gL = this.gL;
        final double gNa = this.gNa;
        final double gKd = this.gKd;
        final double gLeL = gL * eL;
        final double eNa = this.eNa;
        final double eK = this.eK;
        final double[] m = this.m;
        final double[] h = this.h;
        final double[] n = this.n;
        final double[] in = this.input;
        final double[] vInf = this.w;
        final double[] z = this.scratch;
        for (int i = lo; i < hi; i++) {
            double mi = m[i];
            double n2 = n[i] * n[i];
            double gna = gNa * (mi * mi * mi * h[i]);
            double gk = gKd * (n2 * n2);
            double g = gL + gna + gk;
            vInf[i] = (gLeL + gna * eNa + gk * eK + in[i]) / g;
            z[i] = Math.max(-FastMath.LIMIT, mdtOverC * g);
            in[i] = 0.0;
        }
    }

    /** V ← V∞ + (V − V∞) e^(−G dt/C), plus delta inputs (which it clears). */
    private void membrane(int lo, int hi, double mdt) {
        final double[] jump = this.delta;
        final double[] old = this.vOld;
        final double[] v = this.v;
        final double[] vInf = this.w;
        final double[] z = this.scratch;
        for (int i = lo; i < hi; i++) {
            double inf = vInf[i];
            v[i] = Math.fma(old[i] - inf, FastMath.expNeg(z[i]), inf) + jump[i];
            jump[i] = 0.0;
        }
    }

    private void gateM(int lo, int hi, double mdt) {
        gate(m, rateAm, rateBm, lo, hi, mdt);
    }

    private void gateH(int lo, int hi, double mdt) {
        gate(h, rateAh, rateBh, lo, hi, mdt);
    }

    private void gateN(int lo, int hi, double mdt) {
        gate(n, rateAn, rateBn, lo, hi, mdt);
    }

    /** x ← x∞ + (x − x∞) e^(−dt (α + β)) for members [lo, hi). */
    private static void gate(double[] x, double[] alpha, double[] beta, int lo, int hi, double mdt) {
        for (int i = lo; i < hi; i++) {
            double a = alpha[i];
            double s = a + beta[i];
            double inf = a / s;
            x[i] = Math.fma(x[i] - inf, FastMath.expNeg(Math.max(-FastMath.LIMIT, mdt * s)), inf);
        }
    }

    private int detectSpikes(StepContext ctx, int from, int to, double[] previous) {
        final double t = ctx.t();
        final double th = vTh;
        // Brian2 counts whole steps since the last spike; a tolerance far below dt keeps k*dt sums from flipping it.
        final double ref = tauRef - 1e-9;
        final double[] v = this.v;
        final double[] last = this.tLastSpike;
        final boolean[] spk = this.spike;
        final int[] out = this.fired;
        // An integer flag instead of a running sum of v - v: no floating-point dependency from one member to the next.
        int bad = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            bad |= vi - vi == 0.0 ? 0 : 1;
            boolean f = previous[i] <= th & vi > th;
            if (f && t - last[i] >= ref) {
                last[i] = t;
                out[from + count++] = i;
                spk[i] = true;
            } else {
                spk[i] = false;
            }
        }
        if (bad != 0) {
            divergence(ctx, "V", v, from, to);
        }
        return count;
    }

    @Override
    protected boolean clearsInputs() {
        return true;
    }

    @Override
    protected int afterGenericStep(StepContext ctx, double[] previousPotential) {
        for (int i = 0; i < size; i++) {
            v[i] += delta[i];
        }
        Arrays.fill(input, 0.0);
        Arrays.fill(delta, 0.0);
        return detectSpikes(ctx, 0, size, previousPotential);
    }

    @Override
    public String toString() {
        return MODEL + " '" + name() + "' (" + size + " neurons, C = " + c + " pF, V_th = " + vTh + " mV)";
    }
}
