/*
 * Host build of brainj_jit.cuh (the code the kernels run per thread), driven by JitGeneratorHarnessTest to check the
 * CUDA generator against the Java CPU backend bit for bit, without a GPU.
 *
 * Usage:
 *   jit_harness log  HEXBITS...            prints bj_fdlibm_log of each double (hex bits in, hex bits out)
 *   jit_harness rows ROWS COLS SEGMENTS WIDTH LAW DENSE EMPTY K0 K1 RATEBITS W0BITS W1BITS
 *                                           prints "row column weightbits" for every connection, rows in order,
 *                                           segments in order, columns increasing
 * The tables inv[j] = 1 / (1 + j/1024) and ln[j] = bj_fdlibm_log(1 + j/1024) are built here as the host backend
 * builds them in Java (there with StrictMath.log), so a wrong log port shows up as a wrong matrix too.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../main/cuda/brainj_jit.cuh"

static double from_hex(const char *s) {
    return bj_bits_double((uint64_t) strtoull(s, NULL, 16));
}

int main(int argc, char **argv) {
    if (argc >= 2 && strcmp(argv[1], "log") == 0) {
        for (int a = 2; a < argc; a++) {
            printf("%016" PRIx64 "\n", bj_double_bits(bj_fdlibm_log(from_hex(argv[a]))));
        }
        return 0;
    }
    if (argc != 14 || strcmp(argv[1], "rows") != 0) {
        fprintf(stderr, "usage: jit_harness log HEX... | jit_harness rows ROWS COLS SEGMENTS WIDTH LAW DENSE EMPTY "
                        "K0 K1 RATEBITS W0BITS W1BITS\n");
        return 2;
    }
    bj_jit_params p;
    p.rows = atoi(argv[2]);
    p.cols = atoi(argv[3]);
    p.segments = atoi(argv[4]);
    p.width = atoi(argv[5]);
    p.law = atoi(argv[6]);
    p.dense = atoi(argv[7]);
    p.empty = atoi(argv[8]);
    p.k0 = (uint32_t) strtoul(argv[9], NULL, 16);
    p.k1 = (uint32_t) strtoul(argv[10], NULL, 16);
    p.rate = from_hex(argv[11]);
    p.w0 = from_hex(argv[12]);
    p.w1 = from_hex(argv[13]);
    static double tables[2 * BJ_JIT_TABLE];
    for (int j = 0; j < BJ_JIT_TABLE; j++) {
        double c = 1.0 + j / 1024.0;
        tables[j] = 1.0 / c;
        tables[BJ_JIT_TABLE + j] = bj_fdlibm_log(c);
    }
    bj_jit_cursor c;
    int column;
    double weight;
    for (int i = 0; i < p.rows; i++) {
        for (int g = 0; g < p.segments; g++) {
            bj_jit_start(&c, &p, i, g);
            while (bj_jit_next(&c, &p, tables, &column, &weight)) {
                printf("%d %d %016" PRIx64 "\n", i, column, bj_double_bits(weight));
            }
        }
    }
    return 0;
}
