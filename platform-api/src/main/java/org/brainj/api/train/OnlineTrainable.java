package org.brainj.api.train;

import org.osgi.annotation.versioning.ConsumerType;

/** A model whose readout is updated step by step (RLS, LMS, FORCE) while it runs. */
@ConsumerType
public interface OnlineTrainable extends OfflineTrainable {

    /**
     * Advances the model one step and writes its features.
     *
     * @param input    one step of input (not modified)
     * @param features receives {@link #featureSize()} features (modified)
     */
    void step(double[] input, double[] features);

    /** Returns the model's state (not its readout) to the start of a sequence. */
    void resetState();
}
