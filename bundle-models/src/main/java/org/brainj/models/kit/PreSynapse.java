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
    private long summedAt = Long.MIN_VALUE;
    private double sum;

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

    /**
     * The sum of the synapse values over the presynaptic population this step, computed once however many all-to-all
     * projections read it (Wang 2002's NMDA: each pool's sum feeds four projections).
     *
     * @param step the current step (the synapse has advanced to it)
     * @return Σ value[i]
     */
    double sum(long step) {
        if (summedAt != step) {
            double[] v = dynamics.value();
            double s = 0.0;
            for (double x : v) {
                s += x;
            }
            sum = s;
            summedAt = step;
        }
        return sum;
    }

    void reset() {
        updatedAt = Long.MIN_VALUE;
        summedAt = Long.MIN_VALUE;
        dynamics.reset();
    }
}
