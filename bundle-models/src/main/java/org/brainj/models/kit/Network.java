package org.brainj.models.kit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.ModelException;
import org.brainj.api.core.StepContext;
import org.brainj.api.ops.RangeLoop;
import org.brainj.api.random.CounterRandom;

/**
 * A network of populations, projections and input drives, updated in BrainPy's order each step:
 * <ol>
 *   <li>input drives (external currents, Poisson inputs);</li>
 *   <li>projections, which read the previous step's spikes (or older ones, through a delay) and deliver them;</li>
 *   <li>populations, which integrate their synapses, then their own state, then detect spikes;</li>
 *   <li>spike histories for delayed projections are pushed.</li>
 * </ol>
 * A spike emitted in step s therefore acts in step s + 1 + delay, as in BrainPy and Brian2.
 *
 * <p>Synaptic state is merged as in BrainPy: align-post projections onto one population with the same synapse model
 * and output share one post-shaped state; align-pre projections from one population with the same synapse model and
 * delay share one pre-shaped state.
 */
public final class Network implements DynamicalSystem {

    private final String name;
    private final Map<String, NeuronGroup> groups = new LinkedHashMap<>();
    private final List<Projection> projections = new ArrayList<>();
    private final List<InputDrive> inputs = new ArrayList<>();
    private final Map<String, PreSynapse> preSynapses = new HashMap<>();
    private final Map<NeuronGroup, SpikeHistory> histories = new LinkedHashMap<>();
    private NeuronGroup[] groupArray = new NeuronGroup[0];
    private Projection[] projectionArray = new Projection[0];
    private InputDrive[] inputArray = new InputDrive[0];
    private SpikeHistory[] historyArray = new SpikeHistory[0];
    private boolean prepared;
    private int totalNeurons;
    private RangeLoop loop;
    private Projection[][] rangedInto = new Projection[0][];
    private boolean[] rangedProjection = new boolean[0];
    private StepContext sliceContext;
    private final RangeLoop.Body parallelBody = this::runSlices;
    /** This process's part of a partitioned network ({@link NetworkPartition}), of {@link #parts}; −1: the whole. */
    private int part = -1;
    private int parts = 1;

    /** Below this many neurons a step is too short for a thread hand-off to pay. */
    private static final int MIN_PARALLEL_NEURONS = 8192;

    /** @param name the network's name */
    public Network(String name) {
        this.name = name;
    }

    /** @return the network's name */
    public String name() {
        return name;
    }

    /**
     * @param group a population; its name must be new to this network
     * @param <G>   its type
     * @return the population, for chaining
     */
    public <G extends NeuronGroup> G add(G group) {
        if (groups.containsKey(group.name())) {
            throw new ModelException(name + ": population name '" + group.name() + "' is used twice");
        }
        groups.put(group.name(), group);
        prepared = false;
        return group;
    }

    /**
     * @param population a population's name
     * @return it
     * @throws ModelException listing the populations when there is none of that name
     */
    public NeuronGroup population(String population) {
        NeuronGroup g = groups.get(population);
        if (g == null) {
            throw new ModelException(name + " has no population '" + population + "'; populations: " + groups.keySet());
        }
        return g;
    }

    /** @return the populations, in the order added */
    public List<NeuronGroup> populations() {
        return List.copyOf(groups.values());
    }

    /** @return the projections, in the order added */
    public List<Projection> projections() {
        return List.copyOf(projections);
    }

    /** @return the input drives, in the order added */
    public List<InputDrive> inputs() {
        return List.copyOf(inputs);
    }

    /**
     * Connects {@code pre} to {@code post} through post-shaped synapse dynamics, merged with an identical synapse and
     * output already on {@code post}.
     *
     * @param projection unique name
     * @param pre        presynaptic population (added)
     * @param post       postsynaptic population (added)
     * @param comm       connectivity
     * @param synapse    synapse dynamics sized to {@code post} (dropped in favour of an identical one already there)
     * @param output     its output
     * @param delaySteps delay [steps]
     * @return the projection
     */
    public AlignPostProjection alignPost(String projection, NeuronGroup pre, NeuronGroup post, Communication comm,
                                         SynapseDynamics synapse, SynapticOutput output, int delaySteps) {
        return alignPost(projection, GroupRange.all(pre), GroupRange.all(post), comm, synapse, output, delaySteps);
    }

