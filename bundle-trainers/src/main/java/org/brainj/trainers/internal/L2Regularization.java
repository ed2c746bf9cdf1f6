package org.brainj.trainers.internal;

import org.brainj.api.core.ParameterException;

/**
 * L2 regularisation of trainable parameters (BrainPy's {@code l2_norm} penalty / weight decay as a loss term):
 * R(θ) = (λ/2) Σ θ², added to a loss, with ∇R = λθ added to the gradients. Kept apart from the
 * {@link org.brainj.api.train.Loss} SPI because it reads parameters, not predictions and targets.
 */
public final class L2Regularization {

    private final double lambda;

    /**
     * @param lambda the penalty weight λ, ≥ 0
     * @throws ParameterException when λ is negative or not finite
     */
    public L2Regularization(double lambda) {
        if (!(lambda >= 0.0) || Double.isInfinite(lambda)) {
            throw new ParameterException("l2_regularization.lambda", String.valueOf(lambda), "must be >= 0 and finite");
        }
        this.lambda = lambda;
    }

    /**
     * Adds λθ to the gradients and returns the penalty.
     *
     * @param params    the parameters (not modified)
     * @param gradients their gradients (modified: λθ added)
     * @return (λ/2) Σ θ²
     */
    public double addTo(double[] params, double[] gradients) {
        if (params.length != gradients.length) {
            throw new IllegalArgumentException("l2 regularization: params has " + params.length
                    + " entries, gradients " + gradients.length);
        }
        double sq = 0.0;
        for (int k = 0; k < params.length; k++) {
            sq += params[k] * params[k];
            gradients[k] += lambda * params[k];
        }
        return 0.5 * lambda * sq;
    }
}
