package org.brainj.api.train;

/** How a trainer learns. */
public enum TrainingKind {
    /** One solve on collected features ({@link OfflineTrainable}). */
    OFFLINE,
    /** Step-by-step readout updates ({@link OnlineTrainable}). */
    ONLINE,
    /** Back-propagation through time with surrogate gradients ({@link Differentiable}). */
    BPTT
}