    /**
     * {@link #alignPost(String, NeuronGroup, NeuronGroup, Communication, SynapseDynamics, SynapticOutput, int)}
     * between ranges of populations; the synapse is sized to the whole postsynaptic population.
     *
     * @param projection unique name
     * @param pre        presynaptic range
     * @param post       postsynaptic range
     * @param comm       connectivity, pre range × post range
     * @param synapse    synapse dynamics sized to the whole postsynaptic population
     * @param output     its output
     * @param delaySteps delay [steps]
     * @return the projection
     */
    public AlignPostProjection alignPost(String projection, GroupRange pre, GroupRange post, Communication comm,
                                         SynapseDynamics synapse, SynapticOutput output, int delaySteps) {
        requireMember(pre.group());
        requireMember(post.group());
        PostSynapse candidate = PostSynapse.of(synapse, output);
        PostSynapse merged = post.group().attach(candidate);
        return addProjection(new AlignPostProjection(projection, pre, post, merged, comm, delaySteps));
    }

    /**
     * Connects {@code pre} to {@code post} through pre-shaped synapse dynamics shared by every align-pre projection
     * from {@code pre} with the same synapse and delay; the synapse value goes through {@code comm} into a conductance
     * buffer of {@code post} (one per output), which {@code output} turns into current.
     *
     * @param projection unique name
     * @param pre        presynaptic population
     * @param post       postsynaptic population
     * @param comm       connectivity; its weights scale the synapse value
     * @param synapse    synapse dynamics sized to {@code pre} (dropped in favour of an identical shared one)
     * @param output     the output on {@code post}
     * @param delaySteps delay [steps] between presynaptic spikes and the synapse
     * @return the projection
     */
    public AlignPreProjection alignPre(String projection, NeuronGroup pre, NeuronGroup post, Communication comm,
                                       SynapseDynamics synapse, SynapticOutput output, int delaySteps) {
        return alignPre(projection, GroupRange.all(pre), GroupRange.all(post), comm, synapse, output, delaySteps);
    }

    /**
     * {@link #alignPre(String, NeuronGroup, NeuronGroup, Communication, SynapseDynamics, SynapticOutput, int)}
     * between ranges; the synapse is sized to the presynaptic range and shared per (range, delay, model).
     *
     * @param projection unique name
     * @param pre        presynaptic range
     * @param post       postsynaptic range
     * @param comm       connectivity, pre range × post range
     * @param synapse    synapse dynamics sized to the presynaptic range
     * @param output     the output on the postsynaptic population
     * @param delaySteps delay [steps]
     * @return the projection
     */
    public AlignPreProjection alignPre(String projection, GroupRange pre, GroupRange post, Communication comm,
                                       SynapseDynamics synapse, SynapticOutput output, int delaySteps) {
        requireMember(pre.group());
        requireMember(post.group());
        if (synapse.size() != pre.size()) {
            throw new ModelException(projection + ": align-pre synapse " + synapse.identity() + " has size "
                    + synapse.size() + ", the presynaptic range " + pre + " " + pre.size());
        }
        String key = pre + "|" + delaySteps + "|" + synapse.identity();
        PreSynapse shared = preSynapses.computeIfAbsent(key, k -> new PreSynapse(synapse));
        NeuronGroup target = post.group();
        PostSynapse buffer = target.attach(PostSynapse.buffer(target.size(), output, synapse.model()));
        return addProjection(new AlignPreProjection(projection, pre, post, shared, buffer, comm, delaySteps));
    }

    /**
     * Connects {@code pre} to {@code post} so that each spike makes the postsynaptic potential jump by its weight.
     *
     * @param projection unique name
     * @param pre        presynaptic population
     * @param post       postsynaptic population
     * @param comm       connectivity, weights in mV
     * @param delaySteps delay [steps]
     * @return the projection
     */
    public DeltaProjection delta(String projection, NeuronGroup pre, NeuronGroup post, Communication comm,
                                 int delaySteps) {
        return delta(projection, GroupRange.all(pre), GroupRange.all(post), comm, delaySteps);
    }

