/*
 * BrainJ just-in-time connectivity on the GPU: the canonical row-stream algorithm of the CPU backend
 * (bundle-operators-cpu, JitRowStream's class comment, specified there to the bit), written once for device and host
 * so that a host build of this same header can be checked against the Java implementation bit for bit
 * (JitGeneratorHarnessTest). Compile device code with --fmad=false: a contracted multiply-add changes low bits and
 * with them the matrix.
 *
 * Philox4x32-10 (Salmon et al., SC'11) at CounterRandom's counter layout; logarithms by fdlibm 5.3 e_log.c (Sun
 * Microsystems, freely distributable) and by the table-and-cubic L(x) of JitRowStream.
 */
#ifndef BRAINJ_JIT_CUH
#define BRAINJ_JIT_CUH

#include <math.h>
#include <stdint.h>
#ifndef __CUDA_ARCH__
#include <string.h>
#endif

#ifdef __CUDACC__
#define BJ_HD __host__ __device__ __forceinline__
#else
#define BJ_HD static inline
#endif

#define BJ_JIT_CONNECTION_STREAM 0x4A495443u
#define BJ_JIT_WEIGHT_STREAM 0x4A495457u
#define BJ_JIT_HOMOGENEOUS 0
#define BJ_JIT_UNIFORM 1
#define BJ_JIT_NORMAL 2
#define BJ_JIT_TABLE 1024

/* The matrix, as the host's JitConnSpec binds it: segments, width and rate come from the host (Java computes rate
 * with fdlibm), so every backend starts from the same doubles. */
typedef struct {
    int rows;
    int cols;
    int segments;
    int width;
    int law;
    int dense;
    int empty;
    uint32_t k0;
    uint32_t k1;
    double rate;
    double w0;
    double w1;
} bj_jit_params;

/* One (row, segment) cursor: O(1) state, a block of four words per stream. */
typedef struct {
    uint32_t row;
    uint64_t segment_step;
    long long last;
    long long end;
    uint32_t connection_words[4];
    uint32_t weight_words[4];
    int connection_count;
    int weight_count;
} bj_jit_cursor;

BJ_HD uint64_t bj_double_bits(double x) {
#ifdef __CUDA_ARCH__
    return (uint64_t) __double_as_longlong(x);
#else
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
#endif
}

BJ_HD double bj_bits_double(uint64_t u) {
#ifdef __CUDA_ARCH__
    return __longlong_as_double((long long) u);
#else
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
#endif
}

BJ_HD int bj_clz64(uint64_t y) {
#ifdef __CUDA_ARCH__
    return __clzll((long long) y);
#else
    return y == 0 ? 64 : __builtin_clzll(y);
#endif
}

/* Philox4x32-10 in place on the counter c with key (k0, k1); output words x0..x3 in c[0..3]. */
BJ_HD void bj_philox4x32_10(uint32_t c[4], uint32_t k0, uint32_t k1) {
    for (int r = 0; r < 10; r++) {
        uint64_t p0 = (uint64_t) 0xD2511F53u * c[0];
        uint64_t p1 = (uint64_t) 0xCD9E8D57u * c[2];
        uint32_t n0 = (uint32_t) (p1 >> 32) ^ c[1] ^ k0;
        uint32_t n1 = (uint32_t) p1;
        uint32_t n2 = (uint32_t) (p0 >> 32) ^ c[3] ^ k1;
        uint32_t n3 = (uint32_t) p0;
        c[0] = n0;
        c[1] = n1;
        c[2] = n2;
        c[3] = n3;
        k0 += 0x9E3779B9u;
        k1 += 0xBB67AE85u;
    }
}

/* fdlibm 5.3 __ieee754_log, as FdlibmLog.java writes it out; equal to StrictMath.log bit for bit. */
BJ_HD double bj_fdlibm_log(double x) {
    const double ln2_hi = 6.93147180369123816490e-01;
    const double ln2_lo = 1.90821492927058770002e-10;
    const double two54 = 1.80143985094819840000e+16;
    const double lg1 = 6.666666666666735130e-01;
    const double lg2 = 3.999999999940941908e-01;
    const double lg3 = 2.857142874366239149e-01;
    const double lg4 = 2.222219843214978396e-01;
    const double lg5 = 1.818357216161805012e-01;
    const double lg6 = 1.531383769920937332e-01;
    const double lg7 = 1.479819860511658591e-01;
    uint64_t bits = bj_double_bits(x);
    int32_t hx = (int32_t) (bits >> 32);
    int k = 0;
    if (hx < 0x00100000 || hx >= 0x7ff00000) {
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (((hx & 0x7fffffff) | (int32_t) (uint32_t) bits) == 0) {
            return bj_bits_double(0xFFF0000000000000ull);
        }
        if (hx < 0) {
            return bj_bits_double(0x7FF8000000000000ull);
        }
        x *= two54;
        k = -54;
        bits = bj_double_bits(x);
        hx = (int32_t) (bits >> 32);
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    int32_t i = (hx + 0x95f64) & 0x100000;
    double f = bj_bits_double(((uint64_t) (uint32_t) (hx | (i ^ 0x3ff00000)) << 32) | (bits & 0xFFFFFFFFull)) - 1.0;
    k += i >> 20;
    double dk = (double) k;
    if ((0x000fffff & (2 + hx)) < 3) {
        if (f == 0.0) {
            if (k == 0) {
                return 0.0;
            }
            return dk * ln2_hi + dk * ln2_lo;
        }
        double r = f * f * (0.5 - 0.33333333333333333 * f);
        if (k == 0) {
            return f - r;
        }
        return dk * ln2_hi - ((r - dk * ln2_lo) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double w = z * z;
    double t1 = w * (lg2 + w * (lg4 + w * lg6));
    double t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)));
    double r = t2 + t1;
    if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
        double hfsq = 0.5 * f * f;
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return dk * ln2_hi - ((hfsq - (s * (hfsq + r) + dk * ln2_lo)) - f);
    }
    if (k == 0) {
        return f - s * (f - r);
    }
    return dk * ln2_hi - ((s * (f - r) - dk * ln2_lo) - f);
}

