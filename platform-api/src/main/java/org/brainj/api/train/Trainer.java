package org.brainj.api.train;

import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/** SPI: a training algorithm (ridge regression, RLS, BPTT, ...). */
@ConsumerType
public interface Trainer extends Provider {

    /** @return how it learns, which fixes the role interface the model must implement */
    TrainingKind trainingKind();

    /**
     * @param model   the model; must implement the role of {@link #trainingKind()}
     * @param train   training samples
     * @param test    test samples, or null
     * @param options epochs, batch size, seed, early stopping, hyper-parameters
     * @return per-epoch metrics
     * @throws org.brainj.api.core.ModelException naming the missing role interface when the model lacks it
     */
    TrainingReport fit(Trainable model, Dataset train, Dataset test, TrainingOptions options);
}