    /**
     * {@link #delta(String, NeuronGroup, NeuronGroup, Communication, int)} between ranges of populations.
     *
     * @param projection unique name
     * @param pre        presynaptic range
     * @param post       postsynaptic range
     * @param comm       connectivity, pre range × post range, weights in mV
     * @param delaySteps delay [steps]
     * @return the projection
     */
    public DeltaProjection delta(String projection, GroupRange pre, GroupRange post, Communication comm,
                                 int delaySteps) {
        requireMember(pre.group());
        requireMember(post.group());
        return addProjection(new DeltaProjection(projection, pre, post, comm, delaySteps));
    }

    /**
     * Couples {@code post} to {@code pre} electrically: I_post += w·Σ(V_pre − V_post) every step.
     *
     * @param projection unique name
     * @param pre        presynaptic population
     * @param post       postsynaptic population
     * @param comm       connectivity, the weights being junction conductances
     * @return the projection
     */
    public GapJunctionProjection gapJunction(String projection, NeuronGroup pre, NeuronGroup post,
                                             Communication comm) {
        requireMember(pre);
        requireMember(post);
        return addProjection(new GapJunctionProjection(projection, GroupRange.all(pre), GroupRange.all(post), comm));
    }

    /**
     * @param drive  an input drive
     * @param target the population it acts on
     * @return the drive
     */
    public InputDrive input(InputDrive drive, NeuronGroup target) {
        requireMember(target);
        drive.bind(target);
        inputs.add(drive);
        prepared = false;
        return drive;
    }

    private <P extends Projection> P addProjection(P p) {
        for (Projection q : projections) {
            if (q.name().equals(p.name())) {
                throw new ModelException(name + ": projection name '" + p.name() + "' is used twice");
            }
        }
        projections.add(p);
        prepared = false;
        return p;
    }

    private void requireMember(NeuronGroup g) {
        if (groups.get(g.name()) != g) {
            throw new ModelException(name + ": population '" + g.name() + "' is not part of this network; add it first");
        }
    }

    /**
     * Gives every population and drive the run's generator, each its own stream (its position, from 1), so draws
     * depend only on the seed and the network's structure.
     *
     * @param random the run's generator
     */
    public void bindRandom(CounterRandom random) {
        int stream = 1;
        for (NeuronGroup g : groups.values()) {
            g.bindRandom(random, stream++);
        }
        for (InputDrive d : inputs) {
            if (d instanceof RandomDrive) {
                ((RandomDrive) d).bindRandom(random, stream);
            }
            stream++;
        }
    }

    /**
     * Runs steps on a parallel loop (null or one thread: serially). With T threads a step has one parallel section:
     * thread t delivers the event-driven projections into slice t of every population and then updates that slice;
     * projections without sliced delivery (just-in-time, per-synapse delays, align-pre) are delivered before it, with
     * their own parallel operators. Slices are fixed by the population sizes, so results do not depend on T.
     *
     * @param loop the loop
     */
    public void bindLoop(RangeLoop loop) {
        this.loop = loop;
        prepared = false;
    }

