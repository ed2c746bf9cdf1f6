package org.brainj.trainers.internal.bptt;

/**
 * A model that can run forward only; the {@link BpttTrainer} uses it to evaluate test data without paying for a
 * backward pass (otherwise it calls {@code lossAndGradients} and discards the gradients).
 */
public interface Predictor {

    /**
     * @param inputs    batch × input length, row-major (not modified)
     * @param batch     samples
     * @param predicted receives batch × output length predictions (modified)
     */
    void predict(double[] inputs, int batch, double[] predicted);
}
