package org.brainj.api.ops;

import org.osgi.annotation.versioning.ConsumerType;

/** Operators over just-in-time connectivity: memory O(1) per row, the matrix regenerated on every call. */
@ConsumerType
public interface JitConnOps {

    /**
     * out = M·x or Mᵀ·x; overwrites {@code out}.
     *
     * @param spec      the matrix
     * @param x         input, length cols (rows when transposed) (not modified)
     * @param out       output, length rows (cols when transposed) (modified)
     * @param transpose use Mᵀ
     */
    void mv(JitConnSpec spec, double[] x, double[] out, boolean transpose);

    /**
     * Event-driven synaptic direction: for each firing row, regenerate it and <b>accumulate</b> its weights into
     * {@code out}.
     *
     * @param spec   the matrix
     * @param events one flag per row (not modified)
     * @param out    accumulator, length cols (modified)
     */
    void eventMv(JitConnSpec spec, boolean[] events, double[] out);

    /**
     * Event-driven synaptic direction from a list of firing rows (what a population produces each step): for each
     * listed row, regenerate it and <b>accumulate</b> its weights into its columns. Costs O(count · cols · prob),
     * independent of the number of rows; the default builds a flag array (allocating) and calls
     * {@link #eventMv(JitConnSpec, boolean[], double[])}, backends override it.
     *
     * @param spec  the matrix
     * @param fired indices of firing rows, each in [0, rows)
     * @param count how many entries of {@code fired} are used
     * @param out   accumulator, length cols (modified)
     */
    default void eventMv(JitConnSpec spec, int[] fired, int count, double[] out) {
        boolean[] events = new boolean[spec.rows()];
        for (int k = 0; k < count; k++) {
            events[fired[k]] = true;
        }
        eventMv(spec, events, out);
    }

    /**
     * @param spec the matrix
     * @return exactly the matrix the operators use, in CSR form
     */
    CsrMatrix materialize(JitConnSpec spec);
}
