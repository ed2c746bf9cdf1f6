package org.brainj.analysis.internal.dynamics;

import org.brainj.api.analysis.StabilityType;

/**
 * Linear stability classes as BrainPy's {@code stability_analysis} names them (FEATURES §7.1): by f'(x*) in 1-D, by
 * trace p and determinant q of the 2 × 2 Jacobian in 2-D, by the largest real part of the eigenvalues above.
 *
 * <p>BrainPy compares p, q and p² − 4q with exact zero; computed values never are, so "zero" here means within
 * {@code tolZero} relative to the Jacobian's scale (the largest |entry|, squared for q and p² − 4q); in 1-D, where
 * there is no other scale, |f'| ≤ {@code tolZero} absolutely. The star/degenerate split follows
 * {@link StabilityType}: star iff J = λI.
 */
final class Stability {

    private Stability() {
    }

    /**
     * @param j       the n × n Jacobian, row-major
     * @param n       dimension
     * @param re      its eigenvalues' real parts (for n ≥ 3)
     * @param tolZero relative tolerance for "zero"
     * @return the class
     */
    static StabilityType classify(double[] j, int n, double[] re, double tolZero) {
        if (n == 1) {
            double d = j[0];
            if (Math.abs(d) <= tolZero) {
                return StabilityType.SADDLE_NODE;
            }
            return d > 0 ? StabilityType.UNSTABLE_POINT : StabilityType.STABLE_POINT;
        }
        double s = Linear.maxAbs(j, n * n);
        if (n == 2) {
            double a = j[0];
            double b = j[1];
            double c = j[2];
            double d = j[3];
            double p = a + d;
            double q = a * d - b * c;
            double tol2 = tolZero * s * s;
            if (q < -tol2) {
                return StabilityType.SADDLE_NODE;
            }
            if (q <= tol2) {
                return p <= tolZero * s ? StabilityType.CENTER_MANIFOLD : StabilityType.UNSTABLE_LINE;
            }
            if (Math.abs(p) <= tolZero * s) {
                return StabilityType.CENTER;
            }
            double e = (a - d) * (a - d) + 4 * b * c; // = p² - 4q without cancellation
            boolean unstable = p > 0;
            if (e < -tol2) {
                return unstable ? StabilityType.UNSTABLE_FOCUS : StabilityType.STABLE_FOCUS;
            }
            if (e > tol2) {
                return unstable ? StabilityType.UNSTABLE_NODE : StabilityType.STABLE_NODE;
            }
            boolean star = Math.abs(b) <= tolZero * s && Math.abs(c) <= tolZero * s;
            if (star) {
                return unstable ? StabilityType.UNSTABLE_STAR : StabilityType.STABLE_STAR;
            }
            return unstable ? StabilityType.UNSTABLE_DEGENERATE : StabilityType.STABLE_DEGENERATE;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, re[i]);
        }
        // a non-hyperbolic point (max re ≈ 0) has no eigenvalue with positive real part: reported as stable
        return max > tolZero * s ? StabilityType.UNSTABLE : StabilityType.STABLE;
    }
}
