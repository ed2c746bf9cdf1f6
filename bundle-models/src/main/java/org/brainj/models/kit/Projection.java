package org.brainj.models.kit;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.StepContext;

/**
 * A projection from one population to another, updated before the populations in each step: it reads the spikes of
 * the previous step (or of {@code delay} steps earlier) and delivers them through its {@link Communication}.
 */
public abstract class Projection implements DynamicalSystem {

    private final String name;
    private final NeuronGroup pre;
    private final NeuronGroup post;
    private final Communication comm;
    private final int delaySteps;
    private SpikeHistory history;
    private long events;
    private int[] staged;
    private int stagedCount;
    private long stagedStep;
    private int[] selected;
    private int selectedCount;
    private final int preFrom;
    private final int preTo;
    private final int postFrom;
    private final int postTo;
    private final boolean partialPre;
    private final boolean partialPost;
    private int[] filtered;
    private double[] offsetScratch;

    /**
     * @param name       unique name within the network
     * @param pre        presynaptic population
     * @param post       postsynaptic population
     * @param comm       connectivity, rows = pre size, cols = post size
     * @param delaySteps transmission delay in steps, ≥ 0, on top of the one-step latency of every projection
     */
    protected Projection(String name, NeuronGroup pre, NeuronGroup post, Communication comm, int delaySteps) {
        this(name, GroupRange.all(pre), GroupRange.all(post), comm, delaySteps);
    }

    /**
     * A projection between ranges of populations: presynaptic spikes are renumbered from the start of {@code pre},
     * and deliveries land at the offset of {@code post}.
     *
     * @param name       unique name within the network
     * @param pre        presynaptic range
     * @param post       postsynaptic range
     * @param comm       connectivity, rows = pre range size, cols = post range size
     * @param delaySteps transmission delay in steps, ≥ 0
     */
    protected Projection(String name, GroupRange pre, GroupRange post, Communication comm, int delaySteps) {
        if (comm.rows() != pre.size() || comm.cols() != post.size()) {
            throw new org.brainj.api.core.ModelException(name + ": connectivity is " + comm.rows() + "x"
                    + comm.cols() + " but " + pre + " -> " + post + " is " + pre.size() + "x" + post.size());
        }
        if (delaySteps < 0) {
            throw new org.brainj.api.core.ParameterException(name + ".delay", delaySteps + " steps", "must be >= 0");
        }
        this.name = name;
        this.pre = pre.group();
        this.post = post.group();
        this.comm = comm;
        this.delaySteps = delaySteps;
        this.preFrom = pre.from();
        this.preTo = pre.to();
        this.postFrom = post.from();
        this.postTo = post.to();
        this.partialPre = !pre.whole();
        this.partialPost = !post.whole();
    }

    /** @return the presynaptic range */
    public final GroupRange preRange() {
        return new GroupRange(pre, preFrom, preTo);
    }

    /** @return the postsynaptic range */
    public final GroupRange postRange() {
        return new GroupRange(post, postFrom, postTo);
    }

    /** @return the projection's name */
    public final String name() {
        return name;
    }

    /** @return the presynaptic population */
    public final NeuronGroup pre() {
        return pre;
    }

    /** @return the postsynaptic population */
    public final NeuronGroup post() {
        return post;
    }

    /** @return the connectivity */
    public final Communication communication() {
        return comm;
    }

    /** @return the homogeneous delay [steps] */
    public final int delaySteps() {
        return delaySteps;
    }

    /** @return synaptic events delivered since the last reset */
    public final long synapticEvents() {
        return events;
    }

    void useHistory(SpikeHistory h) {
        this.history = h;
    }

    @Override
    public final void update(StepContext ctx) {
        selectSpikes();
        if (selectedCount > 0 && countsEvents()) {
            events += comm.eventCount(selected, selectedCount);
        }
        deliver(ctx, selected, selectedCount);
    }

    /**
     * Points {@link #selected} at the spikes arriving now: the presynaptic list of the last step, or of {@code delay}
     * steps before it from the history, restricted to the presynaptic range and renumbered when there is one.
     */
    private void selectSpikes() {
        if (delaySteps == 0) {
            selected = pre.fired();
            selectedCount = pre.firedCount();
        } else {
            selected = history.list(delaySteps);
            selectedCount = history.count(delaySteps);
        }
        if (partialPre) {
            selectedCount = filter(selected, selectedCount);
            selected = filtered;
        }
    }

    /** Keeps the spikes of [preFrom, preTo), renumbered from 0, in {@link #filtered}; the list is ascending. */
    private int filter(int[] fired, int count) {
        if (filtered == null) {
            filtered = new int[preTo - preFrom];
        }
        int lo = firstAtLeast(fired, count, preFrom);
        int n = 0;
        for (int k = lo; k < count && fired[k] < preTo; k++) {
            filtered[n++] = fired[k] - preFrom;
        }
        return n;
    }

