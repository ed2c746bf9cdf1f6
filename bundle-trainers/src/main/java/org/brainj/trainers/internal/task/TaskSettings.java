package org.brainj.trainers.internal.task;

import java.nio.file.Path;
import java.util.Objects;

import org.brainj.api.run.ProgressListener;

/**
 * Settings of one {@link TrainTask} run, as parsed from the command line.
 *
 * @param epochs   passes over the training data, ≥ 1
 * @param batch    samples per update, ≥ 1
 * @param seed     seed of every random draw (initial weights, shuffling, encoders)
 * @param threads  worker threads, ≥ 1
 * @param out      output folder (exists), for any extra files the task writes
 * @param progress told of progress within each epoch
 */
public record TaskSettings(int epochs, int batch, long seed, int threads, Path out, ProgressListener progress) {

    /** Validates the fields. */
    public TaskSettings {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
    }
}
