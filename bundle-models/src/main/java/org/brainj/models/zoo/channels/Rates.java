package org.brainj.models.zoo.channels;

/** Numerics shared by the rate functions of the channels. */
final class Rates {

    private Rates() {
    }

    /**
     * x / (e<sup>x</sup> − 1) with its removable singularity at 0 filled (value 1): BrainPy's {@code 1/exprel}, so
     * rates of the form a·u / (1 − e<sup>−u/k</sup>) stay finite at u = 0.
     *
     * @param x the argument
     * @return x / expm1(x), or its limit
     */
    static double xOverExpm1(double x) {
        if (Math.abs(x) < 1e-10) {
            return 1.0 - 0.5 * x;
        }
        double d = Math.expm1(x);
        return Double.isInfinite(d) ? 0.0 : x / d;
    }

    /**
     * @param base   the Q10-like base of the temperature factor
     * @param t      temperature [°C]
     * @param tRef   the temperature the rates were measured at [°C]
     * @return φ = base<sup>(T − T_ref)/10</sup>
     */
    static double temperatureFactor(double base, double t, double tRef) {
        return Math.pow(base, (t - tRef) / 10.0);
    }
}
