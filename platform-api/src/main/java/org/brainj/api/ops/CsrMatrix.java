package org.brainj.api.ops;

import java.util.Objects;

/**
 * A sparse matrix in compressed sparse row form, rows = presynaptic, columns = postsynaptic by convention.
 * Row i holds entries {@code indptr[i] .. indptr[i+1]-1}: column {@code indices[k]} with weight {@code data[k]};
 * a {@code data} array of length 1 is a homogeneous weight shared by every entry.
 *
 * <p>The arrays are shared, not copied (connectivity can be large); treat them as read-only unless documented
 * otherwise by an owner such as a plastic projection.
 *
 * @param rows    number of rows (presynaptic size)
 * @param cols    number of columns (postsynaptic size)
 * @param indptr  row pointers, length rows + 1, non-decreasing, from 0 to nnz
 * @param indices column index of each entry, length nnz, each in [0, cols)
 * @param data    weights: length nnz (heterogeneous) or 1 (homogeneous)
 */
public record CsrMatrix(int rows, int cols, int[] indptr, int[] indices, double[] data) {

    /** Checks the shapes (O(1)); {@link #validate()} checks every index. */
    public CsrMatrix {
        Objects.requireNonNull(indptr, "indptr");
        Objects.requireNonNull(indices, "indices");
        Objects.requireNonNull(data, "data");
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("shape must be non-negative, got " + rows + " x " + cols);
        }
        if (indptr.length != rows + 1) {
            throw new IllegalArgumentException("indptr must have rows + 1 = " + (rows + 1) + " entries, got "
                    + indptr.length);
        }
        if (indptr[rows] != indices.length) {
            throw new IllegalArgumentException("indptr[rows] = " + indptr[rows] + " must equal the number of "
                    + "entries " + indices.length);
        }
        if (data.length != 1 && data.length != indices.length) {
            throw new IllegalArgumentException("data must have 1 (homogeneous) or nnz = " + indices.length
                    + " entries, got " + data.length);
        }
    }

    /** @return the number of stored entries */
    public int nnz() {
        return indices.length;
    }

    /** @return true when one weight is shared by every entry */
    public boolean homogeneous() {
        return data.length == 1;
    }

    /**
     * Checks that row pointers are non-decreasing and every column index is in range (O(nnz)).
     *
     * @return this matrix
     * @throws IllegalArgumentException naming the first bad row or entry
     */
    public CsrMatrix validate() {
        if (indptr[0] != 0) {
            throw new IllegalArgumentException("indptr[0] must be 0, got " + indptr[0]);
        }
        for (int i = 0; i < rows; i++) {
            if (indptr[i + 1] < indptr[i]) {
                throw new IllegalArgumentException("indptr must be non-decreasing: indptr[" + (i + 1) + "] = "
                        + indptr[i + 1] + " < indptr[" + i + "] = " + indptr[i]);
            }
        }
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= cols) {
                throw new IllegalArgumentException("indices[" + k + "] = " + indices[k] + " is outside [0, "
                        + cols + ")");
            }
        }
        return this;
    }
}
