package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.models.kit.NeuronGroup;

/**
 * A Bernoulli approximation of Poisson spike trains shared by {@link PoissonGroup} and {@link PoissonStim}: in every
 * step member i fires iff {@code random().uniform(stream, i, step) < p} with the subclass's spike probability p for
 * that step. The draws depend only on the seed, the population's stream and (i, step), never on thread count or
 * slicing. A spike source: it takes no synaptic input.
 */
abstract class PoissonSource extends NeuronGroup {

    PoissonSource(String name, int size) {
        super(name, size);
    }

    /**
     * @param ctx the step context
     * @return the spike probability per member for this step, rate·dt/1000
     */
    abstract double probability(StepContext ctx);

    @Override
    public final List<StateVariable> state() {
        return List.of();
    }

    @Override
    public final double[] potential() {
        return null;
    }

    @Override
    public final String inputUnit() {
        return "none";
    }

    @Override
    protected final int integrate(StepContext ctx, int from, int to) {
        final double p = probability(ctx);
        final long step = ctx.step();
        final boolean[] spk = this.spike;
        final int[] out = this.fired;
        if (!(p > 0.0)) {
            java.util.Arrays.fill(spk, from, to, false);
            return 0;
        }
        final org.brainj.api.random.CounterRandom rnd = random();
        final int stream = stream();
        int count = 0;
        for (int i = from; i < to; i++) {
            boolean f = rnd.uniform(stream, i, step) < p;
            spk[i] = f;
            out[from + count] = i;
            count += f ? 1 : 0;
        }
        return count;
    }

    @Override
    protected void resetState() {
    }
}
