package org.brainj.models.kit;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.StepContext;

/**
 * An external drive applied at the start of each step, before projections: a current into a population's input
 * (constant, section, ramp, sinusoid, Ornstein–Uhlenbeck, Wiener) or spikes into a synapse (Poisson input).
 */
public abstract class InputDrive implements DynamicalSystem {

    private NeuronGroup target;

    /**
     * Binds the drive to the population it acts on; called once when the network is assembled.
     *
     * @param group the target population
     */
    public void bind(NeuronGroup group) {
        this.target = group;
    }

    /** @return the target population */
    public final NeuronGroup target() {
        return target;
    }

    /**
     * @return true when this drive writes into its target's {@link NeuronGroup#input()} (current drives); false for
     *     drives that act elsewhere (a Poisson input into a synapse), so the population may skip its input buffer
     */
    public boolean writesInput() {
        return true;
    }

    /** @return the model's name */
    public abstract String model();

    @Override
    public abstract void update(StepContext ctx);

    @Override
    public void reset() {
    }

    @Override
    public String toString() {
        return model() + " -> " + (target == null ? "?" : target.name());
    }
}
