package org.brainj.models.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StateVariable;
import org.brainj.api.random.CounterRandom;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.RunTimings;
import org.brainj.api.run.Simulation;
import org.brainj.api.run.SimulationOptions;
import org.brainj.api.run.SpikeRecord;
import org.brainj.api.run.Trace;
import org.brainj.models.kit.Network;
import org.brainj.models.kit.NetworkPartition;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.kit.PostSynapse;

/**
 * A built network and its run loop. Each step: set t = i·dt, update the network (inputs, projections, populations),
 * record spikes of every population and the monitored traces. A divergence stops the run at its step and the result
 * keeps everything recorded before it; cancellation is polled every few hundred steps.
 *
 * <p>Recording conventions: a spike found while integrating from t to t + dt is stamped t (as Brian2 stamps it);
 * trace samples are taken after the update and stamped t + dt, the time the state belongs to.
 */
final class NetworkSimulation implements Simulation {

    private static final int POLL_STEPS = 256;
    private static final long PROGRESS_NANOS = 200_000_000L;

    private final Network network;
    private final SimulationOptions options;
    private final double buildSeconds;
    private final String backend;
    private final RunContext ctx;
    private final NetworkPartition partition;
    private long step;

    NetworkSimulation(Network network, SimulationOptions options, double buildSeconds, String backend) {
        this(network, options, buildSeconds, backend, null);
    }

    /**
     * @param partition this rank's part when the network is partitioned over several ranks (null: the whole network
     *                  in this process)
     */
    NetworkSimulation(Network network, SimulationOptions options, double buildSeconds, String backend,
                      NetworkPartition partition) {
        this.partition = partition;
        this.network = network;
        this.options = options;
        this.buildSeconds = buildSeconds;
        this.backend = backend;
        this.ctx = new RunContext(options.dt(), new CounterRandom(options.seed()));
    }

    @Override
    public DynamicalSystem root() {
        return network;
    }

    @Override
    public SimulationOptions options() {
        return options;
    }

    @Override
    public int neurons() {
        return network.neurons();
    }

    @Override
    public long synapses() {
        return network.synapses();
    }

    @Override
    public RunResult run(RunRequest request) {
        double dt = options.dt();
        long steps = Math.round(request.duration() / dt);
        if (steps < 1) {
            throw new ParameterException("duration", request.duration() + " ms", "must be at least one step, dt = "
                    + dt + " ms");
        }
        if (partition != null) {
            return runPartition(request, steps);
        }
        List<SpikeRecorder> spikeRecorders = new ArrayList<>();
        for (NeuronGroup g : network.populations()) {
            spikeRecorders.add(new SpikeRecorder(g, request.sink(), dt));
        }
        List<TraceRecorder> traces = new ArrayList<>();
        List<String> traceNames = new ArrayList<>();
        for (MonitorSpec m : request.monitors()) {
            if (m.variable().equals("spike")) {
                network.population(m.population());
                continue;
            }
            traces.add(traceRecorder(m, request));
            traceNames.add(m.target());
        }
        SpikeRecorder[] sr = spikeRecorders.toArray(new SpikeRecorder[0]);
        TraceRecorder[] tr = traces.toArray(new TraceRecorder[0]);
        long eventsBefore = network.synapticEvents();
        long first = step;
        BrainjException failure = null;
        long started = System.nanoTime();
        long lastReport = started;
        long done = 0;
        try {
            for (long k = 0; k < steps; k++) {
                long s = first + k;
                ctx.at(s);
                network.update(ctx);
                for (SpikeRecorder r : sr) {
                    r.record(s);
                }
                double tAfter = (s + 1) * dt;
                for (TraceRecorder r : tr) {
                    r.record(k, tAfter);
                }
                done = k + 1;
                if (done % POLL_STEPS == 0) {
                    long now = System.nanoTime();
                    if (now - lastReport >= PROGRESS_NANOS) {
                        request.progress().progress(done, steps);
                        lastReport = now;
                    }
                    if (request.cancelled().getAsBoolean()) {
                        failure = new BrainjException("run cancelled at step " + s + " (t = " + (s * dt) + " ms)");
                        break;
                    }
                }
            }
        } catch (BrainjException e) {
            failure = e;
        }
        double runSeconds = (System.nanoTime() - started) * 1e-9;
        step = first + done;
        request.progress().progress(done, steps);
        Map<String, SpikeRecord> spikes = new LinkedHashMap<>();
        Map<String, Long> spikeCounts = new LinkedHashMap<>();
        for (SpikeRecorder r : sr) {
            r.flush();
            spikes.put(r.group().name(), r.result());
            spikeCounts.put(r.group().name(), r.count());
        }
        Map<String, Trace> traceResults = new LinkedHashMap<>();
        for (int i = 0; i < tr.length; i++) {
            tr[i].flush();
            traceResults.put(traceNames.get(i), tr[i].result());
        }
        RunTimings timings = new RunTimings(buildSeconds, runSeconds, done,
                network.synapticEvents() - eventsBefore);
        return new NetworkRunResult(done * dt, dt, backend, spikes, spikeCounts, traceResults, timings, failure);
    }

