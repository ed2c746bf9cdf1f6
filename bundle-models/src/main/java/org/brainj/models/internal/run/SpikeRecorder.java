package org.brainj.models.internal.run;

import org.brainj.api.run.SpikeRecord;
import org.brainj.models.kit.NeuronGroup;

/** Records a population's spikes as compact (index, step) lists, appended from its fired list each step. */
final class SpikeRecorder {

    private final NeuronGroup group;
    private final Chunks.Ints indices = new Chunks.Ints();
    private final Chunks.Ints steps = new Chunks.Ints();
    private final Chunks.Ints stepHigh = new Chunks.Ints();

    SpikeRecorder(NeuronGroup group) {
        this.group = group;
    }

    NeuronGroup group() {
        return group;
    }

    void record(long step) {
        int n = group.firedCount();
        if (n == 0) {
            return;
        }
        indices.addAll(group.fired(), n);
        // Steps beyond 2^31 (2.4 days at 0.1 ms) are kept exact in a second list rather than as longs everywhere.
        for (int k = 0; k < n; k++) {
            steps.add((int) step);
            stepHigh.add((int) (step >>> 32));
        }
    }

    long count() {
        return indices.size();
    }

    SpikeRecord result(double dt) {
        int[] idx = indices.toArray();
        int[] lo = steps.toArray();
        int[] hi = stepHigh.toArray();
        double[] times = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            long s = ((long) hi[k] << 32) | (lo[k] & 0xFFFFFFFFL);
            times[k] = s * dt;
        }
        return new SpikeRecord(group.name(), group.size(), idx, times);
    }
}
