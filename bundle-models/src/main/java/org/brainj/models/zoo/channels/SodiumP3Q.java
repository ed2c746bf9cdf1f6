package org.brainj.models.zoo.channels;

/**
 * Sodium currents I = g_max p³q (E − V) with first-order gates p (activation) and q (inactivation), BrainPy's
 * {@code _INa_p3q_markov}: the conductance, the ion and the shift V_sh of the rate functions are common to
 * {@link INa_HH1952}, {@link INa_TM1991} and {@link INa_Ba2002}, which differ only in α and β.
 */
abstract class SodiumP3Q extends MarkovChannel {

    /** V_sh [mV], the shift of the rate functions along V. */
    final double vSh;

    /**
     * @param model the BrainPy name
     * @param size  number of neurons
     * @param gMax  maximal conductance [mS/cm²]
     * @param e     reversal potential [mV]
     * @param phi   the temperature factor of both gates
     * @param vSh   the shift of the rate functions [mV]
     */
    SodiumP3Q(String model, int size, double gMax, double e, double phi, double vSh) {
        super(model, size, gMax, e, new double[] {phi, phi}, "p", "q");
        this.vSh = vSh;
    }

    @Override
    public final Ion ion() {
        return Ion.SODIUM;
    }

    @Override
    protected final double conductance(int i, double ca) {
        double p = gates[0][i];
        return gMax * p * p * p * gates[1][i];
    }
}
