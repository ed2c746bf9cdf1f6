package org.brainj.api.train;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A model trained by gradient descent, typically a spiking network unrolled through time (BPTT with surrogate
 * gradients). The model owns its parameters and computes loss and gradients; the trainer owns the optimizer.
 */
@ConsumerType
public interface Differentiable extends Trainable {

    /** @return the names of the trainable parameter arrays, in the order of {@link #parameters()} */
    String[] parameterNames();

    /** @return the live trainable parameter arrays; optimizers update them in place */
    double[][] parameters();

    /**
     * Runs a batch forward, then backward, accumulating nothing between calls.
     *
     * @param inputs    batch × input length, row-major (not modified)
     * @param targets   batch × target length, row-major (not modified)
     * @param batch     number of samples
     * @param loss      the loss to minimise
     * @param gradients receives one gradient array per parameter array, same shapes (modified)
     * @param predicted receives batch × output length predictions, for metrics (modified)
     * @return the mean loss over the batch
     */
    double lossAndGradients(double[] inputs, double[] targets, int batch, LossFunction loss, double[][] gradients,
                            double[] predicted);
}
