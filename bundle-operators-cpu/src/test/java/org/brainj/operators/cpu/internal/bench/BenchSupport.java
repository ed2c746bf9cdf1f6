package org.brainj.operators.cpu.internal.bench;

import java.util.SplittableRandom;

import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.platform.Providers;

/** Shared pieces of the operator benchmarks (plain main programs, not tests). */
final class BenchSupport {

    private BenchSupport() {
    }

    /** @return the cpu backend, found as an application would find it */
    static OperatorBackend cpu() {
        return Providers.require(OperatorBackend.class, "cpu");
    }

    /**
     * @param rng      generator
     * @param n        neurons
     * @param fraction fraction firing per pattern
     * @param patterns number of distinct patterns
     * @return spike flags, one array per pattern, each with exactly round(fraction·n) distinct firing neurons
     */
    static boolean[][] spikePatterns(SplittableRandom rng, int n, double fraction, int patterns) {
        boolean[][] out = new boolean[patterns][n];
        int k = (int) Math.round(fraction * n);
        for (boolean[] p : out) {
            int set = 0;
            while (set < k) {
                int i = rng.nextInt(n);
                if (!p[i]) {
                    p[i] = true;
                    set++;
                }
            }
        }
        return out;
    }

    /** @return the number of synaptic events a pattern triggers in a CSR matrix */
    static long events(int[] indptr, boolean[] pattern) {
        long e = 0;
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i]) {
                e += indptr[i + 1] - indptr[i];
            }
        }
        return e;
    }
}
