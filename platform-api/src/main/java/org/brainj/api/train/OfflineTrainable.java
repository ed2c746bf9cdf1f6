package org.brainj.api.train;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A model with a linear readout fitted in one solve (ridge regression, linear regression, ...): the model turns an
 * input sequence into features, the trainer fits the readout weights.
 */
@ConsumerType
public interface OfflineTrainable extends Trainable {

    /** @return features per step (e.g. reservoir size) */
    int featureSize();

    /** @return readout outputs per step */
    int outputSize();

    /**
     * Runs the model on one input sequence from its reset state.
     *
     * @param input sequence, steps × input size, row-major (not modified)
     * @param steps number of steps
     * @param out   receives steps × {@link #featureSize()} features (modified)
     */
    void features(double[] input, int steps, double[] out);

    /**
     * @return the live readout weights, {@link #outputSize()} × ({@link #featureSize()} + 1) row-major, the last
     *     column the bias; trainers write into it
     */
    double[] readout();
}
