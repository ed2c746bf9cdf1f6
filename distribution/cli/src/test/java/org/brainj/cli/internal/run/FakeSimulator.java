package org.brainj.cli.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.DivergenceException;
import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.Population;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.RecordingSink;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.RunTimings;
import org.brainj.api.run.Simulation;
import org.brainj.api.run.SimulationOptions;
import org.brainj.api.run.Simulator;
import org.brainj.api.run.SpikeRecord;
import org.brainj.api.run.Trace;

/**
 * A simulator for tests. Member i of every population fires every {@code 5 + i % 3} ms from {@code 1 + 0.1 i} ms;
 * variable V of member i at step s is {@code -65 + i + 0.01 s}. The network {@code fakediv} diverges at half its
 * duration; {@link #stepHook} sees every step (to cancel a run). With a {@link RecordingSink} it streams as the
 * models bundle's simulator does: each population's spikes and each trace's rows in chunks of {@link #chunk}
 * entries (a trace's chunk holding {@code chunk / width} rows), handed over as each fills, in time order, the rest at
 * the end.
 */
public final class FakeSimulator implements Simulator {

    static final AtomicInteger BUILDS = new AtomicInteger();
    static volatile NetworkSpec lastSpec;
    static volatile SimulationOptions lastOptions;
    static volatile RunRequest lastRequest;
    static volatile LongConsumer stepHook = s -> { };
    static final List<Double> DURATIONS = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final AtomicInteger RESETS = new AtomicInteger();
    /** Entries per streamed chunk (the models bundle uses 65,536). */
    static volatile int chunk = 1 << 16;

    @Override
    public String name() {
        return "fake-simulator";
    }

    @Override
    public Simulation build(NetworkSpec spec, SimulationOptions options) {
        BUILDS.incrementAndGet();
        lastSpec = spec;
        lastOptions = options;
        return new FakeSimulation(spec, options);
    }

    @Override
    public Simulation wrap(DynamicalSystem root, SimulationOptions options) {
        throw new UnsupportedOperationException();
    }

    static final class Pop implements Population {
        private final String name;
        private final int size;
        private final List<StateVariable> state;

        Pop(String name, int size) {
            this.name = name;
            this.size = size;
            this.state = List.of(new StateVariable("V", "mV", new double[size]),
                    new StateVariable("g", "nS", new double[size]));
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public List<StateVariable> state() {
            return state;
        }

        @Override
        public boolean[] spikes() {
            return new boolean[size];
        }

        @Override
        public void update(StepContext ctx) {
        }

        @Override
        public void reset() {
        }
    }

    static final class FakeSimulation implements Simulation {
        private final NetworkSpec spec;
        private final SimulationOptions options;
        private final List<DynamicalSystem> pops = new ArrayList<>();
        private final Map<String, Integer> sizes = new LinkedHashMap<>();
        private final DynamicalSystem root;

        FakeSimulation(NetworkSpec spec, SimulationOptions options) {
            this.spec = spec;
            this.options = options;
            for (PopulationSpec p : spec.populations()) {
                pops.add(new Pop(p.name(), p.size()));
                sizes.put(p.name(), p.size());
            }
            root = new DynamicalSystem() {
                @Override
                public void update(StepContext ctx) {
                }

                @Override
                public void reset() {
                }

                @Override
                public List<DynamicalSystem> children() {
                    return pops;
                }
            };
        }

        @Override
        public DynamicalSystem root() {
            return root;
        }

        @Override
        public SimulationOptions options() {
            return options;
        }

        @Override
        public RunResult run(RunRequest request) {
            lastRequest = request;
            DURATIONS.add(request.duration());
            double dt = options.dt();
            long total = Math.round(request.duration() / dt);
            long stopAt = spec.name().equals("fakediv") ? total / 2 : total;
            long steps = 0;
            BrainjException failure = null;
            for (long s = 0; s < total; s++) {
                if (request.cancelled().getAsBoolean()) {
                    break;
                }
                if (s == stopAt) {
                    failure = new DivergenceException("E", "V", 3, s, s * dt, Double.NaN);
                    break;
                }
                stepHook.accept(s);
                steps++;
                if (steps % 100 == 0) {
                    request.progress().progress(steps, total);
                }
            }
            double covered = steps * dt;
            Map<String, SpikeRecord> spikes = new LinkedHashMap<>();
            Map<String, Trace> traces = new LinkedHashMap<>();
            long events = 0;
            for (MonitorSpec m : request.monitors()) {
                int size = sizes.get(m.population());
                if (m.variable().equals("spike")) {
                    SpikeRecord r = spikes(m.population(), size, covered);
                    spikes.put(m.population(), r);
                    events += 10L * r.count();
                    continue;
                }
                int[] idx = m.indices();
                if (idx == null) {
                    idx = new int[size];
                    for (int i = 0; i < size; i++) {
                        idx[i] = i;
                    }
                }
                int every = m.every();
                double[] times = new double[(int) ((steps + every - 1) / every)];
                double[] values = new double[times.length * idx.length];
                for (int r = 0; r < times.length; r++) {
                    int s = r * every;
                    times[r] = s * dt;
                    for (int c = 0; c < idx.length; c++) {
                        values[r * idx.length + c] = -65 + idx[c] + 0.01 * s;
                    }
                }
                traces.put(m.target(), new Trace(m.target(), "mV", idx, times, values));
            }
            RunTimings timings = new RunTimings(0.0, 0.25, steps, events);
            if (request.sink() == null) {
                return new Result(covered, dt, spikes, traces, timings, failure, null);
            }
            Map<String, Long> counts = stream(request.sink(), spikes, traces);
            Map<String, SpikeRecord> emptySpikes = new LinkedHashMap<>();
            for (SpikeRecord r : spikes.values()) {
                emptySpikes.put(r.population(), new SpikeRecord(r.population(), r.size(), new int[0], new double[0]));
            }
            Map<String, Trace> emptyTraces = new LinkedHashMap<>();
            for (Trace t : traces.values()) {
                emptyTraces.put(t.target(), new Trace(t.target(), t.unit(), t.indices(), new double[0],
                        new double[0]));
            }
            return new Result(covered, dt, emptySpikes, emptyTraces, timings, failure, counts);
        }

