package org.brainj.operators.cpu.internal;

import java.util.Arrays;
import java.util.Objects;

import org.brainj.api.ops.CooMatrix;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.SparseOps;

/**
 * Sparse (non-event) operators on CSR matrices and the COO/CSR/dense converters, serial on the calling thread.
 *
 * <p>The products trust the matrix's indices, which {@link CsrMatrix#validate()} checks once when connectivity is
 * built; re-checking O(nnz) indices on every call would double the cost of a product. An index out of range still
 * cannot corrupt memory: it ends in an {@link ArrayIndexOutOfBoundsException}. The converters run at build time and
 * validate their input fully.
 *
 * <p>Homogeneous matrices (one shared weight) get their own loops so the weight is not reloaded per entry. Stateless
 * and thread-safe.
 */
final class CsrOps implements SparseOps {

    /** Creates the operators; they hold no data of their own. */
    CsrOps() {
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code x} or {@code out} has the wrong length, or {@code out} is
     *                                  {@code x}
     */
    @Override
    public void csrmv(CsrMatrix m, double[] x, double[] out, boolean transpose) {
        Objects.requireNonNull(m, "m");
        Shapes.length("x", x, transpose ? m.rows() : m.cols());
        Shapes.length("out", out, transpose ? m.cols() : m.rows());
        Shapes.distinct("out", out, "x", x);
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] data = m.data();
        int rows = m.rows();
        if (!transpose) {
            if (m.homogeneous()) {
                double w = data[0];
                for (int i = 0; i < rows; i++) {
                    double s = 0.0;
                    for (int k = indptr[i], end = indptr[i + 1]; k < end; k++) {
                        s += x[indices[k]];
                    }
                    out[i] = w * s;
                }
            } else {
                for (int i = 0; i < rows; i++) {
                    double s = 0.0;
                    for (int k = indptr[i], end = indptr[i + 1]; k < end; k++) {
                        s += data[k] * x[indices[k]];
                    }
                    out[i] = s;
                }
            }
            return;
        }
        Arrays.fill(out, 0.0);
        if (m.homogeneous()) {
            double w = data[0];
            for (int i = 0; i < rows; i++) {
                double wx = w * x[i];
                for (int k = indptr[i], end = indptr[i + 1]; k < end; k++) {
                    out[indices[k]] += wx;
                }
            }
        } else {
            for (int i = 0; i < rows; i++) {
                double xi = x[i];
                for (int k = indptr[i], end = indptr[i + 1]; k < end; k++) {
                    out[indices[k]] += data[k] * xi;
                }
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code bCols} is negative, {@code b} or {@code out} has the wrong
     *                                  length, or {@code out} is {@code b}
     */
    @Override
    public void csrmm(CsrMatrix m, double[] b, int bCols, double[] out, boolean transpose) {
        Objects.requireNonNull(m, "m");
        Shapes.nonNegative("bCols", bCols);
        int inner = transpose ? m.rows() : m.cols();
        int outRows = transpose ? m.cols() : m.rows();
        Shapes.length("b", b, Shapes.area("b", inner, bCols));
        Shapes.length("out", out, Shapes.area("out", outRows, bCols));
        Shapes.distinct("out", out, "b", b);
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] data = m.data();
        boolean homogeneous = m.homogeneous();
        int rows = m.rows();
        Arrays.fill(out, 0.0);
        // Both directions add whole rows of B into whole rows of out, so the inner loop runs over contiguous memory.
        for (int i = 0; i < rows; i++) {
            for (int k = indptr[i], end = indptr[i + 1]; k < end; k++) {
                double w = homogeneous ? data[0] : data[k];
                int from;
                int to;
                if (transpose) {
                    from = i * bCols;
                    to = indices[k] * bCols;
                } else {
                    from = indices[k] * bCols;
                    to = i * bCols;
                }
                for (int c = 0; c < bCols; c++) {
                    out[to + c] += w * b[from + c];
                }
            }
        }
    }