/* L(x) ~ ln((x + 1) 2^-32): tables inv[j] = 1/(1 + j/1024), ln[j] = fdlibm log(1 + j/1024), from the host. */
BJ_HD double bj_jit_log32(uint32_t x, const double *inv, const double *ln) {
    uint64_t y = (uint64_t) x + 1u;
    int z = bj_clz64(y);
    uint64_t m = y << z;
    int j = (int) (m >> 53) & 0x3FF;
    double t = (double) (m & 0x1FFFFFFFFFFFFFull) * 0x1.0p-63 * inv[j];
    double poly = t * (1.0 + t * (-0.5 + t * 0x1.5555555555555p-2));
    return ((double) (31 - z) * 0x1.62e42fefa39efp-1 + ln[j]) + poly;
}

/* Block b of a stream in the cursor's (row, segment): CounterRandom's layout at (stream, row, step, b & 0xFFFF). */
BJ_HD void bj_jit_block(const bj_jit_cursor *c, const bj_jit_params *p, uint32_t stream, uint32_t b,
                        uint32_t out[4]) {
    uint64_t step = c->segment_step | (uint64_t) (b >> 16);
    out[0] = c->row;
    out[1] = (uint32_t) step;
    out[2] = (b & 0xFFFFu) | ((uint32_t) (step >> 32) << 16);
    out[3] = stream;
    bj_philox4x32_10(out, p->k0, p->k1);
}

BJ_HD void bj_jit_start(bj_jit_cursor *c, const bj_jit_params *p, int row, int segment) {
    long long from = (long long) segment * p->width;
    long long to = from + p->width;
    if (to > p->cols) {
        to = p->cols;
    }
    c->row = (uint32_t) row;
    c->segment_step = (uint64_t) segment << 16;
    c->end = p->empty ? from : to;
    c->last = from - 1;
    c->connection_count = 0;
    c->weight_count = 0;
}

BJ_HD uint32_t bj_jit_weight_word(bj_jit_cursor *c, const bj_jit_params *p) {
    int m = c->weight_count++;
    if ((m & 3) == 0) {
        bj_jit_block(c, p, BJ_JIT_WEIGHT_STREAM, (uint32_t) m >> 2, c->weight_words);
    }
    return c->weight_words[m & 3];
}

/*
 * The next connection of the cursor's segment, in increasing column order.
 * Returns 0 when the segment is done, else 1 with the column and the weight.
 */
BJ_HD int bj_jit_next(bj_jit_cursor *c, const bj_jit_params *p, const double *tables, int *column, double *weight) {
    long long cc = c->last;
    if (cc + 1 >= c->end) {
        return 0;
    }
    if (p->dense) {
        cc += 1;
    } else {
        int v = c->connection_count++;
        if ((v & 3) == 0) {
            bj_jit_block(c, p, BJ_JIT_CONNECTION_STREAM, (uint32_t) v >> 2, c->connection_words);
        }
        double g = bj_jit_log32(c->connection_words[v & 3], tables, tables + BJ_JIT_TABLE) * p->rate;
        long long next = cc + 1 + (long long) g;
        if (next >= c->end) {
            c->last = c->end;
            return 0;
        }
        cc = next;
    }
    c->last = cc;
    *column = (int) cc;
    if (p->law == BJ_JIT_UNIFORM) {
        double u = (double) bj_jit_weight_word(c, p) * 0x1.0p-32;
        *weight = p->w0 + (p->w1 - p->w0) * u;
    } else if (p->law == BJ_JIT_NORMAL) {
        for (;;) {
            double x = (double) bj_jit_weight_word(c, p) * 0x1.0p-31 - 1.0;
            double y = (double) bj_jit_weight_word(c, p) * 0x1.0p-31 - 1.0;
            double q = x * x + y * y;
            if (q < 1.0 && q > 0.0) {
                *weight = p->w0 + p->w1 * (x * sqrt(-2.0 * bj_fdlibm_log(q) / q));
                break;
            }
        }
    } else {
        *weight = p->w0;
    }
    return 1;
}

#endif
