package org.brainj.models.kit;

import org.brainj.api.core.ParameterException;
import org.brainj.api.random.CounterRandom;

/**
 * BrainPy's distance kernels {@code GaussianDecay} and {@code DOGDecay}: neurons sit on a grid (row-major positions,
 * the same grid for pre and post); the squared distance d² of i and j sums over dimensions the per-dimension
 * distance — wrapped to min(|Δ|, size − |Δ|) on a periodic boundary, then divided by the dimension's size when
 * distances are normalised — squared. The kernel of d² gives the weight; small weights are cut to 0.
 */
final class DistanceDecay implements MatrixInitializer {

    private final String text;
    private final double[] sigmas;
    private final double[] maxWs;
    private final double minW;
    private final int[] grid;
    private final boolean periodic;
    private final boolean normalize;
    private final boolean includeSelf;

    private DistanceDecay(String text, double[] sigmas, double[] maxWs, double minW, int[] grid, boolean periodic,
                          boolean normalize, boolean includeSelf) {
        if (grid == null || grid.length == 0) {
            throw new ParameterException("grid", "empty", "the grid's size in each dimension, each >= 1");
        }
        for (int g : grid) {
            if (g < 1) {
                throw new ParameterException("grid", java.util.Arrays.toString(grid), "each size must be >= 1");
            }
        }
        for (double s : sigmas) {
            if (!(s > 0 && Double.isFinite(s))) {
                throw new ParameterException("sigma", String.valueOf(s), "must be finite and > 0");
            }
        }
        for (double w : maxWs) {
            if (!Double.isFinite(w)) {
                throw new ParameterException("max_w", String.valueOf(w), "must be finite");
            }
        }
        this.text = text;
        this.sigmas = sigmas.clone();
        this.maxWs = maxWs.clone();
        this.minW = minW;
        this.grid = grid.clone();
        this.periodic = periodic;
        this.normalize = normalize;
        this.includeSelf = includeSelf;
    }

    static DistanceDecay gaussian(double sigma, double maxW, double minW, int[] grid, boolean periodic,
                                  boolean normalize, boolean includeSelf) {
        double cut = Double.isNaN(minW) ? maxW * 0.005 : minW;
        return new DistanceDecay("GaussianDecay(sigma=" + sigma + ", max_w=" + maxW + ", min_w=" + cut + ")",
                new double[] {sigma}, new double[] {maxW}, cut, grid, periodic, normalize, includeSelf);
    }

    static DistanceDecay dog(double[] sigmas, double[] maxWs, double minW, int[] grid, boolean periodic,
                             boolean normalize, boolean includeSelf) {
        if (sigmas.length != 2 || maxWs.length != 2) {
            throw new ParameterException("sigmas", sigmas.length + " and " + maxWs.length + " values",
                    "DOGDecay takes two sigmas and two max_ws");
        }
        double cut = Double.isNaN(minW) ? Math.abs(maxWs[0] - maxWs[1]) * 0.005 : minW;
        return new DistanceDecay("DOGDecay(sigmas=" + java.util.Arrays.toString(sigmas) + ", max_ws="
                + java.util.Arrays.toString(maxWs) + ", min_w=" + cut + ")", sigmas, maxWs, cut, grid, periodic,
                normalize, includeSelf);
    }

    /** @return the number of grid positions */
    int size() {
        int n = 1;
        for (int g : grid) {
            n *= g;
        }
        return n;
    }

    /** Squared distance of grid positions a and b. */
    double distance2(int a, int b) {
        double d2 = 0;
        for (int k = grid.length - 1; k >= 0; k--) {
            int g = grid[k];
            double d = Math.abs(a % g - b % g);
            a /= g;
            b /= g;
            if (periodic && d > g / 2.0) {
                d = g - d;
            }
            if (normalize) {
                d /= g;
            }
            d2 += d * d;
        }
        return d2;
    }

    @Override
    public void fill(int rows, int cols, CounterRandom random, int stream, double[] out) {
        Initializers.check(rows, cols, out);
        int n = size();
        if (rows != n || cols != n) {
            throw new ParameterException("shape", rows + "x" + cols, "must be " + n + "x" + n + " for the grid "
                    + java.util.Arrays.toString(grid));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d2 = distance2(i, j);
                double w = 0;
                for (int k = 0; k < sigmas.length; k++) {
                    w += (k == 0 ? 1 : -1) * maxWs[k] * Math.exp(-d2 / (2 * sigmas[k] * sigmas[k]));
                }
                if (Math.abs(w) < minW || (!includeSelf && i == j)) {
                    w = 0;
                }
                out[i * n + j] = w;
            }
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
