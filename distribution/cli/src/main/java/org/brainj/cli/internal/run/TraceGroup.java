package org.brainj.cli.internal.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.run.RunResult;
import org.brainj.api.run.Trace;

/**
 * The traces of one variable that share their sample times, written as one table: {@code time_ms} then one column per
 * recorded member, named by index when one population records the variable and {@code population:index} when several
 * do.
 *
 * @param name   the file's base name (the variable, or {@code population.variable} when sample times differ)
 * @param unit   the variable's unit (of the first trace)
 * @param times  the sample times [ms]
 * @param traces the traces, in the order recorded
 */
record TraceGroup(String name, String unit, double[] times, List<Trace> traces) {

    /** Copies the list. */
    TraceGroup {
        traces = List.copyOf(traces);
    }

    /**
     * @param result a run's result
     * @return its traces grouped by variable (spike monitors excluded)
     */
    static List<TraceGroup> of(RunResult result) {
        Map<String, List<Trace>> byVariable = new LinkedHashMap<>();
        for (String target : result.traceTargets()) {
            String var = target.substring(target.indexOf('.') + 1);
            if (var.equals(MonitorPlan.SPIKE)) {
                continue;
            }
            byVariable.computeIfAbsent(var, k -> new ArrayList<>()).add(result.trace(target));
        }
        List<TraceGroup> out = new ArrayList<>();
        for (Map.Entry<String, List<Trace>> e : byVariable.entrySet()) {
            List<Trace> ts = e.getValue();
            boolean sameTimes = true;
            for (Trace t : ts) {
                sameTimes &= Arrays.equals(t.times(), ts.get(0).times());
            }
            if (sameTimes) {
                out.add(new TraceGroup(e.getKey(), ts.get(0).unit(), ts.get(0).times(), ts));
            } else {
                // Sampled at different times (a JSON spec's own 'every'): one table per population.
                for (Trace t : ts) {
                    out.add(new TraceGroup(t.target(), t.unit(), t.times(), List.of(t)));
                }
            }
        }
        return out;
    }

    /** @return the number of value columns */
    int width() {
        int w = 0;
        for (Trace t : traces) {
            w += t.width();
        }
        return w;
    }

    /** @return the value columns' names, in order */
    List<String> columns() {
        List<String> names = new ArrayList<>(width());
        boolean prefixed = traces.size() > 1;
        for (Trace t : traces) {
            String pop = t.target().substring(0, t.target().indexOf('.'));
            for (int idx : t.indices()) {
                names.add(prefixed ? pop + ":" + idx : Integer.toString(idx));
            }
        }
        return names;
    }

    /**
     * @param column a value column
     * @return its samples, one per time (a copy)
     */
    double[] column(int column) {
        int c = column;
        for (Trace t : traces) {
            if (c < t.width()) {
                double[] out = new double[times.length];
                for (int s = 0; s < out.length; s++) {
                    out[s] = t.value(s, c);
                }
                return out;
            }
            c -= t.width();
        }
        throw new IndexOutOfBoundsException("column " + column + " of " + width());
    }
}