    /** Freezes the structure into arrays and sizes the spike histories of delayed projections. */
    public void prepare() {
        Map<NeuronGroup, Integer> depth = new LinkedHashMap<>();
        for (Projection p : projections) {
            if (p.delaySteps() > 0) {
                depth.merge(p.pre(), p.delaySteps(), Math::max);
            }
        }
        histories.clear();
        for (Map.Entry<NeuronGroup, Integer> e : depth.entrySet()) {
            histories.put(e.getKey(), new SpikeHistory(e.getKey(), e.getValue()));
        }
        for (Projection p : projections) {
            if (p.delaySteps() > 0) {
                p.useHistory(histories.get(p.pre()));
            }
        }
        groupArray = groups.values().toArray(new NeuronGroup[0]);
        projectionArray = projections.toArray(new Projection[0]);
        inputArray = inputs.toArray(new InputDrive[0]);
        historyArray = histories.values().toArray(new SpikeHistory[0]);
        totalNeurons = neurons();
        for (NeuronGroup g : groupArray) {
            boolean input = false;
            boolean delta = false;
            for (InputDrive d : inputArray) {
                input |= d.target() == g && d.writesInput();
            }
            for (Projection p : projectionArray) {
                delta |= p.post() == g && p instanceof DeltaProjection;
                input |= p.post() == g && p instanceof GapJunctionProjection;
            }
            g.expectInputs(input || g.externalInput(), delta);
        }
        if (part >= 0) {
            // Every draw of a drive is keyed by (stream, member, step): a rank computes its own slice only.
            for (InputDrive d : inputArray) {
                d.restrictTo(d.target().sliceFrom(part, parts), d.target().sliceFrom(part + 1, parts));
            }
        }
        rangedProjection = new boolean[projectionArray.length];
        rangedInto = new Projection[groupArray.length][];
        // A target that also receives a projection delivered before the parallel section (JIT, per-synapse delays)
        // gets all its projections there, in network order: sums into one array then add up in the same order with
        // any thread count, so results stay bit for bit those of one thread.
        java.util.Set<double[]> serialTargets = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Projection p : projectionArray) {
            if (p.rangedTarget() != null && !sliced(p)) {
                serialTargets.add(p.rangedTarget());
            }
        }
        for (int g = 0; g < groupArray.length; g++) {
            List<Projection> into = new ArrayList<>();
            for (int k = 0; k < projectionArray.length; k++) {
                Projection p = projectionArray[k];
                if (p.post() == groupArray[g] && sliced(p) && !serialTargets.contains(p.rangedTarget())) {
                    into.add(p);
                    rangedProjection[k] = true;
                }
            }
            rangedInto[g] = into.toArray(new Projection[0]);
            int threads = loop == null ? 1 : loop.threads();
            if (part >= 0) {
                // One rank delivers into its own slice only: one prepared start, not one per rank, and a stored
                // matrix used by no other projection keeps (or draws) only the columns that reach the slice.
                int lo = groupArray[g].sliceFrom(part, parts);
                int hi = groupArray[g].sliceFrom(part + 1, parts);
                for (Projection p : rangedInto[g]) {
                    keepColumns(p, lo, hi);
                    p.communication().prepareSlices(new int[] {p.columnFrom(lo)});
                }
                // Align-pre value deliveries are made whole into their own buffer (no other projection adds there),
                // in network order; restricted to the slice's columns, each member still gets the same sum.
                for (Projection p : projectionArray) {
                    if (p.post() == groupArray[g] && p instanceof AlignPreProjection) {
                        keepColumns(p, lo, hi);
                        ((AlignPreProjection) p).restrictTo(p.columnFrom(lo), p.columnTo(hi));
                    }
                }
            } else if (threads > 1 && threads <= NeuronGroup.maxSlices()) {
                int[] starts = new int[threads];
                for (int t = 0; t < threads; t++) {
                    starts[t] = groupArray[g].sliceFrom(t, threads);
                }
                for (Projection p : rangedInto[g]) {
                    p.communication().prepareSlices(starts);
                }
            }
        }
        if (part >= 0) {
            // Connectivity drawn on first use and not cut to a slice above is drawn whole now, so that the build,
            // not the first step, pays for it and reports its errors.
            for (Projection p : projectionArray) {
                p.communication().synapses();
            }
        }
        prepared = true;
    }

    /**
     * Makes the stored connectivity of {@code p}, when no other projection uses it, keep only the columns that reach
     * the postsynaptic members [lo, hi).
     */
    private void keepColumns(Projection p, int lo, int hi) {
        Communication c = p.communication();
        if (!usedOnce(c)) {
            return;
        }
        if (c instanceof CsrConnectivity) {
            ((CsrConnectivity) c).keepColumns(p.columnFrom(lo), p.columnTo(hi));
        } else if (c instanceof PerSynapseDelays) {
            ((PerSynapseDelays) c).keepColumns(p.columnFrom(lo), p.columnTo(hi));
        }
    }

    /** @return true when exactly one projection uses {@code comm} */
    private boolean usedOnce(Communication comm) {
        int n = 0;
        for (Projection p : projectionArray) {
            if (p.communication() == comm) {
                n++;
            }
        }
        return n == 1;
    }

    /**
     * @return true when {@code p} is delivered slice by slice: into the rank's slice in a partitioned run, into each
     *     thread's slice in the parallel step
     */
    private boolean sliced(Projection p) {
        return part >= 0 ? p.rangedPerRank() : p.ranged();
    }

    @Override
    public void update(StepContext ctx) {
        if (!prepared) {
            prepare();
        }
        for (InputDrive d : inputArray) {
            d.update(ctx);
        }
        RangeLoop l = loop;
        int threads = l == null ? 1 : l.threads();
        if (part >= 0) {
            updatePart(ctx);
        } else if (threads > 1 && threads <= NeuronGroup.maxSlices() && totalNeurons >= MIN_PARALLEL_NEURONS) {
            stageProjections(ctx);
            sliceContext = ctx;
            l.forEach(threads, parallelBody);
            sliceContext = null;
            for (NeuronGroup g : groupArray) {
                g.finishSlices(threads);
            }
        } else {
            for (Projection p : projectionArray) {
                p.update(ctx);
            }
            for (NeuronGroup g : groupArray) {
                g.update(ctx);
            }
        }
        for (SpikeHistory h : historyArray) {
            h.push();
        }
    }

    /**
     * The projection phase of a sliced step: projections delivered slice by slice only stage, the others update whole;
     * then the spike flags are cleared before the slices raise them.
     */
    private void stageProjections(StepContext ctx) {
        for (int k = 0; k < projectionArray.length; k++) {
            if (rangedProjection[k]) {
                projectionArray[k].stage(ctx.step());
            } else {
                projectionArray[k].update(ctx);
            }
        }
        for (NeuronGroup g : groupArray) {
            g.clearSpikeFlags();
        }
    }

    /**
     * One step of this rank's part: the same order as the sliced parallel step with the rank as the only slice, so the
     * part's state evolves bit for bit as in a one-process run once the other parts' spikes are installed.
     */
    private void updatePart(StepContext ctx) {
        stageProjections(ctx);
        for (int g = 0; g < groupArray.length; g++) {
            NeuronGroup group = groupArray[g];
            int lo = group.sliceFrom(part, parts);
            int hi = group.sliceFrom(part + 1, parts);
            for (Projection p : rangedInto[g]) {
                p.deliverRange(lo, hi);
            }
            group.stepPart(ctx, part, parts);
        }
    }

    /**
     * Makes {@link #update} advance only part {@code part} of {@code parts} of every population (its slice); spikes of
     * the other parts come from {@link NetworkPartition}.
     */
    void bindPart(int part, int parts) {
        this.part = part;
        this.parts = parts;
        this.loop = null;
        prepared = false;
    }

    /** @return the populations, in network order, once prepared */
    NeuronGroup[] groupArray() {
        if (!prepared) {
            prepare();
        }
        return groupArray;
    }

    /** @return the spike history of a population, or null when no delayed projection leaves it */
    SpikeHistory history(NeuronGroup g) {
        if (!prepared) {
            prepare();
        }
        return histories.get(g);
    }

    private void runSlices(int from, int to) {
        int threads = loop.threads();
        for (int t = from; t < to; t++) {
            for (int g = 0; g < groupArray.length; g++) {
                NeuronGroup group = groupArray[g];
                int lo = group.sliceFrom(t, threads);
                int hi = group.sliceFrom(t + 1, threads);
                for (Projection p : rangedInto[g]) {
                    p.deliverRange(lo, hi);
                }
                group.stepSlice(sliceContext, t, threads);
            }
        }
    }

    @Override
    public void reset() {
        if (!prepared) {
            prepare();
        }
        for (NeuronGroup g : groups.values()) {
            g.reset();
        }
        for (Projection p : projections) {
            p.reset();
        }
        for (InputDrive d : inputs) {
            d.reset();
        }
        for (SpikeHistory h : histories.values()) {
            h.reset();
        }
    }

    @Override
    public List<DynamicalSystem> children() {
        List<DynamicalSystem> all = new ArrayList<>(inputs);
        all.addAll(projections);
        all.addAll(groups.values());
        return all;
    }

    /** @return the number of neurons in all populations */
    public int neurons() {
        int n = 0;
        for (NeuronGroup g : groups.values()) {
            n += g.size();
        }
        return n;
    }

    /** @return the number of synapses of all projections */
    public long synapses() {
        long n = 0;
        for (Projection p : projections) {
            n += p.communication().synapses();
        }
        return n;
    }

    /** @return synaptic events delivered since the last reset, over all projections */
    public long synapticEvents() {
        long n = 0;
        for (Projection p : projectionArray) {
            n += p.synapticEvents();
        }
        return n;
    }

    @Override
    public String toString() {
        return "Network " + name + " (" + groups.size() + " populations, " + projections.size() + " projections, "
                + inputs.size() + " inputs)";
    }
}
