package org.brainj.trainers.internal.snn;

/**
 * An exponential synapse, τ dg/dt = −g with a jump of the input at each step (the input is the weighted spike
 * count arriving this step): {@code g ← g e^{−dt/τ} + input}; the output is g (the synaptic current).
 */
public final class ExponentialSynapse extends LinearFilter {

    /**
     * @param name block name
     * @param size synapses (postsynaptic neurons)
     * @param tau  decay time constant [ms], &gt; 0
     * @param dt   time step [ms], &gt; 0
     */
    public ExponentialSynapse(String name, int size, double tau, double dt) {
        super(name, size, tau, dt, "g", false);
    }
}
