package org.brainj.models.zoo.channels;

import java.util.Arrays;

import org.brainj.api.model.ParameterSpec;

/**
 * Calcium with dynamics, BrainPy's {@code CalciumDyna}: [Ca] is an ODE variable advanced by exponential Euler, and
 * E_Ca = (RT/(2F)) ln(C0/[Ca]) follows it (Nernst, C0 the extracellular concentration).
 */
abstract class CalciumDynamics extends CalciumIon {

    static final ParameterSpec T = ParameterSpec.any("T", "celsius", 36.0, "temperature");
    static final ParameterSpec C0 = ParameterSpec.positive("C0", "mM", 2.0, "extracellular calcium concentration");
    static final ParameterSpec C_INIT = ParameterSpec.positive("C_initializer", "mM", 2.4e-4,
            "initial intracellular calcium concentration");

    private final double outside;
    private final double initial;
    /** RT/(2F) [mV]. */
    private final double nernstFactor;

    CalciumDynamics(int size, double celsius, double outside, double initial) {
        super(size);
        this.outside = outside;
        this.initial = initial;
        this.nernstFactor = Reversal.R * (273.15 + celsius) / (2.0 * Reversal.F);
    }

    @Override
    public final boolean dynamic() {
        return true;
    }

    @Override
    public final void reset() {
        Arrays.fill(c, initial);
        updateReversal();
    }

    /**
     * @param i the neuron
     * @param iCa its calcium current (membrane convention) [µA/cm²]
     * @return the [Ca] that the current and the removal would reach if held [mM]
     */
    abstract double target(int i, double iCa);

    /** @return the removal rate [1/ms] */
    abstract double removal();

    @Override
    public final void advance(double[] iCa, double dt, int from, int to) {
        final double decay = Math.exp(-dt * removal());
        for (int i = from; i < to; i++) {
            double inf = target(i, iCa[i]);
            double ci = inf + (c[i] - inf) * decay;
            c[i] = ci;
            e[i] = nernstFactor * Math.log(outside / ci);
        }
    }

    @Override
    public final double derivative(int i, double iCa) {
        return removal() * (target(i, iCa) - c[i]);
    }

    @Override
    public final void updateReversal() {
        for (int i = 0; i < size; i++) {
            e[i] = nernstFactor * Math.log(outside / c[i]);
        }
    }
}
