package org.brainj.models.kit;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.DenseOps;

/**
 * A dense weight matrix (rows = pre, row-major), for small fully or densely connected projections with per-pair
 * weights, where a stored dense row is cheaper to scan than CSR's indices. Events add each firing row to the target;
 * values use the backend's dense mat-vec (Wᵀ·pre).
 */
public final class DenseConnectivity implements Communication {

    private final int rows;
    private final int cols;
    private final double[] weights;
    private final DenseOps ops;
    private final long synapses;
    private final int[] rowSynapses;
    private final double[] scratch;

    /**
     * @param matrix the connectivity with its weights; entries it lacks are 0
     * @param ops    dense operators (value delivery)
     */
    public DenseConnectivity(CsrMatrix matrix, DenseOps ops) {
        long cells = (long) matrix.rows() * matrix.cols();
        if (cells > Integer.MAX_VALUE - 8) {
            throw new org.brainj.api.core.ModelException("a dense " + matrix.rows() + "x" + matrix.cols()
                    + " matrix does not fit one array; use csr or jit");
        }
        this.rows = matrix.rows();
        this.cols = matrix.cols();
        this.weights = new double[(int) cells];
        int[] indptr = matrix.indptr();
        int[] idx = matrix.indices();
        double[] data = matrix.data();
        for (int i = 0; i < rows; i++) {
            for (int e = indptr[i]; e < indptr[i + 1]; e++) {
                weights[i * cols + idx[e]] += matrix.homogeneous() ? data[0] : data[e];
            }
        }
        this.ops = ops;
        this.synapses = matrix.nnz();
        this.rowSynapses = new int[rows];
        for (int i = 0; i < rows; i++) {
            rowSynapses[i] = indptr[i + 1] - indptr[i];
        }
        this.scratch = new double[cols];
    }

    @Override
    public void events(long step, int[] fired, int count, double[] target) {
        for (int k = 0; k < count; k++) {
            int base = fired[k] * cols;
            for (int j = 0; j < cols; j++) {
                target[j] += weights[base + j];
            }
        }
    }

    @Override
    public boolean ranged() {
        return true;
    }

    @Override
    public boolean events(int[] fired, int count, double[] target, int from, int to) {
        for (int k = 0; k < count; k++) {
            int base = fired[k] * cols;
            for (int j = from; j < to; j++) {
                target[j] += weights[base + j];
            }
        }
        return true;
    }

    @Override
    public void values(double[] pre, double[] target) {
        ops.matvec(weights, rows, cols, pre, scratch, true);
        for (int j = 0; j < cols; j++) {
            target[j] += scratch[j];
        }
    }

    @Override
    public long eventCount(int[] fired, int count) {
        long n = 0;
        for (int k = 0; k < count; k++) {
            n += rowSynapses[fired[k]];
        }
        return n;
    }

    @Override
    public long synapses() {
        return synapses;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public String describe() {
        return "dense " + rows + "x" + cols + ", " + synapses + " synapses";
    }
}
