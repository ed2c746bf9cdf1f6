package org.brainj.models.zoo.channels;

/**
 * Channels whose gates follow first-order kinetics, dx/dt = φ(α(V)(1 − x) − β(V)x) (BrainPy's {@code _markov}
 * families): x<sub>∞</sub> = α/(α + β), rate φ(α + β).
 */
abstract class MarkovChannel extends Channel {

    private final double[] phi;

    /**
     * @param model     the BrainPy name
     * @param size      number of neurons
     * @param gMax      maximal conductance [mS/cm²]
     * @param reversal  own E [mV], or NaN for the calcium ion's
     * @param phi       the temperature factor of each gate
     * @param gateNames the gates
     */
    MarkovChannel(String model, int size, double gMax, double reversal, double[] phi, String... gateNames) {
        super(model, size, gMax, reversal, gateNames);
        this.phi = phi.clone();
    }

    /**
     * @param gate the gate
     * @param v    the potential [mV]
     * @return the opening rate α [1/ms]
     */
    abstract double alpha(int gate, double v);

    /**
     * @param gate the gate
     * @param v    the potential [mV]
     * @return the closing rate β [1/ms]
     */
    abstract double beta(int gate, double v);

    @Override
    protected final double inf(int gate, int i, double v, double ca) {
        double a = alpha(gate, v);
        return a / (a + beta(gate, v));
    }

    @Override
    protected final double rate(int gate, int i, double v, double ca) {
        return phi[gate] * (alpha(gate, v) + beta(gate, v));
    }

    @Override
    protected final double relax(int gate, int i, double v, double ca, double dt) {
        double a = alpha(gate, v);
        double s = a + beta(gate, v);
        double inf = a / s;
        return inf + (gates[gate][i] - inf) * Math.exp(-dt * (phi[gate] * s));
    }
}
