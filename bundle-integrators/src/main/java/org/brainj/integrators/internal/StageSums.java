package org.brainj.integrators.internal;

/** The weighted sum of Runge–Kutta stage derivatives that every tableau-driven stepper forms. */
final class StageSums {

    private StageSums() {
    }

    /**
     * Writes Σ<sub>j&lt;count</sub> weights[j]·k[j] into {@code out}, skipping zero weights (common in tableaus), so
     * the first non-zero term initialises {@code out} instead of adding to a cleared buffer.
     *
     * @param k       stage derivatives (not modified)
     * @param weights one weight per stage (not modified)
     * @param count   stages summed
     * @param out     receives the sum, first {@code n} entries (modified)
     * @param n       state length
     */
    static void accumulate(double[][] k, double[] weights, int count, double[] out, int n) {
        boolean first = true;
        for (int j = 0; j < count; j++) {
            double wj = weights[j];
            if (wj == 0.0) {
                continue;
            }
            double[] kj = k[j];
            if (first) {
                for (int e = 0; e < n; e++) {
                    out[e] = wj * kj[e];
                }
                first = false;
            } else {
                for (int e = 0; e < n; e++) {
                    out[e] += wj * kj[e];
                }
            }
        }
        if (first) {
            for (int e = 0; e < n; e++) {
                out[e] = 0.0;
            }
        }
    }
}