    /**
     * The run loop of one rank of a partitioned network: step this rank's part, exchange every window, record the
     * gathered spikes (rank 0 keeps them all; other ranks count them). Traces are refused: a rank holds the state of
     * its own slice only. Cancellation is not polled, since one rank alone cannot stop a collective run.
     */
    private RunResult runPartition(RunRequest request, long steps) {
        double dt = options.dt();
        for (MonitorSpec m : request.monitors()) {
            network.population(m.population());
            if (!m.variable().equals("spike")) {
                throw new ModelException("monitor " + m.target() + ": a partitioned run records spikes only (each "
                        + "rank holds the state of its own neurons); run in one process to record traces");
            }
        }
        boolean keep = partition.rank() == 0;
        List<NeuronGroup> groups = network.populations();
        SpikeRecorder[] sr = new SpikeRecorder[groups.size()];
        long[] counts = new long[groups.size()];
        for (int g = 0; g < sr.length; g++) {
            sr[g] = keep ? new SpikeRecorder(groups.get(g), request.sink(), dt) : null;
        }
        long[] windowStart = new long[1];
        NetworkPartition.SpikeSink sink = (k, g, fired, count) -> {
            counts[g] += count;
            if (sr[g] != null) {
                sr[g].record(windowStart[0] + k, fired, count);
            }
        };
        long eventsBefore = network.synapticEvents();
        long first = step;
        BrainjException failure = null;
        long started = System.nanoTime();
        long lastReport = started;
        long done = 0;
        windowStart[0] = first;
        double exchangedBefore = partition.exchangeSeconds();
        long exchangesBefore = partition.exchanges();
        try {
            for (long k = 0; k < steps; k++) {
                long s = first + k;
                ctx.at(s);
                if (partition.step(ctx) || k == steps - 1) {
                    int n = partition.pending();
                    partition.exchange(sink);
                    done += n;
                    windowStart[0] = first + done;
                    long now = System.nanoTime();
                    if (now - lastReport >= PROGRESS_NANOS) {
                        request.progress().progress(done, steps);
                        lastReport = now;
                    }
                }
            }
        } catch (BrainjException e) {
            failure = e;
        }
        double runSeconds = (System.nanoTime() - started) * 1e-9;
        step = first + done;
        request.progress().progress(done, steps);
        Map<String, SpikeRecord> spikes = new LinkedHashMap<>();
        Map<String, Long> spikeCounts = new LinkedHashMap<>();
        for (int g = 0; g < sr.length; g++) {
            String name = groups.get(g).name();
            if (sr[g] != null) {
                sr[g].flush();
                spikes.put(name, sr[g].result());
            } else {
                // Other ranks keep counts only; rank 0 holds the trains.
                spikes.put(name, new SpikeRecord(name, groups.get(g).size(), new int[0], new double[0]));
            }
            spikeCounts.put(name, counts[g]);
        }
        RunTimings timings = new RunTimings(buildSeconds, runSeconds, done,
                network.synapticEvents() - eventsBefore);
        String exchanged = String.format(java.util.Locale.ROOT, "%s, rank %d, exchange every %d steps (%d "
                        + "exchanges, %.3f s of this rank's run)", partition.exchange().describe(), partition.rank(),
                partition.window(), partition.exchanges() - exchangesBefore,
                partition.exchangeSeconds() - exchangedBefore);
        return new NetworkRunResult(done * dt, dt, backend + "; " + exchanged, spikes, spikeCounts,
                Map.of(), timings, failure);
    }

    private TraceRecorder traceRecorder(MonitorSpec m, RunRequest request) {
        NeuronGroup g = network.population(m.population());
        String var = m.variable();
        StateVariable sv = find(g, var);
        if (sv == null) {
            throw new ModelException("monitor " + m.target() + ": population " + g.name() + " has no variable '"
                    + var + "'; it has " + variables(g) + " and spike");
        }
        int[] idx = m.indices();
        if (idx == null) {
            idx = new int[g.size()];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
        }
        for (int i : idx) {
            if (i < 0 || i >= g.size()) {
                throw new ParameterException("monitor " + m.target() + " index", String.valueOf(i),
                        "must be in [0, " + g.size() + ")");
            }
        }
        return new TraceRecorder(m.target(), sv.unit(), sv.values(), idx, m.every(), request.sink());
    }

    /** A population's own variables by name, then its synapses' as {@code <synapse model>.<var>} ("Expon.g"). */
    private static StateVariable find(NeuronGroup g, String var) {
        for (StateVariable s : g.state()) {
            if (s.name().equals(var)) {
                return s;
            }
        }
        for (PostSynapse p : g.synapses()) {
            if (p.dynamics() == null) {
                continue;
            }
            for (StateVariable s : p.dynamics().state()) {
                if (var.equals(p.dynamics().identity() + "." + s.name())
                        || var.equals(p.dynamics().model() + "." + s.name())) {
                    return s;
                }
            }
        }
        return null;
    }

    private static List<String> variables(NeuronGroup g) {
        List<String> names = new ArrayList<>();
        for (StateVariable s : g.state()) {
            names.add(s.name());
        }
        for (PostSynapse p : g.synapses()) {
            if (p.dynamics() != null) {
                for (StateVariable s : p.dynamics().state()) {
                    names.add(p.dynamics().identity() + "." + s.name());
                }
            }
        }
        return names;
    }

    @Override
    public void reset() {
        network.reset();
        step = 0;
    }
}
