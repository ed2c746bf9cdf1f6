package org.brainj.models.zoo.channels;

/**
 * Delayed-rectifier potassium currents I = g_max p⁴ (E − V) with one first-order gate p, BrainPy's
 * {@code _IK_p4_markov}: the conductance, the ion and the shift V_sh are common to {@link IK_HH1952},
 * {@link IK_TM1991} and {@link IKDR_Ba2002}, which differ only in α and β.
 */
abstract class PotassiumP4 extends MarkovChannel {

    /** V_sh [mV], the shift of the rate functions along V. */
    final double vSh;

    /**
     * @param model the BrainPy name
     * @param size  number of neurons
     * @param gMax  maximal conductance [mS/cm²]
     * @param e     reversal potential [mV]
     * @param phi   the temperature factor of the gate
     * @param vSh   the shift of the rate functions [mV]
     */
    PotassiumP4(String model, int size, double gMax, double e, double phi, double vSh) {
        super(model, size, gMax, e, new double[] {phi}, "p");
        this.vSh = vSh;
    }

    @Override
    public final Ion ion() {
        return Ion.POTASSIUM;
    }

    @Override
    protected final double conductance(int i, double ca) {
        double p = gates[0][i];
        double p2 = p * p;
        return gMax * p2 * p2;
    }
}
