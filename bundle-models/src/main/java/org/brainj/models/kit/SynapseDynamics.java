package org.brainj.models.kit;

import java.util.List;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;

/**
 * The dynamics of a synapse population (Expon, DualExpon, Alpha, NMDA, AMPA, ...), structure-of-arrays, sized by the
 * side it is aligned to: the postsynaptic population (align-post: weighted spikes arrive through the connectivity)
 * or the presynaptic one (align-pre: each presynaptic spike arrives once, the value then goes through the
 * connectivity).
 *
 * <p>Per step: arrivals first ({@link #arrivals()} or {@link #onSpikes}), then {@link #integrate} over index slices,
 * then {@link #value()} is read by the output or the connectivity. As in BrainPy, a spike arriving in a step is
 * integrated once before it acts.
 */
public abstract class SynapseDynamics implements DynamicalSystem {

    /** Number of members. */
    protected final int size;

    /** @param size number of members, ≥ 1 */
    protected SynapseDynamics(int size) {
        this.size = size;
    }

    /** @return the number of members */
    public final int size() {
        return size;
    }

    /** @return the model's name (e.g. {@code Expon}) */
    public abstract String model();

    /**
     * @return a key equal for two instances with the same model and parameters, so projections onto one population can
     *     share one state (BrainPy's merging by descriptor identity)
     */
    public abstract String identity();

    /**
     * @return the buffer weighted spikes are added to in align-post projections (e.g. g for Expon, h for
     *     DualExpon), or null when the model only takes presynaptic spikes ({@link #onSpikes})
     */
    public abstract double[] arrivals();

    /**
     * Align-pre arrival: member {@code fired[k]} received a spike this step. The default adds 1 to
     * {@link #arrivals()}.
     *
     * @param ctx   the step context
     * @param fired indices of spiking members
     * @param count how many
     */
    public void onSpikes(StepContext ctx, int[] fired, int count) {
        double[] a = arrivals();
        for (int k = 0; k < count; k++) {
            a[fired[k]] += 1.0;
        }
    }

    /**
     * Advances members [from, to) by one step.
     *
     * @param ctx  the step context
     * @param from first member, inclusive
     * @param to   last member, exclusive
     */
    public abstract void integrate(StepContext ctx, int from, int to);

    /**
     * Integrates members [from, to) and applies the output in one pass, when this model knows a fused loop for that
     * output (saves a pass over the arrays in the hottest part of a step). The default knows none.
     *
     * @param ctx    the step context
     * @param output the output to apply
     * @param v      membrane potential [mV]
     * @param input  the neuron's input (modified)
     * @param from   first member
     * @param to     last member, exclusive
     * @return true when done, false to fall back to {@link #integrate} then {@link SynapticOutput#apply}
     */
    public boolean integrateAndApply(StepContext ctx, SynapticOutput output, double[] v, double[] input, int from,
                                     int to) {
        return false;
    }

    /** @return what acts on the postsynaptic side: the conductance (or current, or open fraction), live */
    public abstract double[] value();

    /** @return the state variables, live */
    public abstract List<StateVariable> state();

    @Override
    public void update(StepContext ctx) {
        integrate(ctx, 0, size);
    }

    @Override
    public String toString() {
        return identity() + " (" + size + ")";
    }
}
