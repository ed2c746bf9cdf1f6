package org.brainj.trainers.internal.task;

/**
 * Turns an intensity r ∈ [0, 1] into a spike train over T steps (1 = spike).
 */
public enum SpikeEncoding {

    /**
     * A deterministic rate code: the spike count of steps 0..t is ⌊(t + 1) r⌋, so the train has ⌊T r⌋ spikes
     * spread evenly (an integrate-and-fire encoder without noise; r = 1 fires every step).
     */
    RATE {
        @Override
        public void encode(double r, int steps, double[] out, int start, int stride, long key) {
            for (int t = 0; t < steps; t++) {
                out[start + t * stride] = Math.floor((t + 1) * r + 1e-9) > Math.floor(t * r + 1e-9) ? 1.0 : 0.0;
            }
        }
    },

    /**
     * A latency code: one spike at step round((1 − r)(T − 1)), earlier for brighter pixels; none for r = 0.
     */
    LATENCY {
        @Override
        public void encode(double r, int steps, double[] out, int start, int stride, long key) {
            for (int t = 0; t < steps; t++) {
                out[start + t * stride] = 0.0;
            }
            if (r > 0.0) {
                out[start + (int) Math.round((1.0 - r) * (steps - 1)) * stride] = 1.0;
            }
        }
    },

    /**
     * A Bernoulli (discrete-time Poisson) rate code: a spike in each step with probability r, drawn from a
     * counter-based hash of (key, step), so the same key always gives the same train.
     */
    POISSON {
        @Override
        public void encode(double r, int steps, double[] out, int start, int stride, long key) {
            for (int t = 0; t < steps; t++) {
                out[start + t * stride] = uniform(key, t) < r ? 1.0 : 0.0;
            }
        }
    };

    /** @return a uniform number in [0, 1) from SplitMix64's finaliser of (key, t) */
    static double uniform(long key, int t) {
        long z = key * 0x9E3779B97F4A7C15L + (t + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    /**
     * @param r      intensity in [0, 1]
     * @param steps  T
     * @param out    receives the train at {@code out[start + t·stride]}, t = 0..T−1
     * @param start  index of step 0
     * @param stride distance between steps
     * @param key    seeds the random draws of a stochastic code (ignored by deterministic ones)
     */
    public abstract void encode(double r, int steps, double[] out, int start, int stride, long key);
}
