package org.brainj.api.train;

import org.osgi.annotation.versioning.ConsumerType;

/** A loss over a batch of predictions, rows = samples, columns = outputs; the value is the mean over rows. */
@ConsumerType
public interface LossFunction {

    /**
     * Computes the loss and its gradient with respect to the predictions. Must not allocate.
     *
     * @param predicted rows × cols (not modified)
     * @param target    rows × cols (not modified)
     * @param rows      samples
     * @param cols      outputs per sample
     * @param gradient  receives ∂loss/∂predicted, rows × cols, or null when only the value is wanted (modified)
     * @return the loss
     */
    double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient);
}
