package org.brainj.trainers.internal.task;

/**
 * A built-in training task of {@code brainj train <task>}: it builds its model and data, trains, evaluates and
 * returns what the command writes to {@code summary.json} and the learning-curve plot.
 */
public interface TrainTask {

    /** @return the task's name on the command line, e.g. {@code digits-snn} */
    String name();

    /** @return one line for the command's help */
    String description();

    /** @return epochs used when {@code --epochs} is not given */
    int defaultEpochs();

    /** @return batch size used when {@code --batch} is not given */
    int defaultBatch();

    /**
     * Runs the task.
     *
     * @param settings epochs, batch, seed, threads, output folder, progress
     * @return the outcome; never null
     * @throws org.brainj.api.core.BrainjException for bad settings or a failed training, naming the cause
     */
    TaskOutcome run(TaskSettings settings);
}
