package org.brainj.trainers.internal.linear;

import org.brainj.api.core.ParameterException;

/**
 * The least-mean-squares rule (Widrow &amp; Hoff 1960), BrainPy's {@code LMS(alpha)}: a stochastic-gradient step on
 * ½e² per sample, W_o ← W_o − η e_o r, with e_o = W_o·r − target_o. Cheap (O(d) per row) but needs η &lt; 2/‖r‖²
 * to be stable.
 */
public final class LmsFilter {

    private final double rate;

    /** @param rate learning rate η &gt; 0 */
    public LmsFilter(double rate) {
        if (!(rate > 0.0) || Double.isInfinite(rate)) {
            throw new ParameterException("lms.alpha", String.valueOf(rate), "must be > 0 and finite");
        }
        this.rate = rate;
    }

    /**
     * @param w      the weights (modified)
     * @param offset where the row starts
     * @param r      the presynaptic vector
     * @param size   its length
     * @param error  the row's output minus its target
     */
    public void correct(double[] w, int offset, double[] r, int size, double error) {
        double g = rate * error;
        for (int j = 0; j < size; j++) {
            w[offset + j] -= g * r[j];
        }
    }
}
