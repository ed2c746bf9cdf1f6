/*
 * BrainJ CUDA kernels, loaded as PTX through the driver API by CudaKernels (bundle-operators-gpu). Every kernel has
 * a float64 (_f64) and a float32 (_f32) entry; the float32 ones accumulate in float, the documented default on the
 * device. Built with: nvcc --ptx -arch=compute_75 --fmad=false -std=c++17 (see build-ptx.sh).
 *
 * Sums that use atomics (scatter forms) are not ordered, so results equal the CPU's within rounding, not bit for bit;
 * gather forms add in the CPU's order and, in float64, match it bit for bit.
 */
#include "brainj_jit.cuh"

#define BJ_WARP 32

template <typename T>
__device__ __forceinline__ T bj_warp_sum(T v) {
    for (int offset = BJ_WARP / 2; offset > 0; offset >>= 1) {
        v += __shfl_down_sync(0xFFFFFFFFu, v, offset);
    }
    return v;
}

__device__ __forceinline__ void bj_atomic_max(double *address, double value) {
    unsigned long long *a = (unsigned long long *) address;
    unsigned long long old = *a;
    while (value > __longlong_as_double((long long) old)) {
        unsigned long long assumed = old;
        old = atomicCAS(a, assumed, (unsigned long long) __double_as_longlong(value));
        if (old == assumed) {
            break;
        }
    }
}

__device__ __forceinline__ void bj_atomic_max(float *address, float value) {
    unsigned int *a = (unsigned int *) address;
    unsigned int old = *a;
    while (value > __uint_as_float(old)) {
        unsigned int assumed = old;
        old = atomicCAS(a, assumed, __float_as_uint(value));
        if (old == assumed) {
            break;
        }
    }
}

__device__ __forceinline__ bj_jit_params bj_params(int rows, int cols, int segments, int width, int law, int dense,
                                                   int empty, unsigned int k0, unsigned int k1, double rate,
                                                   double w0, double w1) {
    bj_jit_params p;
    p.rows = rows;
    p.cols = cols;
    p.segments = segments;
    p.width = width;
    p.law = law;
    p.dense = dense;
    p.empty = empty;
    p.k0 = k0;
    p.k1 = k1;
    p.rate = rate;
    p.w0 = w0;
    p.w1 = w1;
    return p;
}

#define BJ_JIT_ARGS int rows, int cols, int segments, int width, int law, int dense, int empty, unsigned int k0, \
    unsigned int k1, double rate, double w0, double w1, const double *tables
#define BJ_JIT_PARAMS bj_params(rows, cols, segments, width, law, dense, empty, k0, k1, rate, w0, w1)

/* out[j] += M[i, j] for the listed rows i: one thread per (listed row, segment), atomic adds. */
template <typename T>
__device__ void bj_jit_event_mv(BJ_JIT_ARGS, const int *fired, int count, T *out) {
    long long t = (long long) blockIdx.x * blockDim.x + threadIdx.x;
    if (t >= (long long) count * segments) {
        return;
    }
    bj_jit_params p = BJ_JIT_PARAMS;
    bj_jit_cursor c;
    bj_jit_start(&c, &p, fired[t / segments], (int) (t % segments));
    int column;
    double weight;
    while (bj_jit_next(&c, &p, tables, &column, &weight)) {
        atomicAdd(out + column, (T) weight);
    }
}

/* out[i] = sum_j M[i, j] x[j]: one thread per row, in the CPU's order (segments, then columns). */
template <typename T>
__device__ void bj_jit_gather(BJ_JIT_ARGS, const T *x, T *out) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= rows) {
        return;
    }
    bj_jit_params p = BJ_JIT_PARAMS;
    bj_jit_cursor c;
    T s = 0;
    int column;
    double weight;
    for (int g = 0; g < segments; g++) {
        bj_jit_start(&c, &p, i, g);
        if (law == BJ_JIT_HOMOGENEOUS) {
            while (bj_jit_next(&c, &p, tables, &column, &weight)) {
                s += x[column];
            }
        } else {
            while (bj_jit_next(&c, &p, tables, &column, &weight)) {
                s += (T) weight * x[column];
            }
        }
    }
    out[i] = law == BJ_JIT_HOMOGENEOUS ? (T) w0 * s : s;
}

