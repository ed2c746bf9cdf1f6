package org.brainj.models.internal;

/**
 * Numerics shared by the gating-rate functions of the zoo's neurons and channels. Lives in the bundle's private
 * package so that {@code org.brainj.models.zoo} and {@code org.brainj.models.zoo.channels} share one copy without
 * exporting it.
 */
public final class GatingMath {

    private GatingMath() {
    }

    /**
     * x / (e<sup>x</sup> − 1), the reciprocal of Brian2's and BrainPy's {@code exprel}, with its removable singularity
     * at 0 filled (value 1), so rates of the form a·u / (1 − e<sup>−u/k</sup>) stay finite at u = 0. Reference
     * implementation for non-vectorised code.
     *
     * @param x the argument
     * @return x / expm1(x), or its limit
     */
    public static double xOverExpm1(double x) {
        if (Math.abs(x) < 1e-10) {
            // Series 1 - x/2 + x^2/12: exact to double precision at this size.
            return 1.0 - 0.5 * x;
        }
        double d = Math.expm1(x);
        // For x << 0, expm1 → -1 and the ratio tends to -x; for x >> 0 (overflow) it tends to 0.
        return Double.isInfinite(d) ? 0.0 : x / d;
    }

    /**
     * One exponential-Euler step of a gate with opening rate α and closing rate β held over the step: exact for
     * held rates, x → x∞ = α/(α + β) with rate α + β.
     *
     * @param x     the gate's value at the start of the step
     * @param alpha opening rate [1/ms]
     * @param beta  closing rate [1/ms]
     * @param dt    the step [ms], or the temperature-scaled step φ·dt
     * @return the gate's value after the step
     */
    public static double relax(double x, double alpha, double beta, double dt) {
        double s = alpha + beta;
        double inf = alpha / s;
        return inf + (x - inf) * Math.exp(-dt * s);
    }
}
