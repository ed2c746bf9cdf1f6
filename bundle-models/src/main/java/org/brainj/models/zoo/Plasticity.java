package org.brainj.models.zoo;

import org.brainj.api.core.ParameterException;

/** Helpers the plasticity rules share: step checks and in-place trace decay. */
final class Plasticity {

    private Plasticity() {
    }

    /**
     * @param dt the step [ms]
     * @return dt, checked positive and finite
     */
    static double dt(double dt) {
        if (!(dt > 0 && Double.isFinite(dt))) {
            throw new ParameterException("dt", dt + " ms", "must be finite and > 0 ms");
        }
        return dt;
    }

    /** x ← factor·x, the exact one-step decay of an exponential trace. */
    static void scale(double[] x, double factor) {
        for (int k = 0; k < x.length; k++) {
            x[k] *= factor;
        }
    }
}
