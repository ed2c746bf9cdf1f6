package org.brainj.models.zoo.channels;

/**
 * Channels whose gates relax to a voltage-dependent steady state, dx/dt = φ(x<sub>∞</sub>(V) − x)/τ<sub>x</sub>(V)
 * (BrainPy's {@code _ss} families).
 */
abstract class SteadyStateChannel extends Channel {

    private final double[] phi;

    /**
     * @param model     the BrainPy name
     * @param size      number of neurons
     * @param gMax      maximal conductance [mS/cm²]
     * @param reversal  own E [mV], or NaN for the calcium ion's
     * @param phi       the temperature factor of each gate
     * @param gateNames the gates
     */
    SteadyStateChannel(String model, int size, double gMax, double reversal, double[] phi, String... gateNames) {
        super(model, size, gMax, reversal, gateNames);
        this.phi = phi.clone();
    }

    /**
     * @param gate the gate
     * @param v    the potential [mV]
     * @return x<sub>∞</sub>(V)
     */
    abstract double steady(int gate, double v);

    /**
     * @param gate the gate
     * @param v    the potential [mV]
     * @return τ<sub>x</sub>(V) [ms] before the temperature factor
     */
    abstract double tau(int gate, double v);

    @Override
    protected final double inf(int gate, int i, double v, double ca) {
        return steady(gate, v);
    }

    @Override
    protected final double rate(int gate, int i, double v, double ca) {
        return phi[gate] / tau(gate, v);
    }
}
