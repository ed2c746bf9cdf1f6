package org.brainj.models.kit;

/**
 * The connectivity of a projection bound to an operator backend: how presynaptic spikes (event-driven) or values
 * (align-pre) reach the postsynaptic side. Implementations keep the matrix in some form (CSR, just-in-time, a scalar
 * for all-to-all and one-to-one) and never allocate per step.
 */
public interface Communication {

    /**
     * Event-driven delivery: target[j] += w<sub>ij</sub> for every fired presynaptic i and synapse (i, j), now or, for
     * per-synapse delays, at the step its delay says.
     *
     * @param step   the current step index
     * @param fired  indices of presynaptic neurons that fired, ascending
     * @param count  how many
     * @param target postsynaptic accumulator (modified)
     */
    void events(long step, int[] fired, int count, double[] target);

    /**
     * Event-driven delivery restricted to the postsynaptic members [from, to), for connectivity that can find a
     * row's entries in a column range cheaply; the parallel step lets each thread deliver into its own slice. The
     * default says it cannot.
     *
     * @param fired  indices of presynaptic neurons that fired, ascending
     * @param count  how many
     * @param target postsynaptic accumulator (modified in [from, to) only)
     * @param from   first postsynaptic member
     * @param to     last postsynaptic member, exclusive
     * @return false when this connectivity has no ranged delivery (nothing was done)
     */
    default boolean events(int[] fired, int count, double[] target, int from, int to) {
        return false;
    }

    /**
     * {@link #events(int[], int, double[], int, int)} in step {@code step}, for connectivity that delivers later than
     * the spike (per-synapse delays) and so needs the step, and must be called every step, spikes or not, to
     * deliver what is due. The default ignores the step.
     *
     * @param step   the current step index
     * @param fired  indices of presynaptic neurons that fired, ascending
     * @param count  how many
     * @param target postsynaptic accumulator (modified in [from, to) only)
     * @param from   first postsynaptic member
     * @param to     last postsynaptic member, exclusive
     * @return false when this connectivity has no ranged delivery (nothing was done)
     */
    default boolean events(long step, int[] fired, int count, double[] target, int from, int to) {
        return events(fired, count, target, from, to);
    }

    /**
     * Tells ranged connectivity the postsynaptic slice starts it will be asked for, once, before stepping, so it can
     * precompute where each row's part of a slice begins (instead of searching every firing row every step).
     *
     * @param sliceStarts the first postsynaptic member of each slice, ascending
     */
    default void prepareSlices(int[] sliceStarts) {
    }

    /** @return true when {@link #events(int[], int, double[], int, int)} is supported */
    default boolean ranged() {
        return false;
    }

    /**
     * @return true when one rank of a partitioned run ({@link NetworkPartition}) may deliver by its own slice with
     *     {@link #events(int[], int, double[], int, int)}: one caller at a time, one range per step. Connectivity
     *     whose ranged delivery is cheap only from a single thread (just-in-time: its operators are parallel
     *     themselves) says true here and false in {@link #ranged()}. The default is {@link #ranged()}.
     */
    default boolean rangedPerRank() {
        return ranged();
    }

    /**
     * Value delivery: target[j] += Σ<sub>i</sub> w<sub>ij</sub>·pre[i].
     *
     * @param pre    presynaptic values
     * @param target postsynaptic accumulator (modified)
     */
    void values(double[] pre, double[] target);

    /**
     * @param fired indices of presynaptic neurons that fired
     * @param count how many
     * @return the number of synaptic events those spikes cause (exact for stored matrices, expected for JIT)
     */
    long eventCount(int[] fired, int count);

    /** @return the number of synapses (exact for stored matrices, expected for JIT) */
    long synapses();

    /** @return the presynaptic size */
    int rows();

    /** @return the postsynaptic size */
    int cols();

    /** Forgets in-flight events (per-synapse delay buffers). */
    default void reset() {
    }

    /** @return one line: storage and size, for summaries */
    String describe();
}
