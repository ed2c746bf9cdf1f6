package org.brainj.models.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.Population;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.Initializer;
import org.brainj.api.ops.RangeLoop;
import org.brainj.api.random.CounterRandom;

/**
 * A population of spiking units (neurons or spike sources) with structure-of-arrays state.
 *
 * <p>Per step, {@link #update(StepContext)} lets every attached {@link PostSynapse} integrate its conductance and add
 * its current into {@link #input()} (with the membrane potential of the previous step, BrainPy's non-LTC form), then
 * calls the model's {@link #integrate(StepContext, int, int)}, which advances the state, detects spikes and writes the
 * indices of the neurons that fired. Inputs are cleared after use. The work runs on index slices: serially, or on a
 * {@link RangeLoop} when the runner gives one, with the same result for any thread count.
 *
 * <p>The spikes of the last step are available both as flags ({@link #spikes()}) and as an ascending list of indices
 * ({@link #fired()}, {@link #firedCount()}), which event-driven operators consume.
 */
public abstract class NeuronGroup implements Population {

    /** Slices smaller than this are not worth a thread hand-off. */
    private static final int MIN_SLICE = 2048;

    private final String name;
    /** Number of members. */
    protected final int size;
    /** Currents delivered during this step, in the model's input unit; cleared after each update. */
    protected final double[] input;
    /** Potential jumps delivered during this step (delta projections) [mV]; cleared after each update. */
    protected final double[] delta;
    /** Spike flags of the last step. */
    protected final boolean[] spike;
    /** Indices of the members that fired in the last step, ascending, {@link #firedCount} of them. */
    protected final int[] fired;
    private int firedCount;

    private PostSynapse[] synapses = new PostSynapse[0];
    private final Map<String, Initializer> initializers = new LinkedHashMap<>();
    private CounterRandom random = new CounterRandom(0L);
    private int stream;

    private RangeLoop loop;
    private boolean inputUsed = true;
    private boolean deltaUsed = true;
    private boolean external;
    private final int[] sliceCounts = new int[64];
    private StepContext sliceContext;
    private final RangeLoop.Body sliceBody = this::runSlice;

