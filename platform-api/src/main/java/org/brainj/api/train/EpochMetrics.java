package org.brainj.api.train;

/**
 * Metrics of one epoch; NaN where not measured (e.g. no test set).
 *
 * @param epoch         the epoch, from 1
 * @param trainLoss     mean training loss
 * @param trainAccuracy training accuracy in [0, 1]
 * @param testLoss      mean test loss
 * @param testAccuracy  test accuracy in [0, 1]
 * @param seconds       wall time of the epoch [s]
 */
public record EpochMetrics(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                           double seconds) {
}
