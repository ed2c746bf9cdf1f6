package org.brainj.api.run;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.brainj.api.core.ParameterException;

/**
 * One run of a built simulation.
 *
 * @param duration  simulated time [ms], &gt; 0
 * @param monitors  what to record
 * @param progress  told of progress
 * @param cancelled polled between steps; when it answers true the run stops and returns what it recorded
 * @param sink      where recordings stream to as they are made, or null to keep them in the result; with a sink
 *                  the result's spike records and traces are empty ({@link RunResult#spikeCount} still counts)
 *                  and memory stays bounded however long the run
 */
public record RunRequest(double duration, List<MonitorSpec> monitors, ProgressListener progress,
                         BooleanSupplier cancelled, RecordingSink sink) {

    /** Validates the duration and copies the monitors. */
    public RunRequest {
        if (!(duration > 0) || !Double.isFinite(duration)) {
            throw new ParameterException("duration", duration + " ms", "must be > 0 ms and finite");
        }
        monitors = List.copyOf(monitors);
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
    }

    /**
     * A request that keeps its recordings in the result.
     *
     * @param duration  simulated time [ms]
     * @param monitors  what to record
     * @param progress  told of progress
     * @param cancelled polled between steps
     */
    public RunRequest(double duration, List<MonitorSpec> monitors, ProgressListener progress,
                      BooleanSupplier cancelled) {
        this(duration, monitors, progress, cancelled, null);
    }

    /**
     * @param s where recordings go as they are made
     * @return a copy streaming to {@code s}
     */
    public RunRequest withSink(RecordingSink s) {
        return new RunRequest(duration, monitors, progress, cancelled, s);
    }

    /**
     * @param duration simulated time [ms]
     * @param monitors what to record
     * @return a request without progress reporting or cancellation
     */
    public static RunRequest of(double duration, MonitorSpec... monitors) {
        return new RunRequest(duration, List.of(monitors), ProgressListener.NONE, () -> false);
    }
}
