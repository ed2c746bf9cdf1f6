package org.brainj.analysis.internal;

/**
 * Pearson correlations as BrainPy's measures compute them: population moments, and 0 where a correlation is
 * undefined because one side does not vary (BrainPy passes {@code numpy.corrcoef} through {@code nan_to_num}).
 * Means are subtracted before products (two passes), so that large offsets such as membrane potentials near −65 mV
 * do not cancel the digits of small fluctuations.
 */
final class Correlations {

    private Correlations() {
    }

    /**
     * @param x first series
     * @param y second series, same length
     * @return their Pearson correlation, 0 when either is constant
     */
    static double pearson(double[] x, double[] y) {
        return weighted(x, y, null);
    }

    /**
     * The weighted Pearson correlation of BrainPy's {@code weighted_correlation}:
     * cov_w(x, y) / √(cov_w(x, x)·cov_w(y, y)) with mean_w(x) = Σ w x / Σ w and cov_w(x, y) = Σ w (x − mean_w x)(y −
     * mean_w y) / Σ w.
     *
     * @param x first series
     * @param y second series, same length
     * @param w weights ≥ 0, same length, positive sum; null for equal weights
     * @return the correlation, 0 when either side has zero weighted variance
     */
    static double weighted(double[] x, double[] y, double[] w) {
        int n = x.length;
        double sw = 0.0;
        double mx = 0.0;
        double my = 0.0;
        for (int i = 0; i < n; i++) {
            double wi = w == null ? 1.0 : w[i];
            sw += wi;
            mx += wi * x[i];
            my += wi * y[i];
        }
        mx /= sw;
        my /= sw;
        double sxy = 0.0;
        double sxx = 0.0;
        double syy = 0.0;
        for (int i = 0; i < n; i++) {
            double wi = w == null ? 1.0 : w[i];
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += wi * dx * dy;
            sxx += wi * dx * dx;
            syy += wi * dy * dy;
        }
        return sxx > 0.0 && syy > 0.0 ? sxy / Math.sqrt(sxx * syy) : 0.0;
    }

    /**
     * The correlation matrix of the columns of rows [from, to) of a row-major sample matrix (BrainPy's
     * {@code functional_connectivity}: rows are times, columns nodes). Constant columns correlate 0 with everything,
     * themselves included (NaN → 0).
     *
     * @param values row-major samples
     * @param width  columns
     * @param from   first row
     * @param to     one past the last row
     * @return width × width, row-major
     */
    static double[] columns(double[] values, int width, int from, int to) {
        int rows = to - from;
        double[] mean = new double[width];
        for (int s = from; s < to; s++) {
            int base = s * width;
            for (int c = 0; c < width; c++) {
                mean[c] += values[base + c];
            }
        }
        for (int c = 0; c < width; c++) {
            mean[c] /= rows;
        }
        // Centred copy, column-major, so that each pair's sum runs over contiguous memory.
        double[] z = new double[width * rows];
        for (int s = from; s < to; s++) {
            int base = s * width;
            for (int c = 0; c < width; c++) {
                z[c * rows + (s - from)] = values[base + c] - mean[c];
            }
        }
        double[] norm = new double[width];
        for (int c = 0; c < width; c++) {
            double ss = 0.0;
            for (int k = 0; k < rows; k++) {
                double v = z[c * rows + k];
                ss += v * v;
            }
            norm[c] = Math.sqrt(ss);
        }
        double[] out = new double[width * width];
        for (int a = 0; a < width; a++) {
            for (int b = a; b < width; b++) {
                double r = 0.0;
                if (norm[a] > 0.0 && norm[b] > 0.0) {
                    double s = 0.0;
                    for (int k = 0; k < rows; k++) {
                        s += z[a * rows + k] * z[b * rows + k];
                    }
                    r = s / (norm[a] * norm[b]);
                }
                out[a * width + b] = r;
                out[b * width + a] = r;
            }
        }
        return out;
    }

    /**
     * @param matrix n × n row-major
     * @param n      the order
     * @return the entries above the diagonal (numpy's {@code triu_indices(n, k=1)} order: row by row)
     */
    static double[] upperTriangle(double[] matrix, int n) {
        double[] out = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out[k++] = matrix[i * n + j];
            }
        }
        return out;
    }
}
