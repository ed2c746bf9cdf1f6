package org.brainj.integrators.internal;

/** Γ(x) for the weights of the fractional schemes (Lanczos approximation, g = 7, nine terms: ~1e-15 relative). */
final class GammaFunction {

    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    private static final double HALF_LOG_2PI = 0.5 * Math.log(2.0 * Math.PI);

    private GammaFunction() {
    }

    /**
     * @param x the argument, &gt; 0 (Γ overflows a double beyond x ≈ 171.6)
     * @return Γ(x)
     */
    static double gamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("x = " + x + " is out of range: gamma is only needed for x > 0");
        }
        if (x < 0.5) {
            // Reflection keeps the approximation in its accurate range.
            return Math.PI / (Math.sin(Math.PI * x) * gamma(1.0 - x));
        }
        return Math.exp(logGamma(x));
    }

    /** @param x the argument, ≥ 0.5 @return ln Γ(x) */
    static double logGamma(double x) {
        double z = x - 1.0;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double tt = z + 7.5;
        return HALF_LOG_2PI + (z + 0.5) * Math.log(tt) - tt + Math.log(sum);
    }
}