        /**
         * Hands the recordings to the sink as a step loop would: time moves forward; each population's spikes and
         * each trace's rows fill a chunk that is handed over when full; what is left goes at the end, populations
         * first, in order.
         */
        private static Map<String, Long> stream(RecordingSink sink, Map<String, SpikeRecord> spikes,
                                                Map<String, Trace> traces) {
            int size = chunk;
            List<SpikeRecord> sr = new ArrayList<>(spikes.values());
            List<Trace> tr = new ArrayList<>(traces.values());
            int[] nextSpike = new int[sr.size()];
            int[][] ci = new int[sr.size()][size];
            double[][] ct = new double[sr.size()][size];
            int[] cu = new int[sr.size()];
            int[] nextRow = new int[tr.size()];
            int[] rowsPer = new int[tr.size()];
            double[][] tt = new double[tr.size()][];
            double[][] tv = new double[tr.size()][];
            int[] tu = new int[tr.size()];
            for (int k = 0; k < tr.size(); k++) {
                rowsPer[k] = Math.max(1, size / Math.max(1, tr.get(k).width()));
                tt[k] = new double[rowsPer[k]];
                tv[k] = new double[rowsPer[k] * tr.get(k).width()];
            }
            java.util.TreeSet<Double> clock = new java.util.TreeSet<>();
            for (SpikeRecord r : sr) {
                for (double t : r.times()) {
                    clock.add(t);
                }
            }
            for (Trace t : tr) {
                for (double x : t.times()) {
                    clock.add(x);
                }
            }
            for (double now : clock) {
                for (int p = 0; p < sr.size(); p++) {
                    SpikeRecord r = sr.get(p);
                    while (nextSpike[p] < r.count() && r.times()[nextSpike[p]] == now) {
                        if (cu[p] == size) {
                            sink.spikes(r.population(), ci[p], ct[p], cu[p]);
                            cu[p] = 0;
                        }
                        ci[p][cu[p]] = r.indices()[nextSpike[p]];
                        ct[p][cu[p]++] = now;
                        nextSpike[p]++;
                    }
                }
                for (int k = 0; k < tr.size(); k++) {
                    Trace t = tr.get(k);
                    if (nextRow[k] < t.times().length && t.times()[nextRow[k]] == now) {
                        if (tu[k] == rowsPer[k]) {
                            sink.samples(t.target(), t.indices(), tt[k], tv[k], tu[k]);
                            tu[k] = 0;
                        }
                        tt[k][tu[k]] = now;
                        System.arraycopy(t.values(), nextRow[k] * t.width(), tv[k], tu[k] * t.width(), t.width());
                        tu[k]++;
                        nextRow[k]++;
                    }
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int p = 0; p < sr.size(); p++) {
                if (cu[p] > 0) {
                    sink.spikes(sr.get(p).population(), ci[p], ct[p], cu[p]);
                }
                counts.put(sr.get(p).population(), (long) sr.get(p).count());
            }
            for (int k = 0; k < tr.size(); k++) {
                if (tu[k] > 0) {
                    sink.samples(tr.get(k).target(), tr.get(k).indices(), tt[k], tv[k], tu[k]);
                }
            }
            return counts;
        }

        private static SpikeRecord spikes(String pop, int size, double covered) {
            List<double[]> all = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                double period = 5 + i % 3;
                for (double t = 1 + 0.1 * i; t < covered; t += period) {
                    all.add(new double[] {t, i});
                }
            }
            all.sort((a, b) -> Double.compare(a[0], b[0]));
            int[] idx = new int[all.size()];
            double[] times = new double[all.size()];
            for (int k = 0; k < idx.length; k++) {
                times[k] = all.get(k)[0];
                idx[k] = (int) all.get(k)[1];
            }
            return new SpikeRecord(pop, size, idx, times);
        }

        @Override
        public int neurons() {
            int n = 0;
            for (int s : sizes.values()) {
                n += s;
            }
            return n;
        }

        @Override
        public long synapses() {
            return 1000L;
        }

        @Override
        public void reset() {
            RESETS.incrementAndGet();
        }
    }

    record Result(double duration, double dt, Map<String, SpikeRecord> spikeMap, Map<String, Trace> traceMap,
                  RunTimings timings, BrainjException error, Map<String, Long> streamedCounts)
            implements RunResult {

        @Override
        public long spikeCount(String population) {
            return streamedCounts == null ? spikes(population).count() : streamedCounts.get(population);
        }

        @Override
        public String backend() {
            return "fake";
        }

        @Override
        public List<String> spikePopulations() {
            return new ArrayList<>(spikeMap.keySet());
        }

        @Override
        public SpikeRecord spikes(String population) {
            SpikeRecord r = spikeMap.get(population);
            if (r == null) {
                throw new IllegalArgumentException("no spikes of " + population);
            }
            return r;
        }

        @Override
        public List<String> traceTargets() {
            return new ArrayList<>(traceMap.keySet());
        }

        @Override
        public Trace trace(String target) {
            return traceMap.get(target);
        }

        @Override
        public Optional<BrainjException> failure() {
            return Optional.ofNullable(error);
        }
    }
}
