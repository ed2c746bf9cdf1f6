package org.brainj.trainers.internal.snn;

/**
 * What a {@link Block} may need to know about the pass it records: training or evaluation, and the keys of
 * reproducible noise (dropout masks). One instance per worker, updated before each chunk; blocks only read it.
 */
public final class Phase {

    private boolean training;
    private long update;
    private int firstSample;

    Phase() {
    }

    void set(boolean isTraining, long updateCount, int first) {
        this.training = isTraining;
        this.update = updateCount;
        this.firstSample = first;
    }

    /** @return true while computing gradients for an update, false when only predicting */
    public boolean training() {
        return training;
    }

    /** @return how many gradient computations the network did before this one (a noise key) */
    public long update() {
        return update;
    }

    /** @return the batch index of the chunk's first sample (row 0 of every node) */
    public int firstSample() {
        return firstSample;
    }
}
