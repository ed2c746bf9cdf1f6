package org.brainj.models.internal.run;

import org.brainj.api.run.RecordingSink;
import org.brainj.api.run.SpikeRecord;
import org.brainj.models.kit.NeuronGroup;

/**
 * Records a population's spikes. Kept in memory compactly (the fired indices of every step back to back and one count
 * per step: 4 bytes per spike and 4 per step), or, with a {@link RecordingSink}, handed on in chunks of
 * {@value Chunks#CHUNK} spikes so that memory stays bounded.
 */
final class SpikeRecorder {

    private final NeuronGroup group;
    private final RecordingSink sink;
    private final double dt;
    private final Chunks.Ints indices = new Chunks.Ints();
    private final Chunks.Ints counts = new Chunks.Ints();
    private final int[] chunkIndices;
    private final double[] chunkTimes;
    private int chunkUsed;
    private long firstStep = -1;
    private long total;

    SpikeRecorder(NeuronGroup group, RecordingSink sink, double dt) {
        this.group = group;
        this.sink = sink;
        this.dt = dt;
        this.chunkIndices = sink == null ? null : new int[Chunks.CHUNK];
        this.chunkTimes = sink == null ? null : new double[Chunks.CHUNK];
    }

    NeuronGroup group() {
        return group;
    }

    void record(long step) {
        record(step, group.fired(), group.firedCount());
    }

    /** Records the spikes {@code fired[0..n)} of {@code step} (a partitioned run's gathered list). */
    void record(long step, int[] fired, int n) {
        total += n;
        if (sink != null) {
            double t = step * dt;
            for (int k = 0; k < n; k++) {
                if (chunkUsed == Chunks.CHUNK) {
                    flush();
                }
                chunkIndices[chunkUsed] = fired[k];
                chunkTimes[chunkUsed++] = t;
            }
            return;
        }
        if (firstStep < 0) {
            firstStep = step;
        }
        counts.add(n);
        if (n > 0) {
            indices.addAll(fired, n);
        }
    }

    /** Hands the pending chunk to the sink (nothing without one). */
    void flush() {
        if (sink != null && chunkUsed > 0) {
            sink.spikes(group.name(), chunkIndices, chunkTimes, chunkUsed);
            chunkUsed = 0;
        }
    }

    long count() {
        return total;
    }

    SpikeRecord result() {
        if (sink != null) {
            return new SpikeRecord(group.name(), group.size(), new int[0], new double[0]);
        }
        int[] idx = indices.toArray();
        int[] perStep = counts.toArray();
        double[] times = new double[idx.length];
        int k = 0;
        for (int s = 0; s < perStep.length; s++) {
            double t = (firstStep + s) * dt;
            for (int c = 0; c < perStep[s]; c++) {
                times[k++] = t;
            }
        }
        return new SpikeRecord(group.name(), group.size(), idx, times);
    }
}
