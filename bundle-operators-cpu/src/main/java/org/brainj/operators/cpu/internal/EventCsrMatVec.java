package org.brainj.operators.cpu.internal;

import java.util.Objects;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.EventOps;

/**
 * Event-driven CSR matrix-vector products, serial on the calling thread. In the synaptic direction only the rows of
 * units that fired are touched, so a step costs spikes × fan-out rather than nnz. Every method accumulates into its
 * output and adds a firing row's weights unscaled, whatever the event's value.
 *
 * <p>As in {@link CsrOps}, matrix indices are trusted (checked once by {@link CsrMatrix#validate()}); the event
 * arguments, which change every step, are checked. Stateless and thread-safe.
 */
final class EventCsrMatVec implements EventOps {

    /** Creates the operators; they hold no data of their own. */
    EventCsrMatVec() {
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code events} is not of length rows or {@code out} not of length cols
     */
    @Override
    public void eventCsrmv(CsrMatrix m, boolean[] events, double[] out) {
        Objects.requireNonNull(m, "m");
        Shapes.length("events", events, m.rows());
        Shapes.length("out", out, m.cols());
        scatterWholeRows(m, events, null, null, 0, out);
    }

    /**
     * {@inheritDoc} NaN is non-zero and fires.
     *
     * @throws IllegalArgumentException when {@code events} is not of length rows or {@code out} not of length cols
     */
    @Override
    public void eventCsrmv(CsrMatrix m, double[] events, double[] out) {
        Objects.requireNonNull(m, "m");
        Shapes.length("events", events, m.rows());
        Shapes.length("out", out, m.cols());
        scatterWholeRows(m, null, events, null, 0, out);
    }

    /**
     * {@inheritDoc} A row listed twice adds its weights twice.
     *
     * @throws IllegalArgumentException when {@code count} is outside [0, fired.length], a listed row is outside
     *                                  [0, rows), or {@code out} is not of length cols
     */
    @Override
    public void eventCsrmv(CsrMatrix m, int[] fired, int count, double[] out) {
        Objects.requireNonNull(m, "m");
        Shapes.length("out", out, m.cols());
        Shapes.firedList(fired, count, m.rows());
        scatterWholeRows(m, null, null, fired, count, out);
    }

    /** Receives the lookahead loads of the kernels, so that the compiler cannot drop them as unused. */
    static int lookahead;

    /**
     * The synaptic direction's kernel: out<sub>j</sub> += w<sub>ij</sub> for the firing rows i, in firing order.
     *
     * <p>At N = 10<sup>6</sup> a firing row's pointers and first indices are cache misses, and the processor cannot
     * fetch them ahead by itself: each row's add loop ends with a mispredicted branch that discards whatever was
     * started beyond it. So each iteration first loads the row pointer of the row after next and the first index
     * (and weight) of the next row, ahead of (older than) that branch: their misses overlap the current row's adds.
     * This cut the time per event of the fan-out-80 benchmark by about a quarter (docs/benchmarks.md). The sums are
     * unchanged.
     *
     * @param flags  firing flags (or null)
     * @param values firing where non-zero, NaN included (or null)
     * @param fired  firing rows in order, used when flags and values are null
     * @param count  length of {@code fired}'s list
     */
    private static void scatterWholeRows(CsrMatrix m, boolean[] flags, double[] values, int[] fired, int count,
                                         double[] out) {
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] data = m.data();
        boolean listed = flags == null && values == null;
        int end = listed ? count : m.rows();
        int nnz = indices.length;
        int touched = 0;
        int p0 = listed ? 0 : nextFiring(flags, values, 0, end);
        int p1 = advance(flags, values, listed, p0, end);
        int p2 = advance(flags, values, listed, p1, end);
        if (m.homogeneous()) {
            double w = data[0];
            while (p0 < end) {
                // The lookahead loads (see above).
                if (p2 < end) {
                    touched ^= indptr[listed ? fired[p2] : p2];
                }
                if (p1 < end) {
                    int a1 = indptr[listed ? fired[p1] : p1];
                    if (a1 < nnz) {
                        touched ^= indices[a1];
                    }
                }
                int i = listed ? fired[p0] : p0;
                for (int k = indptr[i], b = indptr[i + 1]; k < b; k++) {
                    out[indices[k]] += w;
                }
                p0 = p1;
                p1 = p2;
                p2 = advance(flags, values, listed, p2, end);
            }
        } else {
            while (p0 < end) {
                if (p2 < end) {
                    touched ^= indptr[listed ? fired[p2] : p2];
                }
                if (p1 < end) {
                    int a1 = indptr[listed ? fired[p1] : p1];
                    if (a1 < nnz) {
                        touched ^= indices[a1] ^ (int) Double.doubleToRawLongBits(data[a1]);
                    }
                }
                int i = listed ? fired[p0] : p0;
                for (int k = indptr[i], b = indptr[i + 1]; k < b; k++) {
                    out[indices[k]] += data[k];
                }
                p0 = p1;
                p1 = p2;
                p2 = advance(flags, values, listed, p2, end);
            }
        }
        lookahead = touched;
    }

    /** @return the firing position after {@code p}, or {@code end} */
    private static int advance(boolean[] flags, double[] values, boolean listed, int p, int end) {
        if (p >= end) {
            return end;
        }
        return listed ? p + 1 : nextFiring(flags, values, p + 1, end);
    }

    /** @return the first firing row in [from, end), or {@code end} */
    private static int nextFiring(boolean[] flags, double[] values, int from, int end) {
        int i = from;
        if (flags != null) {
            while (i < end && !flags[i]) {
                i++;
            }
        } else {
            while (i < end && values[i] == 0.0) {
                i++;
            }
        }
        return i;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code events} is not of length cols or {@code out} not of length rows
     */
    @Override
    public void eventCsrmvGather(CsrMatrix m, boolean[] events, double[] out) {
        Objects.requireNonNull(m, "m");
        Shapes.length("events", events, m.cols());
        Shapes.length("out", out, m.rows());
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] data = m.data();
        boolean homogeneous = m.homogeneous();
        int rows = m.rows();
        for (int i = 0; i < rows; i++) {
            double s = 0.0;
            for (int k = indptr[i], end = indptr[i + 1]; k < end; k++) {
                if (events[indices[k]]) {
                    s += homogeneous ? data[0] : data[k];
                }
            }
            out[i] += s;
        }
    }
}
