package org.brainj.trainers.internal.bptt;

import java.util.List;

import org.brainj.api.core.BrainjException;
import org.brainj.api.train.EpochMetrics;

/**
 * Training stopped because the loss, a gradient or a parameter became NaN or infinite. The model keeps the last
 * good weights (those before the offending batch); the epochs completed before it are kept here.
 */
public final class TrainingDivergedException extends BrainjException {

    private static final long serialVersionUID = 1L;

    private final int epoch;
    private final int batch;
    private final transient List<EpochMetrics> completed;

    /**
     * @param what      what became non-finite, e.g. {@code loss = NaN}
     * @param epoch     the epoch, from 1
     * @param batch     the batch within the epoch, from 1
     * @param batches   batches per epoch
     * @param completed metrics of the epochs completed before
     */
    public TrainingDivergedException(String what, int epoch, int batch, int batches, List<EpochMetrics> completed) {
        super("training diverged: " + what + " at epoch " + epoch + ", batch " + batch + " of " + batches
                + "; the model keeps the last good weights (from before this batch); try a smaller learning rate");
        this.epoch = epoch;
        this.batch = batch;
        this.completed = List.copyOf(completed);
    }

    /** @return the epoch of the failure, from 1 */
    public int epoch() {
        return epoch;
    }

    /** @return the batch of the failure within its epoch, from 1 */
    public int batch() {
        return batch;
    }

    /** @return metrics of the epochs completed before the failure */
    public List<EpochMetrics> completed() {
        return completed;
    }
}
