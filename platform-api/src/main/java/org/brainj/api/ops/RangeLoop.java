package org.brainj.api.ops;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Operator family: a loop over the index range [0, n) split into contiguous slices, one per thread, for neuron
 * updates and other per-element work whose elements are independent. Obtained with
 * {@link OperatorBackend#operators(Class, int)}; the serial variant runs the whole range on the calling thread.
 *
 * <p>The partition is fixed: with T threads, slice t is [⌊t·n/T⌋, ⌊(t+1)·n/T⌋), so a body that writes only its own
 * slice gives the same result for every thread count. Slice 0 runs on the calling thread.
 */
@ConsumerType
public interface RangeLoop {

    /** The work on one slice of the range. */
    @FunctionalInterface
    interface Body {
        /**
         * Processes the elements [from, to); called once per non-empty slice, possibly concurrently with other
         * slices. Must not call a parallel operator of the same backend (it would run serially).
         *
         * @param from first index, inclusive
         * @param to   last index, exclusive
         */
        void run(int from, int to);
    }

    /** @return the number of threads (slices) this loop uses */
    int threads();

    /**
     * Runs {@code body} over [0, n) and returns when every slice is done. Allocates nothing; an exception thrown
     * by any slice is rethrown here after all slices have finished.
     *
     * @param n    the range size, at least 0
     * @param body the work (not retained after the call)
     * @throws IllegalArgumentException when {@code n < 0}
     */
    void forEach(int n, Body body);
}
