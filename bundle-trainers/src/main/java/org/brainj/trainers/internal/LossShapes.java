package org.brainj.trainers.internal;

/** The argument checks every loss shares: shapes are checked once per call, before the element loop. */
final class LossShapes {

    private LossShapes() {
    }

    /**
     * @param loss      the loss's name, for messages
     * @param predicted predictions
     * @param target    targets
     * @param rows      samples
     * @param cols      outputs per sample
     * @param gradient  the gradient buffer, or null
     * @throws IllegalArgumentException naming the argument whose shape is wrong
     */
    static void check(String loss, double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException(loss + ": rows = " + rows + ", cols = " + cols
                    + " are out of range: both must be >= 1");
        }
        long n = (long) rows * cols;
        if (predicted.length != n) {
            throw new IllegalArgumentException(loss + ": predicted has " + predicted.length
                    + " entries, must have rows x cols = " + n);
        }
        if (target.length != n) {
            throw new IllegalArgumentException(loss + ": target has " + target.length
                    + " entries, must have rows x cols = " + n);
        }
        if (gradient != null && gradient.length != n) {
            throw new IllegalArgumentException(loss + ": gradient has " + gradient.length
                    + " entries, must have rows x cols = " + n);
        }
    }
}
