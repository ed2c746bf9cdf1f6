package org.brainj.api.train;

import java.util.Objects;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.ProgressListener;

/**
 * Settings of a training run.
 *
 * @param epochs    passes over the training set, ≥ 1
 * @param batchSize samples per update, ≥ 1
 * @param seed      seed for shuffling and initialisation
 * @param patience  epochs without test improvement before stopping early; 0 disables early stopping
 * @param hyper     trainer-specific settings (regularisation α, learning rate, optimizer hyper-parameters)
 * @param progress  told of progress within each epoch
 */
public record TrainingOptions(int epochs, int batchSize, long seed, int patience, Parameters hyper,
                              ProgressListener progress) {

    /** Validates the fields. */
    public TrainingOptions {
        if (epochs < 1) {
            throw new ParameterException("epochs", String.valueOf(epochs), "must be >= 1");
        }
        if (batchSize < 1) {
            throw new ParameterException("batchSize", String.valueOf(batchSize), "must be >= 1");
        }
        if (patience < 0) {
            throw new ParameterException("patience", String.valueOf(patience), "must be >= 0");
        }
        Objects.requireNonNull(hyper, "hyper");
        Objects.requireNonNull(progress, "progress");
    }
}
