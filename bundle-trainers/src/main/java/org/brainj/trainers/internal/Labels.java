package org.brainj.trainers.internal;

import org.brainj.api.core.ParameterException;

/** Integer class labels stored in a double array, and the losses that read them. */
final class Labels {

    private Labels() {
    }

    /**
     * @param loss   the loss's name, for messages
     * @param target one label per row
     * @param row    the row
     * @param cols   number of classes
     * @return the label
     * @throws ParameterException when it is not a whole number in [0, cols)
     */
    static int label(String loss, double[] target, int row, int cols) {
        double v = target[row];
        if (!(v >= 0.0 && v < cols) || v != Math.rint(v)) {
            throw new ParameterException(loss + ".target[" + row + "]", String.valueOf(v),
                    "must be a class label: a whole number in [0, " + (cols - 1) + "]");
        }
        return (int) v;
    }

    /**
     * Softmax cross-entropy against integer labels, mean over rows, stable for large logits.
     *
     * @param loss      the loss's name, for messages
     * @param predicted rows × cols logits
     * @param target    rows labels
     * @param rows      samples
     * @param cols      classes
     * @param gradient  receives ∂L/∂z, or null
     * @return the mean loss
     */
    static double sparseSoftmaxCrossEntropy(String loss, double[] predicted, double[] target, int rows, int cols,
                                            double[] gradient) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException(loss + ": rows = " + rows + ", cols = " + cols
                    + " are out of range: both must be >= 1");
        }
        if (predicted.length != (long) rows * cols) {
            throw new IllegalArgumentException(loss + ": predicted has " + predicted.length
                    + " entries, must have rows x cols = " + (long) rows * cols);
        }
        if (target.length != rows) {
            throw new IllegalArgumentException(loss + ": target has " + target.length
                    + " entries, must have one label per row = " + rows);
        }
        if (gradient != null && gradient.length != predicted.length) {
            throw new IllegalArgumentException(loss + ": gradient has " + gradient.length
                    + " entries, must have rows x cols = " + predicted.length);
        }
        double inv = 1.0 / rows;
        double total = 0.0;
        for (int r = 0; r < rows; r++) {
            int y = label(loss, target, r, cols);
            int base = r * cols;
            double max = predicted[base];
            for (int c = 1; c < cols; c++) {
                max = Math.max(max, predicted[base + c]);
            }
            double sum = 0.0;
            for (int c = 0; c < cols; c++) {
                sum += Math.exp(predicted[base + c] - max);
            }
            double logSum = Math.log(sum);
            total += logSum - (predicted[base + y] - max);
            if (gradient != null) {
                for (int c = 0; c < cols; c++) {
                    double p = Math.exp(predicted[base + c] - max - logSum);
                    gradient[base + c] = (p - (c == y ? 1.0 : 0.0)) * inv;
                }
            }
        }
        return total * inv;
    }
}
