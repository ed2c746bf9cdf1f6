package org.brainj.models.kit;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.StepContext;

/**
 * How a synaptic conductance acts on the postsynaptic neuron (BrainPy's {@code COBA}, {@code CUBA}, {@code MgBlock}):
 * adds a current computed from the conductance and the membrane potential to the neuron's input. Stateless; a
 * {@link DynamicalSystem} only so that model factories can build it by name.
 */
public abstract class SynapticOutput implements DynamicalSystem {

    /** @return the model's name and parameters, equal for equal outputs (used when merging synapses) */
    public abstract String identity();

    /**
     * input[i] += I(g[i], v[i]) for i in [from, to).
     *
     * @param g     conductance (or current)
     * @param v     membrane potential [mV]
     * @param input the neuron's input (modified)
     * @param from  first member, inclusive
     * @param to    last member, exclusive
     */
    public abstract void apply(double[] g, double[] v, double[] input, int from, int to);

    @Override
    public final void update(StepContext ctx) {
    }

    @Override
    public final void reset() {
    }

    @Override
    public String toString() {
        return identity();
    }
}
