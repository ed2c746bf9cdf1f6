package org.brainj.trainers.internal.task;

import java.util.Map;

/**
 * What a {@link TrainTask} reports; the command writes it to {@code summary.json} as {@code task}, {@code epochs},
 * {@code train_loss}, each entry of {@code testMetrics} as a top-level field (e.g. {@code test_accuracy},
 * {@code test_nrmse}), {@code timings} {total_s, per_epoch_s} and {@code extra} under {@code details}.
 *
 * @param task          the task's name
 * @param epochs        epochs actually run (early stop may end sooner)
 * @param trainLoss     mean training loss per epoch
 * @param testMetrics   the task's test metrics by summary field name
 * @param totalSeconds  wall time of the whole task
 * @param epochSeconds  wall time of each epoch
 * @param extra         further task-specific facts (definitions, sizes, per-epoch test values), JSON-friendly values
 */
public record TaskOutcome(String task, int epochs, double[] trainLoss, Map<String, Double> testMetrics,
                          double totalSeconds, double[] epochSeconds, Map<String, Object> extra) {
}
