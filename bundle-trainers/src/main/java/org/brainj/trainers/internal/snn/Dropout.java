package org.brainj.trainers.internal.snn;

import org.brainj.api.core.ParameterException;
import org.brainj.trainers.internal.autodiff.Tape;

/**
 * Dropout (Srivastava et al. 2014) for spiking layers: while training, each sample silences a random fraction
 * {@code rate} of the units for the whole sequence (one mask per sample, kept over time, as is usual for recurrent
 * and spiking networks) and scales the rest by 1/(1 − rate); when predicting it passes its input unchanged.
 * Masks come from a counter-based hash of (seed, update, sample, unit), so they are reproducible and do not
 * depend on the thread count or on gradient checkpointing (a recomputed segment sees the same mask).
 */
public final class Dropout extends FixedBlock {

    private final double rate;
    private final long seed;

    /**
     * @param name block name
     * @param size units
     * @param rate fraction dropped while training, in [0, 1)
     * @param seed seed of the masks
     */
    public Dropout(String name, int size, double rate, long seed) {
        super(name, size, size);
        if (!(rate >= 0.0 && rate < 1.0)) {
            throw new ParameterException(name + ".rate", String.valueOf(rate), "must be in [0, 1)");
        }
        this.rate = rate;
        this.seed = seed;
    }

    @Override
    public int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input) {
        return input;
    }

    @Override
    public int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input, Phase phase) {
        if (!phase.training() || rate == 0.0) {
            return input;
        }
        int rows = tape.rows(input);
        int n = tape.cols(input);
        int mask = tape.filled(rows, n, 0.0);
        double[] v = tape.values();
        int o = tape.offset(mask);
        double keep = 1.0 / (1.0 - rate);
        for (int r = 0; r < rows; r++) {
            long sample = phase.firstSample() + r;
            for (int j = 0; j < n; j++) {
                v[o + r * n + j] = uniform(seed, phase.update(), sample * n + j) < rate ? 0.0 : keep;
            }
        }
        return tape.mul(input, mask);
    }

    /** @return a uniform number in [0, 1) from SplitMix64's finaliser of the three keys */
    private static double uniform(long a, long b, long c) {
        long z = a * 0x9E3779B97F4A7C15L + b * 0xBF58476D1CE4E5B9L + c * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
