package org.brainj.models.internal.run;

import org.brainj.api.run.RecordingSink;
import org.brainj.api.run.Trace;

/**
 * Samples a state variable's chosen members every k steps, after the step's update, into chunked buffers, or, with a
 * {@link RecordingSink}, into one reusable chunk handed on whenever it fills.
 */
final class TraceRecorder {

    private final String target;
    private final String unit;
    private final double[] values;
    private final int[] indices;
    private final int every;
    private final RecordingSink sink;
    private final Chunks.Doubles samples = new Chunks.Doubles();
    private final Chunks.Doubles times = new Chunks.Doubles();
    private final double[] chunkTimes;
    private final double[] chunkValues;
    private int rows;

    TraceRecorder(String target, String unit, double[] values, int[] indices, int every, RecordingSink sink) {
        this.target = target;
        this.unit = unit;
        this.values = values;
        this.indices = indices;
        this.every = every;
        this.sink = sink;
        int chunkRows = Math.max(1, Chunks.CHUNK / Math.max(1, indices.length));
        this.chunkTimes = sink == null ? null : new double[chunkRows];
        this.chunkValues = sink == null ? null : new double[chunkRows * indices.length];
    }

    void record(long step, double timeAfterStep) {
        if (step % every != 0) {
            return;
        }
        if (sink != null) {
            if (rows == chunkTimes.length) {
                flush();
            }
            chunkTimes[rows] = timeAfterStep;
            int base = rows * indices.length;
            for (int c = 0; c < indices.length; c++) {
                chunkValues[base + c] = values[indices[c]];
            }
            rows++;
            return;
        }
        times.add(timeAfterStep);
        for (int i : indices) {
            samples.add(values[i]);
        }
    }

    void flush() {
        if (sink != null && rows > 0) {
            sink.samples(target, indices, chunkTimes, chunkValues, rows);
            rows = 0;
        }
    }

    Trace result() {
        if (sink != null) {
            return new Trace(target, unit, indices.clone(), new double[0], new double[0]);
        }
        return new Trace(target, unit, indices.clone(), times.toArray(), samples.toArray());
    }
}