/* out[j] += M[i, j] x[i] over all rows (out zeroed by the caller): one thread per (row, segment). */
template <typename T>
__device__ void bj_jit_scatter(BJ_JIT_ARGS, const T *x, T *out) {
    long long t = (long long) blockIdx.x * blockDim.x + threadIdx.x;
    if (t >= (long long) rows * segments) {
        return;
    }
    int i = (int) (t / segments);
    T xi = x[i];
    if (xi == (T) 0) {
        return;
    }
    bj_jit_params p = BJ_JIT_PARAMS;
    bj_jit_cursor c;
    bj_jit_start(&c, &p, i, (int) (t % segments));
    int column;
    double weight;
    while (bj_jit_next(&c, &p, tables, &column, &weight)) {
        atomicAdd(out + column, (T) weight * xi);
    }
}

/* out[indices[k]] += w for the listed rows' synapses: one warp per listed row (homogeneous when data is null). */
template <typename T>
__device__ void bj_event_csr(const int *indptr, const int *indices, const T *data, T w, const int *fired, int count,
                             T *out) {
    int warp = (int) (((long long) blockIdx.x * blockDim.x + threadIdx.x) / BJ_WARP);
    int lane = threadIdx.x & (BJ_WARP - 1);
    if (warp >= count) {
        return;
    }
    int r = fired[warp];
    int end = indptr[r + 1];
    for (int k = indptr[r] + lane; k < end; k += BJ_WARP) {
        atomicAdd(out + indices[k], data == nullptr ? w : data[k]);
    }
}

/* out[i] = (accumulate ? out[i] : 0) + sum over row i of A[i, j] x[j] (CSR): one warp per row, warp reduction. */
template <typename T>
__device__ void bj_csr_gather(int rows, const int *indptr, const int *indices, const T *data, T w, const T *x,
                              int accumulate, T *out) {
    int warp = (int) (((long long) blockIdx.x * blockDim.x + threadIdx.x) / BJ_WARP);
    int lane = threadIdx.x & (BJ_WARP - 1);
    if (warp >= rows) {
        return;
    }
    T s = 0;
    int end = indptr[warp + 1];
    for (int k = indptr[warp] + lane; k < end; k += BJ_WARP) {
        s += (data == nullptr ? w : data[k]) * x[indices[k]];
    }
    s = bj_warp_sum(s);
    if (lane == 0) {
        out[warp] = accumulate ? out[warp] + s : s;
    }
}

/* out[j] += A[i, j] x[i] (CSR transpose; out zeroed by the caller): one warp per row, atomic adds. */
template <typename T>
__device__ void bj_csr_scatter(int rows, const int *indptr, const int *indices, const T *data, T w, const T *x,
                               T *out) {
    int warp = (int) (((long long) blockIdx.x * blockDim.x + threadIdx.x) / BJ_WARP);
    int lane = threadIdx.x & (BJ_WARP - 1);
    if (warp >= rows) {
        return;
    }
    T xi = x[warp];
    if (xi == (T) 0) {
        return;
    }
    int end = indptr[warp + 1];
    for (int k = indptr[warp] + lane; k < end; k += BJ_WARP) {
        atomicAdd(out + indices[k], (data == nullptr ? w : data[k]) * xi);
    }
}

/* out = A x for a dense row-major rows x cols A: one warp per row. */
template <typename T>
__device__ void bj_dense_mv(int rows, int cols, const T *a, const T *x, T *out) {
    int warp = (int) (((long long) blockIdx.x * blockDim.x + threadIdx.x) / BJ_WARP);
    int lane = threadIdx.x & (BJ_WARP - 1);
    if (warp >= rows) {
        return;
    }
    const T *row = a + (long long) warp * cols;
    T s = 0;
    for (int j = lane; j < cols; j += BJ_WARP) {
        s += row[j] * x[j];
    }
    s = bj_warp_sum(s);
    if (lane == 0) {
        out[warp] = s;
    }
}

