package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.random.CounterRandom;
import org.brainj.models.kit.InputDrive;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.kit.PostSynapse;
import org.brainj.models.kit.RandomDrive;

/**
 * {@code num_input} independent Poisson inputs at {@code freq} Hz onto every member of the target through an
 * exponential conductance, BrainPy's (and Brian2's) {@code PoissonInput}: each step adds weight·K to member i's
 * conductance, K ~ Binomial(num_input, p = freq·dt/1000) being how many of its inputs fired. On {@link #bind} it
 * attaches {@code Expon(tau) → COBA(E)} to the target, merged with an identical synapse already there (the
 * decision-making network's background, 1000 inputs at 2.4 Hz with 2.1 nS, shares the recurrent AMPA conductance).
 *
 * <p>Draws, all keyed by (stream, member, step), so they do not depend on thread count:
 * <ul>
 *   <li>When most steps bring no input spike (P(K = 0) = (1 − p)^n ≥ 1/2, the usual case: 1000 inputs at 2.4 Hz and
 *   dt = 0.1 ms give 0.79), each member skips ahead: the number of empty steps before its next nonzero count is
 *   geometric, drawn by inversion from one uniform, and that count is drawn from the binomial law conditioned on
 *   K ≥ 1 by inversion from another; both come from the two 32-bit halves of one draw
 *   {@code random.nextLong(stream, i, step, 0)}. The counts are then i.i.d. Binomial(n, p) per step (to the 2⁻³²
 *   resolution of the uniforms), with one draw per nonzero count instead of one per step (a draw costs about 20 ns). A run must start with {@link #reset()} (the network resets its drives).</li>
 *   <li>Otherwise every step draws K by inversion of the binomial distribution from one uniform
 *   {@code random.uniform(stream, i, step)} (exact), using the complement for p &gt; 1/2.</li>
 *   <li>When the expected count n·min(p, 1 − p) exceeds 30, from the normal approximation round(np + √(np(1−p))·z),
 *   z = {@code random.normal(stream, i, step)}, clipped to [0, n]: mean and variance right to within the rounding's
 *   1/12, the skewness 1/√(np(1−p)) &lt; 0.19 of the binomial lost (no realistic drive gets there).</li>
 * </ul>
 */
public final class PoissonInput extends InputDrive implements RandomDrive {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "PoissonInput";

