package org.brainj.models.internal.run;

import org.brainj.api.run.Trace;

/** Samples a state variable's chosen members every k steps into chunked buffers, after the step's update. */
final class TraceRecorder {

    private final String target;
    private final String unit;
    private final double[] values;
    private final int[] indices;
    private final int every;
    private final Chunks.Doubles samples = new Chunks.Doubles();
    private final Chunks.Doubles times = new Chunks.Doubles();

    TraceRecorder(String target, String unit, double[] values, int[] indices, int every) {
        this.target = target;
        this.unit = unit;
        this.values = values;
        this.indices = indices;
        this.every = every;
    }

    void record(long step, double timeAfterStep) {
        if (step % every != 0) {
            return;
        }
        times.add(timeAfterStep);
        for (int i : indices) {
            samples.add(values[i]);
        }
    }

    Trace result() {
        return new Trace(target, unit, indices.clone(), times.toArray(), samples.toArray());
    }
}