    /**
     * @param name the population's name, unique within its network
     * @param size number of members, ≥ 1
     */
    protected NeuronGroup(String name, int size) {
        if (size < 1) {
            throw new org.brainj.api.core.ParameterException(name + ".size", String.valueOf(size), "must be >= 1");
        }
        this.name = name;
        this.size = size;
        this.input = new double[size];
        this.delta = new double[size];
        this.spike = new boolean[size];
        this.fired = new int[size];
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public final boolean[] spikes() {
        return spike;
    }

    /** @return the indices of the members that fired in the last step (live; valid up to {@link #firedCount()}) */
    public final int[] fired() {
        return fired;
    }

    /** @return how many members fired in the last step */
    public final int firedCount() {
        return firedCount;
    }

    /**
     * @param from first member, inclusive
     * @param to   last member, exclusive
     * @return the range [from, to) of this population, BrainPy's {@code pop[from:to]}, as a projection end
     */
    public final GroupRange range(int from, int to) {
        return new GroupRange(this, from, to);
    }

    /** @return the input current buffer, live: add to it before the update of a step */
    public final double[] input() {
        return input;
    }

    /** @return the potential-jump buffer [mV], live: delta projections add to it */
    public final double[] deltaInput() {
        return delta;
    }

    /**
     * @return the membrane potential each output reads [mV] (live), or null for spike sources that take no
     *     synaptic input
     */
    public abstract double[] potential();

    /** @return the unit of {@link #input()} (e.g. {@code mV} for R·I models with R = 1, {@code pA}, {@code uA/cm^2}) */
    public abstract String inputUnit();

    /**
     * Advances members [from, to) by one step: integrate, detect spikes, reset. Reads {@link #input} and
     * {@link #delta}; writes {@link #spike} for every member of the slice and the indices of those that fired into
     * {@link #fired} from position {@code from} on, ascending.
     *
     * @param ctx  the step context
     * @param from first member, inclusive
     * @param to   last member, exclusive
     * @return how many members of the slice fired
     */
    protected abstract int integrate(StepContext ctx, int from, int to);

    /**
     * One pass over members [from, to) that integrates the synapses, applies their outputs and advances the neurons,
     * for models that know such a loop for the synapses attached (the per-step arrays then travel through the cache
     * once instead of once per synapse). Must clear {@link #input} and {@link #delta} of the slice, like
     * {@link #clearsInputs()} models.
     *
     * @param ctx      the step context
     * @param synapses the attached synapses (the same array instance until one is attached)
     * @param from     first member
     * @param to       last member, exclusive
     * @return how many fired, or −1 when this model has no fused loop for these synapses
     */
    protected int integrateFused(StepContext ctx, PostSynapse[] synapses, int from, int to) {
        return -1;
    }

    /** Returns the model's own state to its initial values (before initializers are applied). */
    protected abstract void resetState();

    /**
     * @return true when {@link #integrate} itself zeroes {@link #input} and {@link #delta} of its slice as it reads
     *     them (saves two passes over the arrays); false to let the group clear them after the update
     */
    protected boolean clearsInputs() {
        return false;
    }

    /**
     * @return true when {@link #integrate} may run on several slices at once; false for models stepped as a whole
     *     (e.g. through a generic integrator)
     */
    protected boolean sliceable() {
        return true;
    }

    /**
     * Attaches a synaptic input that this group integrates and applies every step, or returns the one already attached
     * with the same {@link PostSynapse#identity()}: identical synapse and output models onto one population share one
     * state, as BrainPy merges them.
     *
     * @param synapse the synapse, sized to this group
     * @return the synapse now attached under that identity (the argument, or the identical one it was merged into)
     */
    public final PostSynapse attach(PostSynapse synapse) {
        for (PostSynapse s : synapses) {
            if (s.identity().equals(synapse.identity())) {
                return s;
            }
        }
        if (synapse.size() != size) {
            throw new ModelException(name + ": synapse " + synapse.identity() + " has size " + synapse.size()
                    + ", the population " + size);
        }
        if (potential() == null) {
            throw new ModelException(name + " is a spike source and takes no synaptic input");
        }
        PostSynapse[] grown = Arrays.copyOf(synapses, synapses.length + 1);
        grown[synapses.length] = synapse;
        synapses = grown;
        return synapse;
    }

    /** @return the attached synapses, in attachment order */
    public final List<PostSynapse> synapses() {
        return List.of(synapses);
    }

    /**
     * Sets how a state variable is initialised at every {@link #reset()}, replacing the model's default.
     *
     * @param variable a state variable's name
     * @param init     its law
     * @throws ModelException naming the variables when there is none of that name
     */
    public final void initialize(String variable, Initializer init) {
        if (variable(variable) == null) {
            List<String> names = new ArrayList<>();
            for (StateVariable s : state()) {
                names.add(s.name());
            }
            throw new ModelException(name + " has no state variable '" + variable + "'; it has " + names);
        }
        initializers.put(variable, init);
    }

    /**
     * Gives the group the run's random generator and its stream; initial values and per-step draws are keyed by them.
     *
     * @param random the generator
     * @param stream this group's stream id, unique within the network
     */
    public void bindRandom(CounterRandom random, int stream) {
        this.random = random;
        this.stream = stream;
    }

    /** @return the run's generator */
    protected final CounterRandom random() {
        return random;
    }

    /** @return this group's random stream id */
    protected final int stream() {
        return stream;
    }

    /**
     * Runs the update on a parallel loop (null or one thread: serially on the caller's thread).
     *
     * @param loop the loop
     */
    public final void bindLoop(RangeLoop loop) {
        this.loop = loop;
    }

    /**
     * @param variable a state variable's name
     * @return its live values, or null when there is no such variable
     */
    public final double[] variable(String variable) {
        for (StateVariable s : state()) {
            if (s.name().equals(variable)) {
                return s.values();
            }
        }
        return null;
    }

    @Override
    public final void update(StepContext ctx) {
        clearSpikeFlags();
        RangeLoop l = loop;
        int threads = l == null ? 1 : l.threads();
        if (threads == 1 || threads > sliceCounts.length || size < 2 * MIN_SLICE || !sliceable()) {
            firedCount = step(ctx, 0, size);
            afterStep();
            return;
        }
        sliceContext = ctx;
        l.forEach(size, sliceBody);
        sliceContext = null;
        finishSlices(threads);
    }

    /**
     * Lowers the spike flags of the last step's spikes: O(spikes) rather than a pass over the population, so a step's
     * models only raise the flags of the members that fire. Called before the update (before its parallel section).
     */
    final void clearSpikeFlags() {
        for (int k = 0; k < firedCount; k++) {
            spike[fired[k]] = false;
        }
    }

    /**
     * Tells the group whether anything writes into its {@link #input()} or {@link #deltaInput()} during a step
     * (input drives, delta projections, user code). When nothing does, models may skip reading and clearing those
     * arrays, which at 10⁶ neurons is a third of the memory traffic of a step. A {@link Network} sets this from its
     * structure when it is prepared; a group outside a network assumes both are used.
     *
     * @param input whether currents are written into {@link #input()}
     * @param delta whether potential jumps are written into {@link #deltaInput()}
     */
    public final void expectInputs(boolean input, boolean delta) {
        this.inputUsed = input;
        this.deltaUsed = delta;
    }

    /**
     * Declares that code outside the network's drives writes into {@link #input()} between steps (a user's loop, a
     * closed-loop controller), so the group keeps reading it even when no drive targets it.
     */
    public final void acceptExternalInput() {
        this.external = true;
        this.inputUsed = true;
    }

    /** @return whether {@link #acceptExternalInput()} was called */
    final boolean externalInput() {
        return external;
    }

    /** @return whether anything writes into {@link #input()} (see {@link #expectInputs}) */
    protected final boolean inputUsed() {
        return inputUsed;
    }

    /** @return whether anything writes into {@link #deltaInput()} (see {@link #expectInputs}) */
    protected final boolean deltaUsed() {
        return deltaUsed;
    }

    /**
     * Runs slice {@code t} of {@code threads} of this step, for a caller that drives several populations in one
     * parallel section ({@link Network}); a population that cannot be sliced runs whole in slice 0.
     *
     * @param ctx     the step context
     * @param t       the slice
     * @param threads the number of slices
     */
    final void stepSlice(StepContext ctx, int t, int threads) {
        if (!sliceable()) {
            if (t == 0) {
                sliceCounts[0] = step(ctx, 0, size);
            }
            return;
        }
        sliceCounts[t] = step(ctx, sliceFrom(t, threads), sliceFrom(t + 1, threads));
    }

    /** @return the first member of slice {@code t} of {@code threads} (the same partition as {@link RangeLoop}) */
    final int sliceFrom(int t, int threads) {
        if (!sliceable()) {
            return t == 0 ? 0 : size;
        }
        return (int) ((long) t * size / threads);
    }

    /**
     * Joins the slices' spike lists after {@link #stepSlice} ran for every slice.
     *
     * @param threads the number of slices
     */
    final void finishSlices(int threads) {
        if (!sliceable()) {
            firedCount = sliceCounts[0];
            afterStep();
            return;
        }
        // Slices wrote their spikes at their own offsets; close the gaps so the list is contiguous and ascending.
        int count = 0;
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) t * size / threads);
            int n = sliceCounts[t];
            if (count != from && n > 0) {
                System.arraycopy(fired, from, fired, count, n);
            }
            count += n;
        }
        firedCount = count;
        afterStep();
    }

    /**
     * Advances only part {@code part} of {@code parts} (the members of slice {@code part}; a population that cannot
     * be sliced belongs whole to part 0), for one rank of a partitioned network. The fired list then holds that part's
     * spikes, ascending from position 0; {@link #installFired} later replaces it by every part's.
     *
     * @param ctx   the step context
     * @param part  this rank's part
     * @param parts the number of parts
     */
    final void stepPart(StepContext ctx, int part, int parts) {
        int from = sliceFrom(part, parts);
        int to = sliceFrom(part + 1, parts);
        int n = from < to ? step(ctx, from, to) : 0;
        if (n > 0 && from != 0) {
            System.arraycopy(fired, from, fired, 0, n);
        }
        firedCount = n;
        afterStep();
    }

    /**
     * Replaces the last step's fired list (and flags) by the whole population's, gathered from every part.
     *
     * @param list  the spikes, ascending
     * @param from  where they start in {@code list}
     * @param count how many
     */
    final void installFired(int[] list, int from, int count) {
        clearSpikeFlags();
        System.arraycopy(list, from, fired, 0, count);
        for (int k = 0; k < count; k++) {
            spike[fired[k]] = true;
        }
        firedCount = count;
    }

    /** @return the most slices {@link #stepSlice} supports */
    static int maxSlices() {
        return 64;
    }

    /** Called once per step after the update, with the complete fired list; bookkeeping that spans slices goes here. */
    protected void afterStep() {
    }

    private void runSlice(int from, int to) {
        int threads = loop.threads();
        // Slice t starts at floor(t·n/T); with n ≥ T the inverse is ceil(from·T/n).
        int t = (int) (((long) from * threads + size - 1) / size);
        sliceCounts[t] = step(sliceContext, from, to);
    }

    private int step(StepContext ctx, int from, int to) {
        int fusedCount = integrateFused(ctx, synapses, from, to);
        if (fusedCount >= 0) {
            return fusedCount;
        }
        double[] v = potential();
        for (PostSynapse s : synapses) {
            s.step(ctx, v, input, from, to);
        }
        int n = integrate(ctx, from, to);
        if (!clearsInputs()) {
            Arrays.fill(input, from, to, 0.0);
            Arrays.fill(delta, from, to, 0.0);
        }
        return n;
    }

    @Override
    public final void reset() {
        Arrays.fill(input, 0.0);
        Arrays.fill(delta, 0.0);
        Arrays.fill(spike, false);
        firedCount = 0;
        resetState();
        List<StateVariable> vars = state();
        for (int k = 0; k < vars.size(); k++) {
            Initializer init = initializers.get(vars.get(k).name());
            if (init != null) {
                // Initial values are keyed by (stream, index, step −1, variable), independent of update order.
                init.fill(random, stream, -1L, k, vars.get(k).values());
            }
        }
        afterInitialization();
        for (int k = 0; k < synapses.length; k++) {
            // Synapse initial values use draws 1000 + 16·k + variable, apart from the population's own.
            synapses[k].reset(random, stream, 1000 + 16 * k);
        }
    }

    /**
     * @param variable a state variable's name
     * @return true when the user gave it an initializer (so defaults derived from other variables must not overwrite it)
     */
    protected final boolean isInitialized(String variable) {
        return initializers.containsKey(variable);
    }

    /**
     * Called at the end of {@link #reset()}, once initializers have been applied: models whose defaults depend on other
     * variables (HH gates at their steady state for the initial V) compute them here.
     */
    protected void afterInitialization() {
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " '" + name + "' (" + size + ")";
    }
}
