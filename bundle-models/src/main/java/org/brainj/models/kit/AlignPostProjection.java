package org.brainj.models.kit;

import org.brainj.api.core.StepContext;

/**
 * pre → delay → connectivity → synapse → output → post, the synaptic state post-shaped and shared by every projection
 * onto the same population with the same synapse and output (BrainPy's {@code FullProjAlignPostMg}).
 */
public final class AlignPostProjection extends Projection {

    private final PostSynapse synapse;

    /**
     * @param name       unique name
     * @param pre        presynaptic population (or range of it)
     * @param synapse    the post population's (possibly merged) synaptic input
     * @param post       postsynaptic population (or range of it); its population owns {@code synapse}
     * @param comm       connectivity
     * @param delaySteps delay [steps]
     */
    public AlignPostProjection(String name, GroupRange pre, GroupRange post, PostSynapse synapse,
                               Communication comm, int delaySteps) {
        super(name, pre, post, comm, delaySteps);
        this.synapse = synapse;
    }

    /** @return the synaptic input it feeds */
    public PostSynapse synapse() {
        return synapse;
    }

    @Override
    protected double[] rangedTarget() {
        return synapse.target();
    }

    @Override
    protected void deliver(StepContext ctx, int[] fired, int count) {
        double[] target = synapse.target();
        communication().events(ctx.step(), fired, count, deliveryTarget(target));
        finishDelivery(target);
    }
}
