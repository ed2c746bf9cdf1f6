package org.brainj.models.kit;

import org.brainj.api.core.StepContext;

/**
 * pre → delay → synapse (pre-shaped) → connectivity → output → post, for nonlinear synapses (NMDA, kinetic AMPA and
 * GABA_A, short-term plasticity) whose state cannot be summed on the postsynaptic side.
 */
public final class AlignPreProjection extends Projection {

    private final PreSynapse synapse;
    private final PostSynapse conductance;
    /** The columns delivered: all, or those reaching one rank's slice of a partitioned run. */
    private int columnsFrom;
    private int columnsTo = Integer.MAX_VALUE;

    /**
     * @param name        unique name
     * @param pre         presynaptic population
     * @param post        postsynaptic population
     * @param synapse     the shared pre-shaped synapse
     * @param conductance the post population's conductance buffer for this output
     * @param comm        connectivity (weights scale the synapse value)
     * @param delaySteps  delay [steps] between presynaptic spikes and the synapse
     */
    public AlignPreProjection(String name, GroupRange pre, GroupRange post, PreSynapse synapse,
                              PostSynapse conductance, Communication comm, int delaySteps) {
        super(name, pre, post, comm, delaySteps);
        this.synapse = synapse;
        this.conductance = conductance;
    }

    /**
     * Delivers only into the columns [from, to): one rank of a partitioned run, whose slice they reach. The shared
     * pre-shaped synapse is still advanced whole (every column reads every presynaptic value).
     */
    void restrictTo(int from, int to) {
        this.columnsFrom = from;
        this.columnsTo = to;
    }

    /** @return the shared pre-shaped synapse */
    public PreSynapse synapse() {
        return synapse;
    }

    @Override
    protected void deliver(StepContext ctx, int[] fired, int count) {
        synapse.advance(ctx, fired, count);
        Communication comm = communication();
        double[] target = deliveryTarget(conductance.target());
        if (comm instanceof AllToAll) {
            ((AllToAll) comm).values(synapse.sum(ctx.step()), synapse.dynamics().value(), target, columnsFrom,
                    Math.min(columnsTo, comm.cols()));
        } else {
            comm.values(synapse.dynamics().value(), target);
        }
        finishDelivery(conductance.target());
    }

    @Override
    public void reset() {
        super.reset();
        synapse.reset();
    }
}
