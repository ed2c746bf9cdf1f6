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
