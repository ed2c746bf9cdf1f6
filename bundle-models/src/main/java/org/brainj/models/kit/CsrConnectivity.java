package org.brainj.models.kit;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.SparseOps;

/** A stored sparse matrix (rows = pre) applied by the backend's event-driven and sparse operators. */
public final class CsrConnectivity implements Communication {

    private final CsrMatrix matrix;
    private final EventOps events;
    private final SparseOps sparse;
    private double[] scratch;

    /**
     * @param matrix the connectivity with its weights (one homogeneous weight or one per synapse)
     * @param events event-driven operators
     * @param sparse sparse operators (for value delivery in align-pre projections); may be null if unused
     */
    public CsrConnectivity(CsrMatrix matrix, EventOps events, SparseOps sparse) {
        this.matrix = matrix;
        this.events = events;
        this.sparse = sparse;
    }

    /** @return the matrix */
    public CsrMatrix matrix() {
        return matrix;
    }

    @Override
    public void events(long step, int[] fired, int count, double[] target) {
        if (count > 0) {
            events.eventCsrmv(matrix, fired, count, target);
        }
    }

    @Override
    public void values(double[] pre, double[] target) {
        if (scratch == null) {
            scratch = new double[matrix.cols()];
        }
        sparse.csrmv(matrix, pre, scratch, true);
        for (int j = 0; j < scratch.length; j++) {
            target[j] += scratch[j];
        }
    }

    @Override
    public long eventCount(int[] fired, int count) {
        int[] indptr = matrix.indptr();
        long n = 0;
        for (int k = 0; k < count; k++) {
            int i = fired[k];
            n += indptr[i + 1] - indptr[i];
        }
        return n;
    }

    @Override
    public long synapses() {
        return matrix.nnz();
    }

    @Override
    public int rows() {
        return matrix.rows();
    }

    @Override
    public int cols() {
        return matrix.cols();
    }

    @Override
    public String describe() {
        return "csr " + matrix.rows() + "x" + matrix.cols() + ", " + matrix.nnz() + " synapses";
    }
}
