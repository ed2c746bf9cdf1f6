package org.brainj.cli.internal.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.run.RunResult;
import org.brainj.api.run.SpikeRecord;
import org.brainj.api.run.Trace;

/**
 * The files {@code brainj run} wrote before it streamed: everything recorded kept in the {@link RunResult}, then
 * written population by population and variable by variable. Kept verbatim as the reference the streamed files are
 * checked against.
 */
final class InMemoryReference {

    private InMemoryReference() {
    }

    /** Writes spikes.csv and one CSV per variable (or per target when sample times differ) into {@code dir}. */
    static List<String> write(Path dir, RunResult result) throws IOException {
        List<String> files = new ArrayList<>();
        try (Writer w = RunOutputs.writer(dir.resolve("spikes.csv"))) {
            w.write("population,index,time_ms\n");
            for (String pop : result.spikePopulations()) {
                SpikeRecord r = result.spikes(pop);
                int[] idx = r.indices();
                double[] t = r.times();
                for (int k = 0; k < t.length; k++) {
                    w.write(pop);
                    w.write(',');
                    w.write(Integer.toString(idx[k]));
                    w.write(',');
                    w.write(Double.toString(t[k]));
                    w.write('\n');
                }
            }
        }
        files.add("spikes.csv");
        Map<String, List<Trace>> byVariable = new LinkedHashMap<>();
        for (String target : result.traceTargets()) {
            String var = target.substring(target.indexOf('.') + 1);
            if (!var.equals("spike")) {
                byVariable.computeIfAbsent(var, k -> new ArrayList<>()).add(result.trace(target));
            }
        }
        for (Map.Entry<String, List<Trace>> e : byVariable.entrySet()) {
            List<Trace> ts = e.getValue();
            boolean sameTimes = true;
            for (Trace t : ts) {
                sameTimes &= Arrays.equals(t.times(), ts.get(0).times());
            }
            if (sameTimes) {
                files.add(writeTrace(dir, e.getKey(), ts));
            } else {
                for (Trace t : ts) {
                    files.add(writeTrace(dir, t.target(), List.of(t)));
                }
            }
        }
        return files;
    }

    private static String writeTrace(Path dir, String name, List<Trace> traces) throws IOException {
        String file = ModelResolver.folder(name) + ".csv";
        try (Writer w = RunOutputs.writer(dir.resolve(file))) {
            w.write("time_ms");
            boolean prefixed = traces.size() > 1;
            for (Trace t : traces) {
                String pop = t.target().substring(0, t.target().indexOf('.'));
                for (int idx : t.indices()) {
                    w.write(',');
                    w.write(prefixed ? pop + ":" + idx : Integer.toString(idx));
                }
            }
            w.write('\n');
            double[] times = traces.get(0).times();
            for (int s = 0; s < times.length; s++) {
                w.write(Double.toString(times[s]));
                for (Trace t : traces) {
                    double[] v = t.values();
                    int width = t.width();
                    for (int c = 0, at = s * width; c < width; c++, at++) {
                        w.write(',');
                        w.write(Double.toString(v[at]));
                    }
                }
                w.write('\n');
            }
        }
        return file;
    }
}
