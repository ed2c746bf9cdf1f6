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
        for (int i = 0; i < events.length; i++) {
            if (events[i]) {
                scatterRow(m, i, out);
            }
        }
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
        for (int i = 0; i < events.length; i++) {
            if (events[i] != 0.0) {
                scatterRow(m, i, out);
            }
        }
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
        for (int s = 0; s < count; s++) {
            scatterRow(m, fired[s], out);
        }
    }

    private static void scatterRow(CsrMatrix m, int i, double[] out) {
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] data = m.data();
        int end = indptr[i + 1];
        if (m.homogeneous()) {
            double w = data[0];
            for (int k = indptr[i]; k < end; k++) {
                out[indices[k]] += w;
            }
        } else {
            for (int k = indptr[i]; k < end; k++) {
                out[indices[k]] += data[k];
            }
        }
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
