package org.brainj.trainers.internal.readout;

import org.brainj.api.core.ModelException;
import org.brainj.api.train.Dataset;
import org.brainj.api.train.OfflineTrainable;
import org.brainj.trainers.internal.reservoir.SequenceShape;

/**
 * How a dataset's samples map onto a readout model: each sample is a sequence of {@code steps} inputs of
 * {@code inputSize} values, and its target covers either every step ({@code steps × outputs}) or the last step only
 * ({@code outputs}).
 *
 * @param steps      steps per sample
 * @param inputSize  inputs per step
 * @param outputs    readout outputs
 * @param everyStep  true when the target covers every step
 */
record Samples(int steps, int inputSize, int outputs, boolean everyStep) {

    /**
     * @param model the model
     * @param data  a dataset
     * @param name  which dataset, for messages
     * @return the layout
     * @throws ModelException naming expected and actual lengths when they do not fit
     */
    static Samples of(OfflineTrainable model, Dataset data, String name) {
        int m = model.outputSize();
        int lin = data.inputLength();
        int lt = data.targetLength();
        if (model instanceof SequenceShape shaped) {
            int u = shaped.inputSize();
            if (lin % u != 0 || lin == 0) {
                throw new ModelException(name + " data: each input has " + lin + " values, expected a whole number"
                        + " of steps of the model's " + u + " inputs");
            }
            int steps = lin / u;
            if (lt == (long) steps * m) {
                return new Samples(steps, u, m, true);
            }
            if (lt == m) {
                return new Samples(steps, u, m, false);
            }
            throw new ModelException(name + " data: each target has " + lt + " values, expected " + m
                    + " (last step) or steps x outputs = " + steps + " x " + m + " = " + (long) steps * m);
        }
        if (lt % m != 0 || lt == 0) {
            throw new ModelException(name + " data: each target has " + lt + " values, expected a whole number of "
                    + "steps of the model's " + m + " outputs");
        }
        int steps = lt / m;
        if (lin % steps != 0) {
            throw new ModelException(name + " data: each input has " + lin + " values, not divisible into the "
                    + steps + " steps the target implies");
        }
        return new Samples(steps, lin / steps, m, true);
    }

    /**
     * @param step a step of the sequence
     * @return whether the target gives this step's output
     */
    boolean targeted(int step) {
        return everyStep || step == steps - 1;
    }

    /**
     * @param step a targeted step
     * @return where its target starts in the sample's target
     */
    int targetOffset(int step) {
        return everyStep ? step * outputs : 0;
    }
}
