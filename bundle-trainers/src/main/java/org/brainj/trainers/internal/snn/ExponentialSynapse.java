package org.brainj.trainers.internal.snn;

import org.brainj.trainers.internal.autodiff.Tape;

/**
 * An exponential synapse, τ dg/dt = −g with a jump of the input at each step (the input is the weighted spike
 * count arriving this step): {@code g ← g e^{−dt/τ} + input}; the output is g (the synaptic current).
 */
public final class ExponentialSynapse extends Block {

    private final double decay;

    /**
     * @param name block name
     * @param size synapses (postsynaptic neurons)
     * @param tau  decay time constant [ms], &gt; 0
     * @param dt   time step [ms], &gt; 0
     */
    public ExponentialSynapse(String name, int size, double tau, double dt) {
        super(name, size, size);
        this.decay = Math.exp(-Layers.positive(name, "dt", dt) / Layers.positive(name, "tau", tau));
    }

    @Override
    public double[][] parameters() {
        return new double[0][];
    }

    @Override
    public String[] parameterNames() {
        return new String[0];
    }

    @Override
    public int[][] parameterShapes() {
        return new int[0][];
    }

    @Override
    public String[] stateNames() {
        return new String[] {"g"};
    }

    @Override
    public int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input) {
        state[sBase] = tape.combine(state[sBase], input, decay, 1.0);
        return state[sBase];
    }
}
