package org.brainj.analysis.internal;

import java.util.Arrays;

import org.brainj.api.run.RunResult;
import org.brainj.api.run.Trace;

/**
 * Reads traces for the trace measures: the series named by a target with an optional member,
 * {@code population.variable} (every recorded member, row-major: sample by sample) or
 * {@code population.variable[i]} (member i's column only), and whole traces checked to be large enough.
 */
final class TraceSeries {

    private TraceSeries() {
    }

    /**
     * @param result  a run's records
     * @param target  {@code population.variable} or {@code population.variable[i]}
     * @param measure the measure's name, for messages
     * @return the values
     * @throws IllegalArgumentException naming the target when it was not recorded or has no such member
     */
    static double[] of(RunResult result, String target, String measure) {
        String t = target.strip();
        int open = t.indexOf('[');
        if (open < 0) {
            return result.trace(t).values();
        }
        if (!t.endsWith("]")) {
            throw new IllegalArgumentException(measure + ": target '" + target
                    + "' must be population.variable or population.variable[i]");
        }
        Trace trace = result.trace(t.substring(0, open));
        int member;
        try {
            member = Integer.parseInt(t.substring(open + 1, t.length() - 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(measure + ": target '" + target + "' has no integer member index");
        }
        int column = -1;
        int[] idx = trace.indices();
        for (int c = 0; c < idx.length; c++) {
            if (idx[c] == member) {
                column = c;
                break;
            }
        }
        if (column < 0) {
            throw new IllegalArgumentException(measure + ": member " + member + " of '" + trace.target()
                    + "' was not recorded; recorded: " + Arrays.toString(idx));
        }
        int samples = trace.times().length;
        double[] out = new double[samples];
        for (int s = 0; s < samples; s++) {
            out[s] = trace.value(s, column);
        }
        return out;
    }

    /**
     * @param result     a run's records
     * @param target     {@code population.variable}
     * @param measure    the measure's name, for messages
     * @param minSamples the fewest samples the measure needs
     * @param minWidth   the fewest recorded members it needs
     * @return the trace
     * @throws IllegalArgumentException naming the target and both counts when the trace is too small
     */
    static Trace sized(RunResult result, String target, String measure, int minSamples, int minWidth) {
        Trace trace = result.trace(target);
        if (trace.times().length < minSamples || trace.width() < minWidth) {
            throw new IllegalArgumentException(measure + " of '" + target + "' needs at least " + minSamples
                    + " samples of " + minWidth + " members, got " + trace.times().length + " samples of "
                    + trace.width());
        }
        return trace;
    }
}
