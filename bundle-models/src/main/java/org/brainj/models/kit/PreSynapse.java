package org.brainj.models.kit;

import org.brainj.api.core.StepContext;

/**
 * Presynaptically shaped synapse state shared by the align-pre projections that leave one population with the same
 * synapse model and delay (BrainPy's merging in {@code FullProjAlignPreDSMg}): updated once per step, by whichever of
 * them runs first.
 */
public final class PreSynapse {

    private final SynapseDynamics dynamics;
    private long updatedAt = Long.MIN_VALUE;

    /** @param dynamics pre-shaped synapse dynamics */
    public PreSynapse(SynapseDynamics dynamics) {
        this.dynamics = dynamics;
    }

    /** @return the dynamics */
    public SynapseDynamics dynamics() {
        return dynamics;
    }

    void advance(StepContext ctx, int[] fired, int count) {
        if (updatedAt == ctx.step()) {
            return;
        }
        dynamics.onSpikes(ctx, fired, count);
        dynamics.integrate(ctx, 0, dynamics.size());
        updatedAt = ctx.step();
    }

    void reset() {
        updatedAt = Long.MIN_VALUE;
        dynamics.reset();
    }
}