    static final ParameterSpec NUM_INPUT = new ParameterSpec("num_input", "1", 1.0, 0.0, Integer.MAX_VALUE, false,
            "number of independent Poisson inputs per member (an integer)");
    static final ParameterSpec FREQ = ParameterSpec.nonNegative("freq", "Hz", 0.0, "rate of each input");
    static final ParameterSpec WEIGHT = ParameterSpec.any("weight", "1", 1.0,
            "conductance added per input spike (nS for neurons with pA input)");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 2.0, "decay time constant of the conductance");
    static final ParameterSpec E = ParameterSpec.any("E", "mV", 0.0, "reversal potential");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(NUM_INPUT, FREQ, WEIGHT, TAU, E);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.INPUT,
            "num_input Poisson inputs at freq Hz per member: g += weight * Binomial(num_input, freq dt/1000) each "
                    + "step, through Expon(tau) -> COBA(E) (BrainPy PoissonInput)",
            PARAMETERS);

    /** Above this expected count the normal approximation replaces the inversion. */
    static final double NORMAL_ABOVE = 30.0;

    private final int numInput;
    private final double freq;
    private final double weight;
    private final double tau;
    private final double e;

    private CounterRandom random = new CounterRandom(0L);
    private int stream;
    private double[] conductance;
    private PostSynapse synapse;

    /** Per member, the step of its next nonzero count ({@link #UNDRAWN}: not drawn yet), when skipping ahead. */
    private long[] next = new long[0];
    private static final long UNDRAWN = Long.MIN_VALUE;

    private double cachedDt = Double.NaN;
    private boolean skip;
    private double logP0;
    private double p1;
    private double tail;
    private boolean flip;
    private double q;
    private double p0;
    private double odds;
    private boolean normal;
    private double mean;
    private double sd;

    /**
     * @param numInput inputs per member, ≥ 0
     * @param freq     rate of each input [Hz], ≥ 0
     * @param weight   conductance per input spike
     * @param tau      decay time constant [ms], &gt; 0
     * @param e        reversal potential [mV]
     */
    public PoissonInput(int numInput, double freq, double weight, double tau, double e) {
        this.numInput = (int) NUM_INPUT.validate(numInput);
        this.freq = FREQ.validate(freq);
        this.weight = WEIGHT.validate(weight);
        this.tau = TAU.validate(tau);
        this.e = E.validate(e);
    }

    /**
     * @param params {@code num_input}, {@code freq}, {@code weight}, {@code tau}, {@code E}
     * @return the input
     * @throws ParameterException for an unknown or out-of-range parameter, or a fractional num_input
     */
    public static PoissonInput create(Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        double n = params.get(NUM_INPUT);
        if (n != Math.rint(n)) {
            throw new ParameterException(NUM_INPUT.name(), String.valueOf(n), "must be a whole number");
        }
        return new PoissonInput((int) n, params.get(FREQ), params.get(WEIGHT), params.get(TAU), params.get(E));
    }

    /**
     * Attaches the conductance {@code Expon(tau) → COBA(E)} to the target (or finds the identical one there).
     *
     * @param group the target population; must take synaptic input
     * @throws org.brainj.api.core.ModelException when the target is a spike source
     */
    @Override
    public void bind(NeuronGroup group) {
        super.bind(group);
        synapse = group.attach(PostSynapse.of(new Expon(group.size(), tau), new Coba(e)));
        conductance = synapse.target();
        next = new long[group.size()];
        reset();
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(next, UNDRAWN);
    }

    @Override
    public void bindRandom(CounterRandom random, int stream) {
        this.random = random;
        this.stream = stream;
    }

    /** @return the synapse this input feeds (null before {@link #bind}) */
    public PostSynapse synapse() {
        return synapse;
    }

    @Override
    public String model() {
        return MODEL;
    }

    private void prepare(double dt) {
        if (dt == cachedDt) {
            return;
        }
        double p = Math.min(1.0, freq * dt / 1000.0);
        flip = p > 0.5;
        q = flip ? 1.0 - p : p;
        double n = numInput;
        mean = n * q;
        normal = mean > NORMAL_ABOVE;
        sd = Math.sqrt(n * q * (1.0 - q));
        p0 = Math.exp(n * Math.log1p(-q));
        odds = q / (1.0 - q);
        // Skipping ahead pays when most steps are empty; p (not q) decides: with p > 1/2 no step is empty.
        skip = !flip && !normal && q > 0.0 && p0 >= 0.5;
        logP0 = n * Math.log1p(-q);
        p1 = p0 * n * odds;
        tail = -Math.expm1(logP0);
        // Gaps drawn for another dt follow another law: draw them again.
        java.util.Arrays.fill(next, UNDRAWN);
        cachedDt = dt;
    }

    /**
     * A direct draw of how many of member i's inputs fire in a step (what {@link #update} uses when steps are rarely
     * empty; otherwise it skips ahead with the same law).
     *
     * @param index the member
     * @param step  the step
     * @param dt    the step size [ms]
     * @return a Binomial(num_input, freq·dt/1000) draw
     */
    public int count(int index, long step, double dt) {
        prepare(dt);
        return draw(index, step);
    }

    private int draw(int index, long step) {
        final int n = numInput;
        int k;
        if (q == 0.0) {
            k = 0;
        } else if (normal) {
            long r = Math.round(mean + sd * random.normal(stream, index, step, 0));
            k = (int) Math.max(0L, Math.min(n, r));
        } else {
            double u = random.uniform(stream, index, step, 0);
            double pk = p0;
            double cdf = pk;
            k = 0;
            while (u >= cdf && k < n) {
                pk *= (n - k) / (k + 1.0) * odds;
                k++;
                cdf += pk;
            }
        }
        return flip ? n - k : k;
    }

    @Override
    public void update(StepContext ctx) {
        prepare(ctx.dt());
        if ((q == 0.0 && !flip) || numInput == 0) {
            return;
        }
        final long step = ctx.step();
        final double w = weight;
        final double[] g = conductance;
        if (skip) {
            final long[] next = this.next;
            for (int i = membersFrom(), to = membersTo(g.length); i < to; i++) {
                long at = next[i];
                if (at < step) {
                    // Not drawn yet (first step of a run) or a step was missed: the first count from here on.
                    at = step + gap(random.uniform(stream, i, step, 2));
                }
                if (at == step) {
                    // One 64-bit draw gives both uniforms (32 bits each): the count and the gap to the next one.
                    long bits = random.nextLong(stream, i, step, 0);
                    g[i] += w * positiveCount(PoissonSource.uniform32(bits, true));
                    at = step + 1 + gap(PoissonSource.uniform32(bits, false));
                }
                next[i] = at;
            }
            return;
        }
        for (int i = membersFrom(), to = membersTo(g.length); i < to; i++) {
            int k = draw(i, step);
            if (k != 0) {
                g[i] += w * k;
            }
        }
    }

    /** Empty steps before the next nonzero count: geometric, P(j) = p0^j (1 − p0), by inversion of u in [0, 1). */
    private long gap(double uniform) {
        double u = 1.0 - uniform;
        double j = Math.floor(Math.log(u) / logP0);
        return j < 1e15 ? (long) j : (long) 1e15;
    }

    /** K given K ≥ 1, by inversion of the tail of the binomial distribution from u in (0, 1). */
    private int positiveCount(double uniform) {
        final int n = numInput;
        double r = uniform * tail;
        double pk = p1;
        double cdf = pk;
        int k = 1;
        while (r >= cdf && k < n) {
            pk *= (n - k) / (k + 1.0) * odds;
            k++;
            cdf += pk;
        }
        return k;
    }

    @Override
    public String toString() {
        return MODEL + "(" + numInput + " x " + freq + " Hz, w = " + weight + ") -> "
                + (target() == null ? "?" : target().name());
    }
}
