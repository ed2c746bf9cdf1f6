package org.brainj.models.kit;

import org.brainj.api.core.StepContext;

/**
 * pre → delay → synapse (pre-shaped) → connectivity → output → post, for nonlinear synapses (NMDA, kinetic AMPA and
 * GABA_A, short-term plasticity) whose state cannot be summed on the postsynaptic side.
 */
public final class AlignPreProjection extends Projection {

    private final PreSynapse synapse;
    private final PostSynapse conductance;

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
            ((AllToAll) comm).values(synapse.sum(ctx.step()), synapse.dynamics().value(), target);
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
