/*
 * BrainJ device-resident stepping kernels: each applies one update fragment of brainj_neurons.cuh over a population's
 * structure-of-arrays, one thread per element. A population step is: the synapse kernels in attachment order (each
 * adds its output's current to input[], reading V at the start of the step), then the neuron kernel (reads and clears
 * input[] and delta[], writes the spike flags and appends the fired indices). Every kernel has a float64 (_f64) and a
 * float32 (_f32) entry for the state arrays; times and parameters are double in both. Parameters come as a device
 * array of doubles in the order of the header's BJ_*_ enums; each thread derives the step's coefficients from them
 * with the Java model's formulas (a few exp per thread, negligible next to the memory traffic of a step).
 *
 * Spikes: spike[i] is written for every element (1 fired, 0 not); fired[] receives the indices of those that fired,
 * compacted through one atomic add per warp on *count, so their order is not ascending (the host sorts a chunk when it
 * needs Java's order). Divergence: *diverged is lowered (atomicMin) to the smallest index whose fragment reported
 * BJ_DIVERGED; the host sets it to n before the step and names the element, the step and the time when it is < n.
 *
 * Built with brainj_kernels.cu's flags (build-ptx.sh): nvcc --ptx -arch=compute_75 --fmad=false -std=c++17. Only the
 * explicit fma() of the fragments (the Java models' Math.fma) fuse.
 */
#include "brainj_neurons.cuh"

__device__ __forceinline__ int bj_thread() {
    return (int) (blockIdx.x * blockDim.x + threadIdx.x);
}

/* Writes the flag, appends i to fired[] when it fired (one atomic per warp), and reports divergence. */
__device__ __forceinline__ void bj_record(int i, int flags, unsigned char *spike, int *fired, int *count,
                                          int *diverged) {
    int f = flags & BJ_SPIKE;
    spike[i] = (unsigned char) f;
    unsigned active = __activemask();
    unsigned ballot = __ballot_sync(active, f);
    if (ballot != 0u) {
        int lane = (int) (threadIdx.x & 31u);
        int leader = __ffs((int) ballot) - 1;
        int base = 0;
        if (lane == leader) {
            base = atomicAdd(count, __popc(ballot));
        }
        base = __shfl_sync(active, base, leader);
        if (f) {
            fired[base + __popc(ballot & ((1u << lane) - 1u))] = i;
        }
    }
    if (flags & BJ_DIVERGED) {
        atomicMin(diverged, i);
    }
}

#define BJ_SPIKE_ARGS unsigned char *spike, int *fired, int *count, int *diverged

/* ---------------------------------------------------------------------------------------------------- neurons */

template <typename T>
__device__ void bj_lif_kernel(int n, const double *params, double dt, double t, T *v, int *held, double *t_last,
                              T *input, T *delta, BJ_SPIKE_ARGS) {
    int i = bj_thread();
    if (i >= n) {
        return;
    }
    bj_lif<T> c = bj_lif_prepare<T>(params, dt);
    T vi = v[i];
    int hi = held[i];
    double ti = t_last[i];
    int flags = bj_lif_step(c, vi, hi, ti, input[i], delta[i], t);
    v[i] = vi;
    held[i] = hi;
    t_last[i] = ti;
    input[i] = (T) 0;
    delta[i] = (T) 0;
    bj_record(i, flags, spike, fired, count, diverged);
}

template <typename T>
__device__ void bj_izh_kernel(int n, const double *params, double dt, double t, T *v, T *u, int *held,
                              double *t_last, T *input, T *delta, BJ_SPIKE_ARGS) {
    int i = bj_thread();
    if (i >= n) {
        return;
    }
    bj_izh<T> c = bj_izh_prepare<T>(params, dt);
    T vi = v[i];
    T ui = u[i];
    int hi = held[i];
    double ti = t_last[i];
    int flags = bj_izh_step(c, vi, ui, hi, ti, input[i], delta[i], t);
    v[i] = vi;
    u[i] = ui;
    held[i] = hi;
    t_last[i] = ti;
    input[i] = (T) 0;
    delta[i] = (T) 0;
    bj_record(i, flags, spike, fired, count, diverged);
}

