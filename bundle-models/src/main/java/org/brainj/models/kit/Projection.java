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

    /**
     * @param name       unique name within the network
     * @param pre        presynaptic population
     * @param post       postsynaptic population
     * @param comm       connectivity, rows = pre size, cols = post size
     * @param delaySteps transmission delay in steps, ≥ 0, on top of the one-step latency of every projection
     */
    protected Projection(String name, NeuronGroup pre, NeuronGroup post, Communication comm, int delaySteps) {
        if (comm.rows() != pre.size() || comm.cols() != post.size()) {
            throw new org.brainj.api.core.ModelException(name + ": connectivity is " + comm.rows() + "x"
                    + comm.cols() + " but " + pre.name() + " -> " + post.name() + " is " + pre.size() + "x"
                    + post.size());
        }
        if (delaySteps < 0) {
            throw new org.brainj.api.core.ParameterException(name + ".delay", delaySteps + " steps", "must be >= 0");
        }
        this.name = name;
        this.pre = pre;
        this.post = post;
        this.comm = comm;
        this.delaySteps = delaySteps;
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
        int[] fired;
        int count;
        if (delaySteps == 0) {
            fired = pre.fired();
            count = pre.firedCount();
        } else {
            fired = history.list(delaySteps);
            count = history.count(delaySteps);
        }
        if (count > 0) {
            events += comm.eventCount(fired, count);
        }
        deliver(ctx, fired, count);
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
        return rangedTarget() != null && comm.ranged();
    }

    /**
     * Serial part of a sliced delivery: takes this step's presynaptic spikes (a copy, since the presynaptic
     * population overwrites its list while the slices run) and counts the events.
     */
    final void stage() {
        int[] fired;
        int count;
        if (delaySteps == 0) {
            fired = pre.fired();
            count = pre.firedCount();
        } else {
            fired = history.list(delaySteps);
            count = history.count(delaySteps);
        }
        if (staged == null) {
            staged = new int[pre.size()];
        }
        System.arraycopy(fired, 0, staged, 0, count);
        stagedCount = count;
        if (count > 0) {
            events += comm.eventCount(staged, count);
        }
    }

    /**
     * Delivers the staged spikes into the postsynaptic members [from, to); called from the slice that updates them.
     *
     * @param from first postsynaptic member
     * @param to   last, exclusive
     */
    final void deliverRange(int from, int to) {
        if (stagedCount > 0 && from < to) {
            comm.events(staged, stagedCount, rangedTarget(), from, to);
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
