package org.brainj.cli.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.run.MonitorSpec;

/**
 * One CSV file of monitored samples, decided before the run: {@code time_ms} then one column per recorded member of
 * each of its targets, named by index when the file holds one target and {@code population:index} when it holds
 * several.
 *
 * <p>Every target of a variable goes into one file {@code VAR.csv} when all of them sample at the same interval
 * ({@link MonitorSpec#every()}), which gives them the same sample times; when the intervals differ (a JSON spec's
 * own {@code every}), each target gets its own file {@code POP.VAR.csv}. The decision is made from the monitors
 * alone, before any sample exists, so that every file can be opened and headed before the run.
 *
 * @param name    the file's base name (the variable, or {@code population.variable})
 * @param targets the targets whose columns it holds, in the order monitored
 */
record TraceFile(String name, List<Target> targets) {

    /**
     * One monitored variable of one population.
     *
     * @param target  {@code population.variable}
     * @param indices the recorded members, one column each
     * @param every   the sampling interval [steps]
     */
    record Target(String target, int[] indices, int every) {

        /** @return the population part of the target */
        String population() {
            return target.substring(0, target.indexOf('.'));
        }
    }

    /** Copies the list. */
    TraceFile {
        targets = List.copyOf(targets);
    }

    /** @return the file's name in the output folder */
    String fileName() {
        return ModelResolver.folder(name) + ".csv";
    }

    /**
     * @param monitors the run's monitors (spike monitors are left out)
     * @param sizes    population name to size, for monitors of every member
     * @return the files, in the order their variables were first monitored
     * @throws UsageError for a monitor of a population of unknown size
     */
    static List<TraceFile> plan(List<MonitorSpec> monitors, Map<String, Integer> sizes) {
        Map<String, List<Target>> byVariable = new LinkedHashMap<>();
        for (MonitorSpec m : monitors) {
            if (m.variable().equals(MonitorPlan.SPIKE)) {
                continue;
            }
            int[] idx = m.indices();
            if (idx == null) {
                Integer size = sizes.get(m.population());
                if (size == null) {
                    throw UsageError.of("monitor", m.target(), "no population '" + m.population()
                            + "'; populations: " + String.join(", ", sizes.keySet()));
                }
                idx = new int[size];
                for (int i = 0; i < idx.length; i++) {
                    idx[i] = i;
                }
            }
            byVariable.computeIfAbsent(m.variable(), k -> new ArrayList<>())
                    .add(new Target(m.target(), idx, m.every()));
        }
        List<TraceFile> out = new ArrayList<>();
        for (Map.Entry<String, List<Target>> e : byVariable.entrySet()) {
            List<Target> ts = e.getValue();
            boolean sameTimes = true;
            for (Target t : ts) {
                sameTimes &= t.every() == ts.get(0).every();
            }
            if (sameTimes) {
                out.add(new TraceFile(e.getKey(), ts));
            } else {
                for (Target t : ts) {
                    out.add(new TraceFile(t.target(), List.of(t)));
                }
            }
        }
        return out;
    }

    /** @return the number of value columns */
    int width() {
        int w = 0;
        for (Target t : targets) {
            w += t.indices().length;
        }
        return w;
    }

    /** @return the value columns' names, in order */
    List<String> columns() {
        List<String> names = new ArrayList<>(width());
        boolean prefixed = targets.size() > 1;
        for (Target t : targets) {
            String pop = t.population();
            for (int idx : t.indices()) {
                names.add(prefixed ? pop + ":" + idx : Integer.toString(idx));
            }
        }
        return names;
    }
}
