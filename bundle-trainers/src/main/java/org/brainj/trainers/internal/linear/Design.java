package org.brainj.trainers.internal.linear;

import org.brainj.api.core.BrainjException;

/**
 * A regression problem's data: n samples of d features (row-major {@code x}, n × d) and m targets (row-major
 * {@code y}, n × m). Every fit returns readout weights in the layout of
 * {@link org.brainj.api.train.OfflineTrainable#readout()}: m × (d + 1) row-major, the last column the bias.
 *
 * @param x features, n × d
 * @param y targets, n × m
 * @param n samples
 * @param d features per sample
 * @param m targets per sample
 */
public record Design(double[] x, double[] y, int n, int d, int m) {

    /** Checks the shapes and that every value is finite. */
    public Design {
        if (n < 1 || d < 0 || m < 1) {
            throw new IllegalArgumentException("design: n = " + n + ", d = " + d + ", m = " + m
                    + " are out of range: n >= 1, d >= 0, m >= 1");
        }
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("design: features have " + x.length + " values, expected n x d = "
                    + n + " x " + d + " = " + (long) n * d);
        }
        if (y.length != (long) n * m) {
            throw new IllegalArgumentException("design: targets have " + y.length + " values, expected n x m = "
                    + n + " x " + m + " = " + (long) n * m);
        }
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k])) {
                throw new BrainjException("design: feature " + (k % Math.max(d, 1)) + " of sample " + k / Math.max(d, 1)
                        + " is " + x[k] + "; features must be finite (did the model diverge?)");
            }
        }
        for (int k = 0; k < y.length; k++) {
            if (!Double.isFinite(y[k])) {
                throw new BrainjException("design: target " + (k % m) + " of sample " + k / m + " is " + y[k]
                        + "; targets must be finite");
            }
        }
    }

    /**
     * @param w readout weights, m × (d + 1), bias last
     * @return predictions, n × m
     */
    public double[] predict(double[] w) {
        double[] out = new double[n * m];
        predict(w, x, n, d, m, out);
        return out;
    }

    /**
     * out = [x 1] wᵀ.
     *
     * @param w   m × (d + 1), bias last
     * @param x   n × d
     * @param n   rows
     * @param d   features
     * @param m   outputs
     * @param out n × m (modified)
     */
    public static void predict(double[] w, double[] x, int n, int d, int m, double[] out) {
        int stride = d + 1;
        for (int r = 0; r < n; r++) {
            int xb = r * d;
            for (int o = 0; o < m; o++) {
                int wb = o * stride;
                double s = w[wb + d];
                for (int j = 0; j < d; j++) {
                    s += w[wb + j] * x[xb + j];
                }
                out[r * m + o] = s;
            }
        }
    }

    /**
     * @param w readout weights
     * @return the mean squared error over every sample and target
     */
    public double meanSquaredError(double[] w) {
        double[] p = predict(w);
        double s = 0.0;
        for (int k = 0; k < p.length; k++) {
            double e = p[k] - y[k];
            s += e * e;
        }
        return s / p.length;
    }
}
