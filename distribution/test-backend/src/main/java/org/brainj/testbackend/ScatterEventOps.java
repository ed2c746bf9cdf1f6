package org.brainj.testbackend;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.EventOps;

/**
 * Event-driven CSR products written independently of the platform's: each firing row's weights are added in
 * ascending column-slot order, the order the platform's serial CPU operator uses, so a network run on this backend
 * must give the same spikes as on {@code cpu} for the same seed (the hot-swap integration test checks it).
 */
final class ScatterEventOps implements EventOps {

    @Override
    public void eventCsrmv(CsrMatrix m, boolean[] events, double[] out) {
        check(events.length, m.rows(), out.length, m.cols());
        for (int i = 0; i < events.length; i++) {
            if (events[i]) {
                addRow(m, i, out);
            }
        }
    }

    @Override
    public void eventCsrmv(CsrMatrix m, double[] events, double[] out) {
        check(events.length, m.rows(), out.length, m.cols());
        for (int i = 0; i < events.length; i++) {
            if (events[i] != 0.0) {
                addRow(m, i, out);
            }
        }
    }

    @Override
    public void eventCsrmv(CsrMatrix m, int[] fired, int count, double[] out) {
        if (count < 0 || count > fired.length) {
            throw new IllegalArgumentException("count " + count + " outside [0, " + fired.length + "]");
        }
        check(m.rows(), m.rows(), out.length, m.cols());
        for (int s = 0; s < count; s++) {
            if (fired[s] < 0 || fired[s] >= m.rows()) {
                throw new IllegalArgumentException("fired row " + fired[s] + " outside [0, " + m.rows() + ")");
            }
            addRow(m, fired[s], out);
        }
    }

    @Override
    public void eventCsrmvGather(CsrMatrix m, boolean[] events, double[] out) {
        check(events.length, m.cols(), out.length, m.rows());
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] data = m.data();
        for (int i = 0; i < m.rows(); i++) {
            double s = 0.0;
            for (int k = indptr[i]; k < indptr[i + 1]; k++) {
                if (events[indices[k]]) {
                    s += m.homogeneous() ? data[0] : data[k];
                }
            }
            out[i] += s;
        }
    }

    private static void addRow(CsrMatrix m, int row, double[] out) {
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] data = m.data();
        for (int k = indptr[row]; k < indptr[row + 1]; k++) {
            out[indices[k]] += m.homogeneous() ? data[0] : data[k];
        }
    }

    private static void check(int events, int wantEvents, int out, int wantOut) {
        if (events != wantEvents || out != wantOut) {
            throw new IllegalArgumentException("events of length " + events + " and out of length " + out
                    + " do not fit the matrix (need " + wantEvents + " and " + wantOut + ")");
        }
    }
}
