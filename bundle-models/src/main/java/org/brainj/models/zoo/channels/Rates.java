package org.brainj.models.zoo.channels;

/** Numerics shared by the rate functions of the channels. */
final class Rates {

    private Rates() {
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
