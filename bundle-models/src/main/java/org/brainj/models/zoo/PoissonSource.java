package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.models.kit.NeuronGroup;

/**
 * A Bernoulli approximation of Poisson spike trains shared by {@link PoissonGroup} and {@link PoissonStim}: in every
 * step member i fires iff u &lt; p, the subclass's spike probability for that step, with u the high (i even) or low
 * (i odd) 32 bits of {@code random().nextLong(stream, i / 2, step, 1)} taken as (bits + ½)·2<sup>−32</sup>. The draws depend only on the seed, the population's stream and (i, step), never on thread count or
 * slicing. A spike source: it takes no synaptic input.
 */
abstract class PoissonSource extends NeuronGroup {

    private static final double TWO_POW_MINUS_32 = 0x1.0p-32;

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
        // One 64-bit draw serves two members (32 bits each, ample for a spike probability), halving the Philox
        // work that dominates a Poisson population: members 2k and 2k+1 share draw (stream, k, step, 1).
        long bits = 0L;
        for (int i = from; i < to; i++) {
            if ((i & 1) == 0 || i == from) {
                bits = rnd.nextLong(stream, i >>> 1, step, 1);
            }
            long word = (i & 1) == 0 ? bits >>> 32 : bits & 0xFFFFFFFFL;
            boolean f = (word + 0.5) * TWO_POW_MINUS_32 < p;
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
