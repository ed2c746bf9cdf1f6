package org.brainj.api.train;

import org.osgi.annotation.versioning.ConsumerType;

/** Samples for training or testing, read by index into caller buffers. */
@ConsumerType
public interface Dataset {

    /** @return the number of samples */
    int size();

    /** @return values per input sample (steps × features for sequences) */
    int inputLength();

    /** @return values per target sample (e.g. one-hot classes) */
    int targetLength();

    /**
     * @param index  sample index, 0 ≤ index &lt; size
     * @param input  receives the input (modified)
     * @param target receives the target (modified)
     */
    void read(int index, double[] input, double[] target);
}