template <typename T>
__device__ void bj_adex_kernel(int n, const double *params, double dt, double t, T *v, T *w, int *held,
                               double *t_last, T *input, T *delta, BJ_SPIKE_ARGS) {
    int i = bj_thread();
    if (i >= n) {
        return;
    }
    bj_adex<T> c = bj_adex_prepare<T>(params, dt);
    T vi = v[i];
    T wi = w[i];
    int hi = held[i];
    double ti = t_last[i];
    int flags = bj_adex_step(c, vi, wi, hi, ti, input[i], delta[i], t);
    v[i] = vi;
    w[i] = wi;
    held[i] = hi;
    t_last[i] = ti;
    input[i] = (T) 0;
    delta[i] = (T) 0;
    bj_record(i, flags, spike, fired, count, diverged);
}

template <typename T>
__device__ void bj_hh_kernel(int n, const double *params, double dt, T *v, T *m, T *h, T *ng, T *input, T *delta,
                             BJ_SPIKE_ARGS) {
    int i = bj_thread();
    if (i >= n) {
        return;
    }
    bj_hh<T> c = bj_hh_prepare<T>(params, dt);
    T vi = v[i];
    T mi = m[i];
    T hi = h[i];
    T ni = ng[i];
    int flags = bj_hh_step(c, vi, mi, hi, ni, input[i], delta[i]);
    v[i] = vi;
    m[i] = mi;
    h[i] = hi;
    ng[i] = ni;
    input[i] = (T) 0;
    delta[i] = (T) 0;
    bj_record(i, flags, spike, fired, count, diverged);
}

template <typename T>
__device__ void bj_tm_kernel(int n, const double *params, double dt, double t, T *v, T *m, T *h, T *ng,
                             double *t_last, T *input, T *delta, BJ_SPIKE_ARGS) {
    int i = bj_thread();
    if (i >= n) {
        return;
    }
    bj_tm<T> c = bj_tm_prepare<T>(params, dt);
    T vi = v[i];
    T mi = m[i];
    T hi = h[i];
    T ni = ng[i];
    double ti = t_last[i];
    int flags = bj_tm_step(c, vi, mi, hi, ni, ti, input[i], delta[i], t);
    v[i] = vi;
    m[i] = mi;
    h[i] = hi;
    ng[i] = ni;
    t_last[i] = ti;
    input[i] = (T) 0;
    delta[i] = (T) 0;
    bj_record(i, flags, spike, fired, count, diverged);
}

/* --------------------------------------------------------------------------------------------------- synapses */

#define BJ_OUTPUT_ARGS int out_kind, const double *out_params

template <typename T>
__device__ void bj_expon_kernel(int n, const double *params, double dt, BJ_OUTPUT_ARGS, T *g, const T *v,
                                T *input) {
    int i = bj_thread();
    if (i >= n) {
        return;
    }
    bj_expon<T> k = bj_expon_prepare<T>(params, dt);
    bj_output<T> o = bj_output_prepare<T>(out_kind, out_params);
    T gi = g[i];
    T value = bj_expon_step(k, gi);
    g[i] = gi;
    input[i] += bj_output_current(o, value, v[i]);
}

template <typename T>
__device__ void bj_dual_kernel(int n, const bj_dual<T> &k, BJ_OUTPUT_ARGS, T *g, T *h, const T *v, T *input) {
    int i = bj_thread();
    if (i >= n) {
        return;
    }
    bj_output<T> o = bj_output_prepare<T>(out_kind, out_params);
    T gi = g[i];
    T hi = h[i];
    T value = bj_dual_step(k, gi, hi);
    g[i] = gi;
    h[i] = hi;
    input[i] += bj_output_current(o, value, v[i]);
}

/* --------------------------------------------------------------------------------------------- Poisson sources */

template <typename T>
__device__ void bj_poisson_input_kernel(int n, const double *params, double dt, unsigned long long seed,
                                        unsigned int stream, long long step, T *g, long long *next) {
    int i = bj_thread();
    if (i >= n) {
        return;
    }
    bj_pin k = bj_pin_prepare(params, dt);
    T gi = g[i];
    long long at = next[i];
    bj_pin_step<T>(k, seed, stream, (uint32_t) i, (uint64_t) step, gi, at);
    g[i] = gi;
    next[i] = at;
}

/* ----------------------------------------------------------------------------------------------------- entries */

#define BJ_ENTRIES(NAME, PARAMS, CALL)                                                             \
    extern "C" __global__ void NAME##_f64 PARAMS(double) { CALL(double); }                         \
    extern "C" __global__ void NAME##_f32 PARAMS(float) { CALL(float); }

#define BJ_LIF_PARAMS(T) (int n, const double *params, double dt, double t, T *v, int *held, double *t_last, \
    T *input, T *delta, BJ_SPIKE_ARGS)
