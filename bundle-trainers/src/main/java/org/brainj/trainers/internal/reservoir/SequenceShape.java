package org.brainj.trainers.internal.reservoir;

/**
 * Implemented by the trainers bundle's own models next to {@link org.brainj.api.train.OfflineTrainable}: the input
 * width per step, which the API's role does not expose. It lets the trainers split a dataset's input into steps and
 * accept a target for the last step only; for other models the targets must cover every step.
 */
public interface SequenceShape {

    /** @return input values per step */
    int inputSize();
}
