package org.brainj.api.ops;

import org.osgi.annotation.versioning.ConsumerType;

/** Sparse (non-event) operators and format converters. Mat-vec methods overwrite their output. */
@ConsumerType
public interface SparseOps {

    /**
     * out = M·x, or Mᵀ·x when transposed.
     *
     * @param m         the matrix (not modified)
     * @param x         input, length cols (rows when transposed) (not modified)
     * @param out       output, length rows (cols when transposed) (modified)
     * @param transpose multiply by Mᵀ
     */
    void csrmv(CsrMatrix m, double[] x, double[] out, boolean transpose);

    /**
     * out = M·B (or Mᵀ·B) with B dense row-major of {@code bCols} columns.
     *
     * @param m         the sparse matrix (not modified)
     * @param b         dense matrix, (cols or rows when transposed) × bCols (not modified)
     * @param bCols     columns of B
     * @param out       (rows or cols when transposed) × bCols (modified)
     * @param transpose use Mᵀ
     */
    void csrmm(CsrMatrix m, double[] b, int bCols, double[] out, boolean transpose);

    /**
     * @param coo triplets, any order, duplicates kept as separate entries
     * @return the same matrix in CSR form, columns sorted within each row
     */
    CsrMatrix toCsr(CooMatrix coo);

    /**
     * @param m a CSR matrix
     * @return Mᵀ in CSR form (equivalently M in CSC form)
     */
    CsrMatrix transpose(CsrMatrix m);

    /**
     * @param m a CSR matrix
     * @return it as a dense row-major array, rows × cols
     */
    double[] toDense(CsrMatrix m);
}
