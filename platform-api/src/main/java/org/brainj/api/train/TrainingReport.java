package org.brainj.api.train;

import java.util.List;

/**
 * What a training run did.
 *
 * @param epochs       metrics per completed epoch
 * @param stoppedEarly true when early stopping ended it
 */
public record TrainingReport(List<EpochMetrics> epochs, boolean stoppedEarly) {

    /** Copies the list. */
    public TrainingReport {
        epochs = List.copyOf(epochs);
    }
}
