package org.brainj.api.train;

import org.osgi.annotation.versioning.ConsumerType;

/** An optimizer bound to one parameter array, holding its moment buffers. */
@ConsumerType
public interface UpdateRule {

    /**
     * Applies one update in place.
     *
     * @param params       the parameters (modified)
     * @param gradients    ∂loss/∂params (not modified)
     * @param learningRate the current learning rate
     * @param step         the update count, from 1
     */
    void apply(double[] params, double[] gradients, double learningRate, long step);
}
