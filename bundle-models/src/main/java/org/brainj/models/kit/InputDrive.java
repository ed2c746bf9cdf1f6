package org.brainj.models.kit;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.StepContext;

/**
 * An external drive applied at the start of each step, before projections: a current into a population's input
 * (constant, section, ramp, sinusoid, Ornstein–Uhlenbeck, Wiener) or spikes into a synapse (Poisson input).
 */
public abstract class InputDrive implements DynamicalSystem {

    private NeuronGroup target;
    private int membersFrom;
    private int membersTo = Integer.MAX_VALUE;

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
     * Restricts the drive to the target's members [from, to): one rank of a partitioned run computes only its own
     * slice ({@link NetworkPartition}). A drive's values for a member must not depend on which other members it
     * computes (random draws keyed by the member's index), so that a member's input is the one-process run's.
     *
     * @param from first member
     * @param to   last member, exclusive
     */
    final void restrictTo(int from, int to) {
        this.membersFrom = from;
        this.membersTo = to;
    }

    /** @return the first member this drive computes: 0, or the start of a partitioned run's slice */
    protected final int membersFrom() {
        return membersFrom;
    }

    /**
     * @param size the target's size
     * @return the member after the last this drive computes: {@code size}, or the end of a partitioned run's slice
     */
    protected final int membersTo(int size) {
        return Math.min(membersTo, size);
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
