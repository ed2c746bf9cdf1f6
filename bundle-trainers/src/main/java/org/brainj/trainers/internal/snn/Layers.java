package org.brainj.trainers.internal.snn;

import java.util.SplittableRandom;

import org.brainj.api.core.ParameterException;

/** Argument checks and weight initialisation the blocks share. */
final class Layers {

    private Layers() {
    }

    static void positive(String block, String what, int value) {
        if (value < 1) {
            throw new ParameterException(block + "." + what.replace(' ', '_'), String.valueOf(value), "must be >= 1");
        }
    }

    static double positive(String block, String what, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new ParameterException(block + "." + what, String.valueOf(value), "must be > 0 and finite");
        }
        return value;
    }

    static double finite(String block, String what, double value) {
        if (!Double.isFinite(value)) {
            throw new ParameterException(block + "." + what, String.valueOf(value), "must be finite");
        }
        return value;
    }

    /**
     * Fills with uniform values in ±gain·√(1/fanIn) (PyTorch's default for linear layers, He-style scaling for
     * the unit-variance inputs of a spiking layer when gain ≈ √3).
     */
    static void uniform(double[] w, int fanIn, double gain, SplittableRandom random) {
        double bound = gain / Math.sqrt(Math.max(1, fanIn));
        for (int i = 0; i < w.length; i++) {
            w[i] = (2.0 * random.nextDouble() - 1.0) * bound;
        }
    }
}