    private static int firstAtLeast(int[] a, int count, int key) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Where a delivery into the postsynaptic array {@code target} writes: the array itself, or, for a postsynaptic
     * range, a range-sized scratch that {@link #finishDelivery} adds in at the range's offset.
     *
     * @param target the postsynaptic population's array
     * @return the array to deliver into
     */
    protected final double[] deliveryTarget(double[] target) {
        if (!partialPost) {
            return target;
        }
        if (offsetScratch == null) {
            offsetScratch = new double[postTo - postFrom];
        }
        return offsetScratch;
    }

    /**
     * Completes a delivery started with {@link #deliveryTarget}.
     *
     * @param target the postsynaptic population's array
     */
    protected final void finishDelivery(double[] target) {
        if (!partialPost) {
            return;
        }
        double[] d = offsetScratch;
        for (int j = 0; j < d.length; j++) {
            target[postFrom + j] += d[j];
            d[j] = 0.0;
        }
    }

    /** @return false for projections that are not driven by spikes (gap junctions), so spikes count no events */
    protected boolean countsEvents() {
        return true;
    }

    /**
     * @return the postsynaptic array this projection adds events to, when it can deliver by postsynaptic slices
     *     (event-driven, with ranged connectivity); null otherwise
     */
    protected double[] rangedTarget() {
        return null;
    }

    /** @return true when the parallel step may deliver this projection slice by slice ({@link #stage}) */
    final boolean ranged() {
        return rangedTarget() != null && comm.ranged() && !partialPre && !partialPost;
    }

    /**
     * @return true when one rank of a partitioned run may deliver this projection into its own slice only; ranges of
     *     populations may, since a rank delivers into one slice at a time (the threads of the parallel step would
     *     share the range's scratch)
     */
    final boolean rangedPerRank() {
        return rangedTarget() != null && comm.rangedPerRank();
    }

    /**
     * @param from first member of a slice of the postsynaptic population
     * @return the first column of the connectivity that reaches the slice (columns number the postsynaptic range)
     */
    final int columnFrom(int from) {
        return Math.max(0, Math.min(from, postTo) - postFrom);
    }

    /**
     * @param to last member of a slice of the postsynaptic population, exclusive
     * @return the column after the last one that reaches the slice
     */
    final int columnTo(int to) {
        return Math.max(0, Math.min(to, postTo) - postFrom);
    }

    /**
     * Serial part of a sliced delivery: takes this step's presynaptic spikes (a copy, since the presynaptic
     * population overwrites its list while the slices run) and counts the events.
     *
     * @param step the current step
     */
    final void stage(long step) {
        stagedStep = step;
        selectSpikes();
        if (staged == null) {
            staged = new int[pre.size()];
        }
        System.arraycopy(selected, 0, staged, 0, selectedCount);
        stagedCount = selectedCount;
        if (stagedCount > 0) {
            events += comm.eventCount(staged, stagedCount);
        }
    }

    /**
     * Delivers the staged spikes into the postsynaptic members [from, to); called from the slice that updates them.
     *
     * @param from first postsynaptic member
     * @param to   last, exclusive
     */
    final void deliverRange(int from, int to) {
        // Per-synapse delays deliver what is due every step, spikes or not.
        if (stagedCount == 0 && !(comm instanceof PerSynapseDelays) || from >= to) {
            return;
        }
        if (!partialPost) {
            comm.events(stagedStep, staged, stagedCount, rangedTarget(), from, to);
            return;
        }
        // A postsynaptic range: as deliveryTarget/finishDelivery do for the whole range, the columns' sums are made
        // in a scratch and then added at the range's offset, so each member gets the same additions in the same
        // order as in one process.
        int lo = columnFrom(from);
        int hi = columnTo(to);
        if (lo >= hi) {
            return;
        }
        if (offsetScratch == null) {
            offsetScratch = new double[postTo - postFrom];
        }
        double[] d = offsetScratch;
        comm.events(stagedStep, staged, stagedCount, d, lo, hi);
        double[] target = rangedTarget();
        for (int j = lo; j < hi; j++) {
            target[postFrom + j] += d[j];
            d[j] = 0.0;
        }
    }

    /**
     * Delivers this step's presynaptic spikes.
     *
     * @param ctx   the step context
     * @param fired indices of the presynaptic neurons whose spikes arrive now
     * @param count how many
     */
    protected abstract void deliver(StepContext ctx, int[] fired, int count);

    @Override
    public void reset() {
        events = 0;
        comm.reset();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " " + name + ": " + pre.name() + " -> " + post.name() + " ("
                + comm.describe() + (delaySteps > 0 ? ", delay " + delaySteps + " steps" : "") + ")";
    }
}
