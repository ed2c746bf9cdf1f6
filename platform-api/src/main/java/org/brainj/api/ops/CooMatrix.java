package org.brainj.api.ops;

import java.util.Objects;

/**
 * A sparse matrix as coordinate triplets (pre, post, weight), the form connectors naturally produce.
 *
 * @param rows number of rows (presynaptic size)
 * @param cols number of columns (postsynaptic size)
 * @param row  row (presynaptic) index of each entry
 * @param col  column (postsynaptic) index of each entry, same length as {@code row}
 * @param data weights: same length as {@code row}, or 1 for a homogeneous weight
 */
public record CooMatrix(int rows, int cols, int[] row, int[] col, double[] data) {

    /** Checks the shapes. */
    public CooMatrix {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(col, "col");
        Objects.requireNonNull(data, "data");
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("shape must be non-negative, got " + rows + " x " + cols);
        }
        if (row.length != col.length) {
            throw new IllegalArgumentException("row and col must have the same length, got " + row.length
                    + " and " + col.length);
        }
        if (data.length != 1 && data.length != row.length) {
            throw new IllegalArgumentException("data must have 1 or " + row.length + " entries, got "
                    + data.length);
        }
    }

    /** @return the number of entries */
    public int nnz() {
        return row.length;
    }
}
