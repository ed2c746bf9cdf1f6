package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.model.ParameterSpec;

/**
 * The intracellular calcium of a population, BrainPy's {@code Calcium} ion: a concentration [Ca] (mM) and a reversal
 * potential E_Ca (mV) per neuron, read by calcium channels (E) and calcium-dependent channels ([Ca]). Fixed
 * ({@link CalciumFixed}) or driven by the calcium current ({@link CalciumDetailed}, {@link CalciumFirstOrder}, whose
 * E follows [Ca] by the Nernst equation).
 *
 * <p>The calcium current handed to {@link #advance} is in the membrane convention, I_Ca = Σ g(V − E_Ca), negative
 * when calcium flows in, so influx is −I_Ca (as in the published equations).
 */
public abstract class CalciumIon {

    /** Number of neurons. */
    protected final int size;
    /** [Ca]_i per neuron [mM]. */
    protected final double[] c;
    /** E_Ca per neuron [mV]. */
    protected final double[] e;

    /** @param size number of neurons, ≥ 1 */
    protected CalciumIon(int size) {
        if (size < 1) {
            throw new org.brainj.api.core.ParameterException("calcium.size", String.valueOf(size), "must be >= 1");
        }
        this.size = size;
        this.c = new double[size];
        this.e = new double[size];
    }

    /** @return the BrainPy name of this ion model */
    public abstract String model();

    /** @return the number of neurons */
    public final int size() {
        return size;
    }

    /** @return [Ca]_i [mM], live */
    public final double[] concentration() {
        return c;
    }

    /** @return E_Ca [mV], live */
    public final double[] reversal() {
        return e;
    }

    /** @return true when [Ca] is an ODE variable */
    public abstract boolean dynamic();

    /** @return the state the population exposes: {@code C_Ca} [mM] and {@code E_Ca} [mV] */
    public final List<StateVariable> state() {
        return List.of(new StateVariable("C_Ca", "mM", c), new StateVariable("E_Ca", "mV", e));
    }

    /** Sets [Ca] and E_Ca to their initial values. */
    public abstract void reset();

    /**
     * Advances [Ca] of neurons [from, to) one step by exponential Euler, the calcium current held, then E_Ca.
     *
     * @param iCa  the calcium current of each neuron at the start of the step, Σ g(V − E_Ca) [µA/cm²]
     * @param dt   the step [ms]
     * @param from first neuron
     * @param to   last neuron, exclusive
     */
    public abstract void advance(double[] iCa, double dt, int from, int to);

    /**
     * @param i   the neuron
     * @param iCa its calcium current Σ g(V − E_Ca) [µA/cm²]
     * @return d[Ca]/dt [mM/ms] from the live [Ca] (0 for fixed calcium)
     */
    public abstract double derivative(int i, double iCa);

    /** Recomputes E_Ca of every neuron from its [Ca] (after a generic integrator moved [Ca]). */
    public abstract void updateReversal();

    /** @return the parameters of this ion model */
    public abstract List<ParameterSpec> parameters();

    @Override
    public String toString() {
        return model() + " (" + size + " neurons)";
    }
}
