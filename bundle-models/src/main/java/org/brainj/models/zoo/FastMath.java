package org.brainj.models.zoo;

/**
 * Branch-free exponentials for the hot loops of conductance-based neurons. {@link Math#exp} is a call into a runtime
 * stub that stops HotSpot from vectorising a loop; these are straight-line polynomials and squarings that C2's
 * SuperWord turns into AVX code, so a whole population's gates advance several neurons per instruction.
 *
 * <p>Accuracy: a Taylor polynomial at z/2<sup>k</sup> followed by k squarings; the relative error is below
 * 10<sup>−13</sup> on the stated ranges (tested against {@link Math#exp}). Callers clamp arguments into those ranges.
 * HotSpot's SuperWord only vectorises small loop bodies, so a caller puts one of these per loop.
 */
final class FastMath {

    /** Most negative argument of {@link #expNeg}: e^−36 = 2.3e−16 is below double resolution of 1. */
    static final double LIMIT = 36.0;

    private static final double SHIFT = LIMIT / 128.0;
    private static final double SCALE = Math.exp(-SHIFT);
    // e^(-SHIFT)/k!: the series of e^(z/64) around z/64 = -SHIFT.
    private static final double N0 = SCALE;
    private static final double N1 = SCALE;
    private static final double N2 = SCALE / 2;
    private static final double N3 = SCALE / 6;
    private static final double N4 = SCALE / 24;
    private static final double N5 = SCALE / 120;
    private static final double N6 = SCALE / 720;
    private static final double N7 = SCALE / 5040;
    private static final double N8 = SCALE / 40320;
    private static final double N9 = SCALE / 362880;
    private static final double N10 = SCALE / 3628800;
    private static final double N11 = SCALE / 39916800;

    // 1/k!.
    private static final double F2 = 1.0 / 2;
    private static final double F3 = 1.0 / 6;
    private static final double F4 = 1.0 / 24;
    private static final double F5 = 1.0 / 120;
    private static final double F6 = 1.0 / 720;
    private static final double F7 = 1.0 / 5040;
    private static final double F8 = 1.0 / 40320;
    private static final double F9 = 1.0 / 362880;
    private static final double F10 = 1.0 / 3628800;
    private static final double F11 = 1.0 / 39916800;
    private static final double F12 = 1.0 / 479001600;
    private static final double F13 = 1.0 / 6227020800.0;
    private static final double F14 = 1.0 / 87178291200.0;

    private FastMath() {
    }

    /**
     * e<sup>z</sup> for −36 ≤ z ≤ 0, relative error below 1e−13 (absolute below 1e−13 too, since the result is at
     * most 1). Arguments below −36 must be clamped by the caller (e^−36 is below double resolution of 1).
     *
     * @param z the argument, in [−36, 0]
     * @return exp(z)
     */
    static double expNeg(double z) {
        // e^(z/64) = e^(-S) e^u with u = z/64 + S in [-S, S], S = 36/128; the series to u^11 is exact to 5e-16.
        double u = Math.fma(z, 1.0 / 64.0, SHIFT);
        double u2 = u * u;
        double u4 = u2 * u2;
        // Estrin's scheme: a shallow dependency tree keeps the vectorised loop from stalling on latency.
        double p0 = Math.fma(N1, u, N0);
        double p1 = Math.fma(N3, u, N2);
        double p2 = Math.fma(N5, u, N4);
        double p3 = Math.fma(N7, u, N6);
        double p4 = Math.fma(N9, u, N8);
        double p5 = Math.fma(N11, u, N10);
        double q0 = Math.fma(p1, u2, p0);
        double q1 = Math.fma(p3, u2, p2);
        double q2 = Math.fma(p5, u2, p4);
        double e = Math.fma(q2, u4 * u4, Math.fma(q1, u4, q0));
        e *= e;
        e *= e;
        e *= e;
        e *= e;
        e *= e;
        return e * e;
    }

    /**
     * e<sup>z</sup> for |z| ≤ 36, relative error below 1e−13; callers clamp arguments outside that range.
     *
     * @param z the argument, |z| ≤ 36
     * @return exp(z)
     */
    static double exp(double z) {
        // r = z/64 in [-0.5625, 0.5625]; series to r^14 (truncation < 2e-16 relative), then six squarings.
        double r = z * (1.0 / 64.0);
        double r2 = r * r;
        double r4 = r2 * r2;
        double p0 = r + 1.0;
        double p1 = Math.fma(F3, r, F2);
        double p2 = Math.fma(F5, r, F4);
        double p3 = Math.fma(F7, r, F6);
        double p4 = Math.fma(F9, r, F8);
        double p5 = Math.fma(F11, r, F10);
        double p6 = Math.fma(F13, r, F12);
        double q0 = Math.fma(p1, r2, p0);
        double q1 = Math.fma(p3, r2, p2);
        double q2 = Math.fma(p5, r2, p4);
        double q3 = Math.fma(F14, r2, p6);
        double e = Math.fma(Math.fma(q3, r4, q2), r4 * r4, Math.fma(q1, r4, q0));
        e *= e;
        e *= e;
        e *= e;
        e *= e;
        e *= e;
        return e * e;
    }

    /**
     * e<sup>z</sup> for |z| ≤ 1, relative error a few ulp.
     *
     * @param z the argument, |z| ≤ 1
     * @return exp(z)
     */
    static double expSmall(double z) {
        // r = z/4 in [-0.25, 0.25]; series to r^11 (truncation < 2e-16 relative), then two squarings.
        double r = z * 0.25;
        double r2 = r * r;
        double r4 = r2 * r2;
        double p0 = r + 1.0;
        double p1 = Math.fma(F3, r, F2);
        double p2 = Math.fma(F5, r, F4);
        double p3 = Math.fma(F7, r, F6);
        double p4 = Math.fma(F9, r, F8);
        double p5 = Math.fma(F11, r, F10);
        double q0 = Math.fma(p1, r2, p0);
        double q1 = Math.fma(p3, r2, p2);
        double q2 = Math.fma(p5, r2, p4);
        double e = Math.fma(q2, r4 * r4, Math.fma(q1, r4, q0));
        e *= e;
        return e * e;
    }
}
