package org.brainj.trainers.internal.task;

import org.brainj.api.train.Dataset;

/**
 * A range of {@link DigitsData} as spike trains: input = steps × 64 values (row-major by step), each pixel
 * encoded from its intensity p/16; target = the one-hot class. A stochastic encoding draws either a fixed train
 * per image (the same at every read: a test set) or a fresh one at every read (a training set, where the noise
 * acts as data augmentation); both are reproducible from the seed, since the trainer reads in a seeded order.
 */
public final class EncodedDigits implements Dataset {

    private final DigitsData data;
    private final int from;
    private final int size;
    private final int steps;
    private final SpikeEncoding encoding;
    private final long seed;
    private final boolean fresh;
    private long reads;

    /**
     * @param data     the images
     * @param from     first sample
     * @param size     samples
     * @param steps    time steps per image, ≥ 1
     * @param encoding pixel to spike train
     * @param seed     seed of a stochastic encoding
     * @param fresh    a new draw at every read instead of one fixed train per image
     */
    public EncodedDigits(DigitsData data, int from, int size, int steps, SpikeEncoding encoding, long seed,
                         boolean fresh) {
        if (from < 0 || size < 0 || from + size > data.size()) {
            throw new IllegalArgumentException("samples " + from + " .. " + (from + size) + " are outside the "
                    + data.size() + " images");
        }
        if (steps < 1) {
            throw new org.brainj.api.core.ParameterException("steps", String.valueOf(steps), "must be >= 1");
        }
        this.data = data;
        this.from = from;
        this.size = size;
        this.steps = steps;
        this.encoding = encoding;
        this.seed = seed;
        this.fresh = fresh;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int inputLength() {
        return steps * DigitsData.PIXELS;
    }

    @Override
    public int targetLength() {
        return DigitsData.CLASSES;
    }

    @Override
    public void read(int index, double[] input, double[] target) {
        double[] pixels = data.pixels()[from + index];
        long draw = fresh ? reads++ : from + index;
        long key = seed * 0x632BE59BD9B4E019L + draw * DigitsData.PIXELS;
        for (int i = 0; i < DigitsData.PIXELS; i++) {
            encoding.encode(pixels[i] / DigitsData.MAX_PIXEL, steps, input, i, DigitsData.PIXELS, key + i);
        }
        java.util.Arrays.fill(target, 0.0);
        target[data.labels()[from + index]] = 1.0;
    }
}
