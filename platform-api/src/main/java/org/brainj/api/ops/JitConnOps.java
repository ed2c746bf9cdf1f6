package org.brainj.api.ops;

import org.brainj.api.core.ParameterException;
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
     * {@link #eventMv(JitConnSpec, int[], int, double[])} restricted to the columns [colFrom, colTo): adds
     * M<sub>ij</sub> for every listed row i and column j in the range only; entries of {@code out} outside the
     * range are untouched. Each column receives the same additions in the same order as in the full product, so the
     * range equals the full product's, bit for bit: this is how one rank of a partitioned run delivers into its own
     * slice of the postsynaptic population. The default is simple and not fast: it copies the range into a zeroed
     * full-length scratch (allocated per call), runs the full product on it and copies the range back, so it costs
     * the full product; backends override it to generate only the connections that can fall into the range.
     *
     * @param spec    the matrix
     * @param fired   indices of firing rows, each in [0, rows)
     * @param count   how many entries of {@code fired} are used
     * @param out     accumulator, length cols (modified in [colFrom, colTo) only)
     * @param colFrom first column, in [0, cols]
     * @param colTo   last column, exclusive, in [colFrom, cols]
     * @throws ParameterException when the column range is not inside [0, cols] or is reversed
     * @since 1.1
     */
    default void eventMv(JitConnSpec spec, int[] fired, int count, double[] out, int colFrom, int colTo) {
        checkColumnRange(spec, colFrom, colTo);
        if (colFrom == colTo || count == 0) {
            return;
        }
        double[] scratch = new double[out.length];
        System.arraycopy(out, colFrom, scratch, colFrom, colTo - colFrom);
        eventMv(spec, fired, count, scratch);
        System.arraycopy(scratch, colFrom, out, colFrom, colTo - colFrom);
    }

    /**
     * Checks a column range for {@link #eventMv(JitConnSpec, int[], int, double[], int, int)}.
     *
     * @param spec    the matrix
     * @param colFrom first column
     * @param colTo   last column, exclusive
     * @throws ParameterException unless 0 &le; colFrom &le; colTo &le; cols
     * @since 1.1
     */
    static void checkColumnRange(JitConnSpec spec, int colFrom, int colTo) {
        if (colFrom < 0 || colTo < colFrom || colTo > spec.cols()) {
            throw new ParameterException("column range", "[" + colFrom + ", " + colTo + ")",
                    "must satisfy 0 <= colFrom <= colTo <= cols = " + spec.cols());
        }
    }

    /**
     * @param spec the matrix
     * @return exactly the matrix the operators use, in CSR form
     */
    CsrMatrix materialize(JitConnSpec spec);
}