#define BJ_LIF_CALL(T) bj_lif_kernel<T>(n, params, dt, t, v, held, t_last, input, delta, spike, fired, count, diverged)
BJ_ENTRIES(brainj_lif_step, BJ_LIF_PARAMS, BJ_LIF_CALL)

#define BJ_IZH_PARAMS(T) (int n, const double *params, double dt, double t, T *v, T *u, int *held, \
    double *t_last, T *input, T *delta, BJ_SPIKE_ARGS)
#define BJ_IZH_CALL(T) bj_izh_kernel<T>(n, params, dt, t, v, u, held, t_last, input, delta, spike, fired, count, \
    diverged)
BJ_ENTRIES(brainj_izhikevich_step, BJ_IZH_PARAMS, BJ_IZH_CALL)

#define BJ_ADEX_PARAMS(T) (int n, const double *params, double dt, double t, T *v, T *w, int *held, \
    double *t_last, T *input, T *delta, BJ_SPIKE_ARGS)
#define BJ_ADEX_CALL(T) bj_adex_kernel<T>(n, params, dt, t, v, w, held, t_last, input, delta, spike, fired, count, \
    diverged)
BJ_ENTRIES(brainj_adex_step, BJ_ADEX_PARAMS, BJ_ADEX_CALL)

#define BJ_HH_PARAMS(T) (int n, const double *params, double dt, T *v, T *m, T *h, T *ng, T *input, T *delta, \
    BJ_SPIKE_ARGS)
#define BJ_HH_CALL(T) bj_hh_kernel<T>(n, params, dt, v, m, h, ng, input, delta, spike, fired, count, diverged)
BJ_ENTRIES(brainj_hh_step, BJ_HH_PARAMS, BJ_HH_CALL)

#define BJ_TM_PARAMS(T) (int n, const double *params, double dt, double t, T *v, T *m, T *h, T *ng, \
    double *t_last, T *input, T *delta, BJ_SPIKE_ARGS)
#define BJ_TM_CALL(T) bj_tm_kernel<T>(n, params, dt, t, v, m, h, ng, t_last, input, delta, spike, fired, count, \
    diverged)
BJ_ENTRIES(brainj_traub_miles_step, BJ_TM_PARAMS, BJ_TM_CALL)

#define BJ_EXPON_PARAMS(T) (int n, const double *params, double dt, BJ_OUTPUT_ARGS, T *g, const T *v, T *input)
#define BJ_EXPON_CALL(T) bj_expon_kernel<T>(n, params, dt, out_kind, out_params, g, v, input)
BJ_ENTRIES(brainj_expon_step, BJ_EXPON_PARAMS, BJ_EXPON_CALL)

#define BJ_DUAL_PARAMS(T) (int n, const double *params, double dt, BJ_OUTPUT_ARGS, T *g, T *h, const T *v, \
    T *input)
#define BJ_DUAL_CALL(T) bj_dual_kernel<T>(n, bj_dual_prepare<T>(params, dt), out_kind, out_params, g, h, v, input)
BJ_ENTRIES(brainj_dual_expon_step, BJ_DUAL_PARAMS, BJ_DUAL_CALL)

#define BJ_ALPHA_CALL(T) bj_dual_kernel<T>(n, bj_alpha_prepare<T>(params, dt), out_kind, out_params, g, h, v, input)
BJ_ENTRIES(brainj_alpha_step, BJ_DUAL_PARAMS, BJ_ALPHA_CALL)

#define BJ_PIN_PARAMS(T) (int n, const double *params, double dt, unsigned long long seed, unsigned int stream, \
    long long step, T *g, long long *next)
#define BJ_PIN_CALL(T) bj_poisson_input_kernel<T>(n, params, dt, seed, stream, step, g, next)
BJ_ENTRIES(brainj_poisson_input_step, BJ_PIN_PARAMS, BJ_PIN_CALL)

/* PoissonGroup: no state arrays, so one entry serves both precisions; p = freqs dt / 1000 from the host. */
extern "C" __global__ void brainj_poisson_group_step(int n, double p, unsigned long long seed, unsigned int stream,
                                                     long long step, BJ_SPIKE_ARGS) {
    int i = bj_thread();
    if (i >= n) {
        return;
    }
    bj_record(i, bj_poisson_group_step(p, seed, stream, (uint32_t) i, (uint64_t) step), spike, fired, count,
              diverged);
}
