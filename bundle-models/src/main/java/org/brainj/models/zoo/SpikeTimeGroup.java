package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.models.kit.NeuronGroup;

/**
 * A spike source that emits given (member, time) events, BrainPy's {@code SpikeTimeGroup(size, indices, times,
 * need_sort=True)}. A spike source: it takes no synaptic input ({@link #potential()} is null).
 *
 * <p><b>Which step an event falls in.</b> An event at time t [ms] fires in the step whose interval [t<sub>s</sub>,
 * t<sub>s</sub> + dt) contains t, where t<sub>s</sub> = {@link StepContext#t()} is the time at the start of the step
 * (so t = 0.25 with dt = 0.1 fires in step 2, which starts at 0.2). A time on a step boundary belongs to the step that
 * starts there (t = 0.3 fires in step 3). Because t<sub>s</sub> = t0 + i·dt and times given in decimal carry
 * rounding (3·0.1 = 0.30000000000000004), boundaries are compared with a tolerance of {@value #EPS} ms: a time less
 * than that below a boundary counts as on it. Events earlier than the first simulated step are never emitted.
 * BrainPy instead fires an event in the first step with t<sub>s</sub> ≥ t (one step later for times strictly inside an
 * interval); the interval rule here makes an event at t influence the step that integrates over t.
 *
 * <p>Several events of one member in one step give one spike (a member fires at most once per step). Events are kept
 * sorted by time (then member), whatever order they are given in, as BrainPy's {@code need_sort=True}; each step finds
 * its events by binary search, so the group needs no cursor and a run may restart at any time.
 *
 * <p>This model has arrays, not numbers, as parameters, so it cannot be created from
 * {@link org.brainj.api.model.Parameters}: it is deliberately not listed by any model factory. Create it in Java with
 * {@link #of(String, int, int[], double[])} (or from an encoder such as {@link LatencyEncoder}).
 */
public final class SpikeTimeGroup extends NeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "SpikeTimeGroup";

    /** Tolerance of step-boundary comparisons [ms]: absorbs the rounding of t0 + i·dt and of decimal times. */
    public static final double EPS = 1e-9;

    /** Member of each event, in time order. */
    private final int[] indices;
    /** Time of each event [ms], ascending. */
    private final double[] times;

    private SpikeTimeGroup(String name, int size, int[] indices, double[] times) {
        super(name, size);
        this.indices = indices;
        this.times = times;
    }

    /**
     * Creates the source. The arrays are copied and sorted by time (ties by member).
     *
     * @param name    the population's name
     * @param size    number of members, ≥ 1
     * @param indices the member of each event, in [0, size)
     * @param times   the time of each event [ms], finite and ≥ 0, as many as {@code indices}
     * @return the spike source
     * @throws ParameterException naming the first bad entry: a member out of range, a negative or non-finite time, or
     *     arrays of different lengths (also for a size &lt; 1)
     */
    public static SpikeTimeGroup of(String name, int size, int[] indices, double[] times) {
        if (size < 1) {
            throw new ParameterException(name + ".size", String.valueOf(size), "must be >= 1");
        }
        if (indices == null || times == null) {
            throw new ParameterException(name + (indices == null ? ".indices" : ".times"), "null",
                    "an array, one entry per event");
        }
        if (indices.length != times.length) {
            throw new ParameterException(name + ".times", "length " + times.length,
                    "must have as many entries as indices (" + indices.length + ")");
        }
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= size) {
                throw new ParameterException(name + ".indices[" + k + "]", String.valueOf(indices[k]),
                        "must be in [0, " + size + ")");
            }
            if (!(times[k] >= 0.0) || times[k] == Double.POSITIVE_INFINITY) {
                throw new ParameterException(name + ".times[" + k + "]", times[k] + " ms", "must be finite and >= 0");
            }
        }
        Integer[] order = new Integer[indices.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(times[a], times[b]);
            return c != 0 ? c : Integer.compare(indices[a], indices[b]);
        });
        int[] sortedIndices = new int[order.length];
        double[] sortedTimes = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            sortedIndices[k] = indices[order[k]];
            sortedTimes[k] = times[order[k]];
        }
        return new SpikeTimeGroup(name, size, sortedIndices, sortedTimes);
    }

    /** @return how many events the source holds */
    public int eventCount() {
        return times.length;
    }

    /** @return the member of each event, in time order (a copy) */
    public int[] indices() {
        return indices.clone();
    }

    /** @return the time of each event [ms], ascending (a copy) */
    public double[] times() {
        return times.clone();
    }

    @Override
    public List<StateVariable> state() {
        return List.of();
    }

    @Override
    public double[] potential() {
        return null;
    }

    @Override
    public String inputUnit() {
        return "none";
    }

    @Override
    protected int integrate(StepContext ctx, int from, int to) {
        final double start = ctx.t();
        final int lo = firstAtOrAfter(start - EPS);
        final int hi = firstAtOrAfter(start + ctx.dt() - EPS);
        final boolean[] spk = this.spike;
        final int[] out = this.fired;
        // The group lowered last step's flags before this update, so only the members that fire are raised here.
        int count = 0;
        for (int e = lo; e < hi; e++) {
            int i = indices[e];
            if (i >= from && i < to && !spk[i]) {
                spk[i] = true;
                out[from + count++] = i;
            }
        }
        // Events are in time order; the fired list must be ascending. In-place sort of at most (to - from) ints.
        Arrays.sort(out, from, from + count);
        return count;
    }

    /** @return the first event with time ≥ t (events.length when none) */
    private int firstAtOrAfter(double t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    protected void resetState() {
    }

    @Override
    public String toString() {
        return MODEL + " '" + name() + "' (" + size + " sources, " + times.length + " events)";
    }
}