    /**
     * Converts triplets to CSR in O(nnz + rows + cols) with two stable counting sorts (a least-significant-digit
     * radix sort): first by column, then by row. The second pass keeps the column order of the first, so columns
     * come out sorted within each row and duplicates stay separate entries, in their input order.
     *
     * @param coo triplets, any order, duplicates kept as separate entries (not modified)
     * @return a new matrix with its own arrays; homogeneous when {@code coo} is
     * @throws IllegalArgumentException naming the first row or column index outside the shape
     */
    @Override
    public CsrMatrix toCsr(CooMatrix coo) {
        Objects.requireNonNull(coo, "coo");
        int rows = coo.rows();
        int cols = coo.cols();
        int[] row = coo.row();
        int[] col = coo.col();
        int nnz = coo.nnz();
        for (int k = 0; k < nnz; k++) {
            if (row[k] < 0 || row[k] >= rows) {
                throw Shapes.indexOutside("row", k, row[k], rows);
            }
            if (col[k] < 0 || col[k] >= cols) {
                throw Shapes.indexOutside("col", k, col[k], cols);
            }
        }
        int[] byCol = new int[nnz];
        int[] colStart = new int[cols + 1];
        for (int k = 0; k < nnz; k++) {
            colStart[col[k] + 1]++;
        }
        for (int j = 0; j < cols; j++) {
            colStart[j + 1] += colStart[j];
        }
        for (int k = 0; k < nnz; k++) {
            byCol[colStart[col[k]]++] = k;
        }
        int[] indptr = new int[rows + 1];
        for (int k = 0; k < nnz; k++) {
            indptr[row[k] + 1]++;
        }
        for (int i = 0; i < rows; i++) {
            indptr[i + 1] += indptr[i];
        }
        int[] next = Arrays.copyOf(indptr, rows);
        int[] indices = new int[nnz];
        boolean homogeneous = coo.data().length == 1;
        double[] data = homogeneous ? new double[] {coo.data()[0]} : new double[nnz];
        for (int s = 0; s < nnz; s++) {
            int k = byCol[s];
            int p = next[row[k]]++;
            indices[p] = col[k];
            if (!homogeneous) {
                data[p] = coo.data()[k];
            }
        }
        return new CsrMatrix(rows, cols, indptr, indices, data);
    }

    /**
     * Transposes in O(nnz + rows + cols) with the standard two passes: count the entries of each column, then
     * scatter rows in order, so row indices come out sorted within each column of M (each row of Mᵀ).
     *
     * @param m a CSR matrix (not modified)
     * @return a new matrix, cols × rows, with its own arrays; homogeneous when {@code m} is
     * @throws IllegalArgumentException when {@code m} fails {@link CsrMatrix#validate()}
     */
    @Override
    public CsrMatrix transpose(CsrMatrix m) {
        Objects.requireNonNull(m, "m").validate();
        int rows = m.rows();
        int cols = m.cols();
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] data = m.data();
        boolean homogeneous = m.homogeneous();
        int nnz = m.nnz();
        int[] tIndptr = new int[cols + 1];
        for (int k = 0; k < nnz; k++) {
            tIndptr[indices[k] + 1]++;
        }
        for (int j = 0; j < cols; j++) {
            tIndptr[j + 1] += tIndptr[j];
        }
        int[] next = Arrays.copyOf(tIndptr, cols);
        int[] tIndices = new int[nnz];
        double[] tData = homogeneous ? new double[] {data[0]} : new double[nnz];
        for (int i = 0; i < rows; i++) {
            for (int k = indptr[i], end = indptr[i + 1]; k < end; k++) {
                int p = next[indices[k]]++;
                tIndices[p] = i;
                if (!homogeneous) {
                    tData[p] = data[k];
                }
            }
        }
        return new CsrMatrix(cols, rows, tIndptr, tIndices, tData);
    }

    /**
     * {@inheritDoc} Duplicate entries add up.
     *
     * @throws IllegalArgumentException when {@code m} fails {@link CsrMatrix#validate()} or has more entries than
     *                                  a Java array holds
     */
    @Override
    public double[] toDense(CsrMatrix m) {
        Objects.requireNonNull(m, "m").validate();
        int rows = m.rows();
        int cols = m.cols();
        double[] out = new double[Shapes.area("m", rows, cols)];
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] data = m.data();
        boolean homogeneous = m.homogeneous();
        for (int i = 0, base = 0; i < rows; i++, base += cols) {
            for (int k = indptr[i], end = indptr[i + 1]; k < end; k++) {
                out[base + indices[k]] += homogeneous ? data[0] : data[k];
            }
        }
        return out;
    }
}
