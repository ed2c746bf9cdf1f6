package org.brainj.models.kit;

import org.brainj.api.core.StepContext;

/** pre → delay → connectivity → post: each spike makes the postsynaptic potential jump by the weight [mV]. */
public final class DeltaProjection extends Projection {

    /**
     * @param name       unique name
     * @param pre        presynaptic population
     * @param post       postsynaptic population
     * @param comm       connectivity, weights in mV
     * @param delaySteps delay [steps]
     */
    public DeltaProjection(String name, GroupRange pre, GroupRange post, Communication comm, int delaySteps) {
        super(name, pre, post, comm, delaySteps);
    }

    @Override
    protected double[] rangedTarget() {
        return post().deltaInput();
    }

    @Override
    protected void deliver(StepContext ctx, int[] fired, int count) {
        double[] target = post().deltaInput();
        communication().events(ctx.step(), fired, count, deliveryTarget(target));
        finishDelivery(target);
    }
}
