package org.brainj.api.ops;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Event-driven operators: only rows whose presynaptic unit fired cost anything, so work is proportional to
 * spikes × fan-out. These methods <b>accumulate</b> into their output ({@code out += ...}), since they feed
 * synaptic state that already holds a value. A firing event adds the weight unscaled.
 */
@ConsumerType
public interface EventOps {

    /**
     * Synaptic direction (BrainPy {@code transpose=True}): for each row i with {@code events[i]}, add its weights to
     * {@code out[indices[k]]}.
     *
     * @param m      connectivity, rows = presynaptic (not modified)
     * @param events one flag per row (not modified)
     * @param out    postsynaptic accumulator, length cols (modified)
     */
    void eventCsrmv(CsrMatrix m, boolean[] events, double[] out);

    /**
     * As {@link #eventCsrmv(CsrMatrix, boolean[], double[])} with float events: a non-zero entry fires.
     *
     * @param m      connectivity (not modified)
     * @param events one value per row; non-zero fires (not modified)
     * @param out    postsynaptic accumulator (modified)
     */
    void eventCsrmv(CsrMatrix m, double[] events, double[] out);

    /**
     * As {@link #eventCsrmv(CsrMatrix, boolean[], double[])} driven by a compact list of firing rows.
     *
     * @param m      connectivity (not modified)
     * @param fired  indices of the rows that fired, first {@code count} entries used (not modified)
     * @param count  number of firing rows
     * @param out    postsynaptic accumulator (modified)
     */
    void eventCsrmv(CsrMatrix m, int[] fired, int count, double[] out);

    /**
     * Gather direction (BrainPy {@code transpose=False}): out<sub>i</sub> += Σ data<sub>k</sub> over entries k of
     * row i whose column fired.
     *
     * @param m      the matrix (not modified)
     * @param events one flag per column (not modified)
     * @param out    accumulator, length rows (modified)
     */
    void eventCsrmvGather(CsrMatrix m, boolean[] events, double[] out);
}
