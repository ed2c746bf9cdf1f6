package org.brainj.models.kit;

import org.brainj.api.core.ModelException;
import org.brainj.api.random.CounterRandom;

/**
 * Draws of the non-uniform laws the initializers need, each keyed by (stream, member, {@link MatrixInitializer#STEP},
 * draw); rejection samplers use successive draw numbers, so a member's value is still fixed by its key.
 */
final class RandomLaws {

    /** Draw numbers are 16 bits in {@link CounterRandom}; rejection gives up before wrapping. */
    private static final int MAX_DRAWS = 1 << 15;

    private RandomLaws() {
    }

    static double uniform(CounterRandom r, int stream, int member, int draw) {
        return r.uniform(stream, member, MatrixInitializer.STEP, draw);
    }

    static double normal(CounterRandom r, int stream, int member, int draw) {
        return r.normal(stream, member, MatrixInitializer.STEP, draw);
    }

    /**
     * Standard normal conditioned on [lower, upper], by rejection from N(0, 1) (BrainPy's truncated normal for the
     * variance-scaling initializers uses [−2, 2], acceptance 95%).
     */
    static double truncatedNormal(CounterRandom r, int stream, int member, double lower, double upper) {
        for (int d = 0; d < MAX_DRAWS; d++) {
            double z = normal(r, stream, member, d);
            if (z >= lower && z <= upper) {
                return z;
            }
        }
        throw new ModelException("truncated normal: [" + lower + ", " + upper + "] (in standard deviations) holds "
                + "too little probability to sample by rejection; widen it");
    }

    /** Gamma(shape k, scale 1) by Marsaglia &amp; Tsang (2000); for k &lt; 1 the boost Gamma(k+1)·U^(1/k). */
    static double gamma(CounterRandom r, int stream, int member, double k) {
        double boost = 1.0;
        int first = 0;
        if (k < 1.0) {
            boost = Math.pow(uniform(r, stream, member, 0), 1.0 / k);
            k += 1.0;
            first = 1;
        }
        double d = k - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        for (int a = first; 2 * a + 1 < MAX_DRAWS; a++) {
            double x = normal(r, stream, member, 2 * a);
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = uniform(r, stream, member, 2 * a + 1);
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v * boost;
            }
        }
        throw new ModelException("gamma: rejection sampling did not accept within " + MAX_DRAWS + " draws");
    }
}
