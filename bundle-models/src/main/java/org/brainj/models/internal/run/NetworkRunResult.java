package org.brainj.models.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.brainj.api.core.BrainjException;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.RunTimings;
import org.brainj.api.run.SpikeRecord;
import org.brainj.api.run.Trace;

/** What one run recorded, immutable. */
final class NetworkRunResult implements RunResult {

    private final double duration;
    private final double dt;
    private final String backend;
    private final Map<String, SpikeRecord> spikes;
    private final Map<String, Long> spikeCounts;
    private final Map<String, Trace> traces;
    private final RunTimings timings;
    private final BrainjException failure;

    NetworkRunResult(double duration, double dt, String backend, Map<String, SpikeRecord> spikes,
                     Map<String, Long> spikeCounts, Map<String, Trace> traces, RunTimings timings,
                     BrainjException failure) {
        this.spikeCounts = new LinkedHashMap<>(spikeCounts);
        this.duration = duration;
        this.dt = dt;
        this.backend = backend;
        this.spikes = new LinkedHashMap<>(spikes);
        this.traces = new LinkedHashMap<>(traces);
        this.timings = timings;
        this.failure = failure;
    }

    @Override
    public double duration() {
        return duration;
    }

    @Override
    public double dt() {
        return dt;
    }

    @Override
    public String backend() {
        return backend;
    }

    @Override
    public List<String> spikePopulations() {
        return new ArrayList<>(spikes.keySet());
    }

    @Override
    public SpikeRecord spikes(String population) {
        SpikeRecord r = spikes.get(population);
        if (r == null) {
            throw new IllegalArgumentException("no spikes recorded for '" + population + "'; populations: "
                    + spikes.keySet());
        }
        return r;
    }

    @Override
    public long spikeCount(String population) {
        spikes(population);
        return spikeCounts.get(population);
    }

    @Override
    public List<String> traceTargets() {
        return new ArrayList<>(traces.keySet());
    }

    @Override
    public Trace trace(String target) {
        Trace t = traces.get(target);
        if (t == null) {
            throw new IllegalArgumentException("'" + target + "' was not monitored; monitored: " + traces.keySet());
        }
        return t;
    }

    @Override
    public RunTimings timings() {
        return timings;
    }

    @Override
    public Optional<BrainjException> failure() {
        return Optional.ofNullable(failure);
    }
}
