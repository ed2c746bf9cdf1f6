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
        return sample(random(), stream(), step, from, to, p, null, 0.0, spk, out);
    }

    /**
     * The uniform in (0, 1) of one half of a 64-bit draw, as (bits + ½)·2<sup>−32</sup>: the 32-bit uniforms the
     * Poisson sources, the Poisson encoder and {@link PoissonInput} take two at a time from one Philox draw.
     *
     * @param bits  a 64-bit draw
     * @param upper the upper 32 bits (true) or the lower (false)
     * @return the uniform
     */
    static double uniform32(long bits, boolean upper) {
        long word = upper ? bits >>> 32 : bits & 0xFFFFFFFFL;
        return (word + 0.5) * TWO_POW_MINUS_32;
    }

    /**
     * Bernoulli spikes of members [from, to): member i fires iff its uniform is below its probability, p for all or
     * {@code probs[i]·scale} when {@code probs} is given. One 64-bit draw serves two members (32 bits each, ample
     * for a spike probability), halving the Philox work that dominates a Poisson population: members 2k and 2k + 1
     * share draw (stream, k, step, 1), upper half for the even one.
     *
     * @param rnd    the run's generator
     * @param stream the population's stream
     * @param step   the step
     * @param from   first member
     * @param to     last member, exclusive
     * @param p      the probability of every member (when {@code probs} is null)
     * @param probs  per-member values, or null
     * @param scale  factor from {@code probs} to a probability per step
     * @param spk    spike flags (modified in [from, to))
     * @param out    fired indices, written from {@code from} on
     * @return how many fired
     */
    static int sample(org.brainj.api.random.CounterRandom rnd, int stream, long step, int from, int to, double p,
                      double[] probs, double scale, boolean[] spk, int[] out) {
        int count = 0;
        long bits = 0L;
        for (int i = from; i < to; i++) {
            if ((i & 1) == 0 || i == from) {
                bits = rnd.nextLong(stream, i >>> 1, step, 1);
            }
            double pi = probs == null ? p : probs[i] * scale;
            boolean f = uniform32(bits, (i & 1) == 0) < pi;
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
