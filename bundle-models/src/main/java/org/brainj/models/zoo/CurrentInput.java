package org.brainj.models.zoo;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.InputDrive;

/**
 * An input drive that adds a current to every member of its target while t ∈ [t_start, t_end), t being the time at
 * the start of the step (BrainPy's input arrays are indexed the same way: entry i is the current of the step that
 * starts at i·dt). The current is in the target's input unit ({@link org.brainj.models.kit.NeuronGroup#inputUnit()}).
 */
abstract class CurrentInput extends InputDrive {

    /** Onset of the input. */
    static final ParameterSpec T_START = ParameterSpec.any("t_start", "ms", 0.0, "onset");
    /** Offset of the input, exclusive. */
    static final ParameterSpec T_END = ParameterSpec.any("t_end", "ms", 1e12, "offset (exclusive)");

    /** Time comparisons tolerate this much accumulated rounding in t = t0 + i·dt [ms]. */
    private static final double EPS = 1e-9;

    /** Onset [ms]. */
    final double tStart;
    /** Offset [ms]. */
    final double tEnd;

    CurrentInput(double tStart, double tEnd) {
        this.tStart = tStart;
        this.tEnd = tEnd;
    }

    /**
     * @param params user parameters holding {@code t_start} and {@code t_end}
     * @return {t_start, t_end}, validated
     * @throws ParameterException when t_end &lt; t_start
     */
    static double[] window(Parameters params) {
        double start = params.get(T_START);
        double end = params.get(T_END);
        if (!(end >= start)) {
            throw new ParameterException(T_END.name(), end + " ms", "must be >= t_start = " + start + " ms");
        }
        return new double[] {start, end};
    }

    /**
     * @param t the time at the start of a step [ms]
     * @return true when the input acts in that step
     */
    final boolean active(double t) {
        return t >= tStart - EPS && t < tEnd - EPS;
    }

    /**
     * Adds {@code value} to the input of every member of the target (of the rank's slice in a partitioned run).
     *
     * @param value the current
     */
    final void addToAll(double value) {
        double[] in = target().input();
        for (int i = membersFrom(), to = membersTo(in.length); i < to; i++) {
            in[i] += value;
        }
    }

    @Override
    public String toString() {
        return model() + " -> " + (target() == null ? "?" : target().name()) + " [" + tStart + ", " + tEnd + ") ms";
    }
}