/* syn2post: out[post[s]] (+)= values[s]; reduction 0 = sum, 1 = max (out preset to -inf by the caller). */
template <typename T>
__device__ void bj_syn2post(int synapses, const int *post, const T *values, int reduction, T *out) {
    int s = blockIdx.x * blockDim.x + threadIdx.x;
    if (s >= synapses) {
        return;
    }
    if (reduction == 0) {
        atomicAdd(out + post[s], values[s]);
    } else {
        bj_atomic_max(out + post[s], values[s]);
    }
}

/* Connections per row of a just-in-time matrix (first pass of materialising it): one thread per row. */
extern "C" __global__ void brainj_jit_row_nnz(BJ_JIT_ARGS, int *nnz) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= rows) {
        return;
    }
    bj_jit_params p = BJ_JIT_PARAMS;
    bj_jit_cursor c;
    int n = 0;
    int column;
    double weight;
    for (int g = 0; g < segments; g++) {
        bj_jit_start(&c, &p, i, g);
        while (bj_jit_next(&c, &p, tables, &column, &weight)) {
            n++;
        }
    }
    nnz[i] = n;
}

/* Second pass: columns (increasing) and weights of row i at indptr[i]; weights null for a homogeneous law. */
extern "C" __global__ void brainj_jit_fill(BJ_JIT_ARGS, const int *indptr, int *indices, double *data) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= rows) {
        return;
    }
    bj_jit_params p = BJ_JIT_PARAMS;
    bj_jit_cursor c;
    int k = indptr[i];
    int column;
    double weight;
    for (int g = 0; g < segments; g++) {
        bj_jit_start(&c, &p, i, g);
        while (bj_jit_next(&c, &p, tables, &column, &weight)) {
            indices[k] = column;
            if (data != nullptr) {
                data[k] = weight;
            }
            k++;
        }
    }
}

#define BJ_BOTH(NAME, ARGS, CALL)                                                   \
    extern "C" __global__ void NAME##_f64 ARGS(double) { CALL; }                    \
    extern "C" __global__ void NAME##_f32 ARGS(float) { CALL; }

#define BJ_JIT_EVENT_ARGS(T) (BJ_JIT_ARGS, const int *fired, int count, T *out)
BJ_BOTH(brainj_jit_event_mv, BJ_JIT_EVENT_ARGS,
        bj_jit_event_mv(rows, cols, segments, width, law, dense, empty, k0, k1, rate, w0, w1, tables, fired, count,
                        out))

#define BJ_JIT_MV_ARGS(T) (BJ_JIT_ARGS, const T *x, T *out)
BJ_BOTH(brainj_jit_gather, BJ_JIT_MV_ARGS,
        bj_jit_gather(rows, cols, segments, width, law, dense, empty, k0, k1, rate, w0, w1, tables, x, out))
BJ_BOTH(brainj_jit_scatter, BJ_JIT_MV_ARGS,
        bj_jit_scatter(rows, cols, segments, width, law, dense, empty, k0, k1, rate, w0, w1, tables, x, out))

#define BJ_EVENT_CSR_ARGS(T) (const int *indptr, const int *indices, const T *data, T w, const int *fired, int count, \
    T *out)
BJ_BOTH(brainj_event_csr, BJ_EVENT_CSR_ARGS, bj_event_csr(indptr, indices, data, w, fired, count, out))

#define BJ_CSR_GATHER_ARGS(T) (int rows, const int *indptr, const int *indices, const T *data, T w, const T *x, \
    int accumulate, T *out)
BJ_BOTH(brainj_csr_gather, BJ_CSR_GATHER_ARGS, bj_csr_gather(rows, indptr, indices, data, w, x, accumulate, out))

#define BJ_CSR_ARGS(T) (int rows, const int *indptr, const int *indices, const T *data, T w, const T *x, T *out)
BJ_BOTH(brainj_csr_scatter, BJ_CSR_ARGS, bj_csr_scatter(rows, indptr, indices, data, w, x, out))

#define BJ_DENSE_ARGS(T) (int rows, int cols, const T *a, const T *x, T *out)
BJ_BOTH(brainj_dense_mv, BJ_DENSE_ARGS, bj_dense_mv(rows, cols, a, x, out))

#define BJ_SYN2POST_ARGS(T) (int synapses, const int *post, const T *values, int reduction, T *out)
BJ_BOTH(brainj_syn2post, BJ_SYN2POST_ARGS, bj_syn2post(synapses, post, values, reduction, out))
