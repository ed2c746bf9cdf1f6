package org.brainj.trainers.internal.snn;

/** How a {@link SpikingNetwork} turns the per-step output of its last block into one prediction per sample. */
public enum Readout {
    /** The mean over all steps (e.g. of a leaky readout's potential, or a spike count rate). */
    MEAN_OVER_TIME,
    /** The value at the last step. */
    LAST_STEP
}
