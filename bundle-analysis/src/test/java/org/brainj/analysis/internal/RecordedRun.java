package org.brainj.analysis.internal;

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

/** A hand-built run result: records are added by the test, nothing is simulated. */
final class RecordedRun implements RunResult {

    private final double duration;
    private final double dt;
    private final Map<String, SpikeRecord> spikes = new LinkedHashMap<>();
    private final Map<String, Trace> traces = new LinkedHashMap<>();

    RecordedRun(double duration, double dt) {
        this.duration = duration;
        this.dt = dt;
    }

    RecordedRun spikes(String population, int size, int[] indices, double[] times) {
        spikes.put(population, new SpikeRecord(population, size, indices, times));
        return this;
    }

    RecordedRun trace(String target, int[] indices, double[] times, double[] values) {
        traces.put(target, new Trace(target, "mV", indices, times, values));
        return this;
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
        return "test";
    }

    @Override
    public List<String> spikePopulations() {
        return new ArrayList<>(spikes.keySet());
    }

    @Override
    public SpikeRecord spikes(String population) {
        SpikeRecord r = spikes.get(population);
        if (r == null) {
            throw new IllegalArgumentException("no spikes of '" + population + "'; known: " + spikes.keySet());
        }
        return r;
    }

    @Override
    public List<String> traceTargets() {
        return new ArrayList<>(traces.keySet());
    }

    @Override
    public Trace trace(String target) {
        Trace t = traces.get(target);
        if (t == null) {
            throw new IllegalArgumentException("no trace of '" + target + "'; known: " + traces.keySet());
        }
        return t;
    }

    @Override
    public RunTimings timings() {
        return new RunTimings(0.0, 0.0, Math.round(duration / dt));
    }

    @Override
    public Optional<BrainjException> failure() {
        return Optional.empty();
    }
}
