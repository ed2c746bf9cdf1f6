package org.brainj.trainers.internal.task;

import org.brainj.api.train.Dataset;

/** In-memory samples of equal length: row-major inputs and targets, one row per sample. */
final class SequenceData implements Dataset {

    private final double[] inputs;
    private final double[] targets;
    private final int samples;
    private final int inputLength;
    private final int targetLength;

    SequenceData(double[] inputs, double[] targets, int samples) {
        if (samples < 1 || inputs.length % samples != 0 || targets.length % samples != 0) {
            throw new IllegalArgumentException("sequence data: " + inputs.length + " inputs and " + targets.length
                    + " targets do not split into " + samples + " samples");
        }
        this.inputs = inputs;
        this.targets = targets;
        this.samples = samples;
        this.inputLength = inputs.length / samples;
        this.targetLength = targets.length / samples;
    }

    @Override
    public int size() {
        return samples;
    }

    @Override
    public int inputLength() {
        return inputLength;
    }

    @Override
    public int targetLength() {
        return targetLength;
    }

    @Override
    public void read(int index, double[] input, double[] target) {
        System.arraycopy(inputs, index * inputLength, input, 0, inputLength);
        System.arraycopy(targets, index * targetLength, target, 0, targetLength);
    }
}
