package org.brainj.operators.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.brainj.api.ops.CsrMatrix;

/**
 * Test oracle: random CSR matrices built directly (unsorted columns, duplicates, empty rows) next to their dense
 * form, computed independently of the code under test, plus naive dense products.
 */
final class Reference {

    /**
     * Shapes every sparse test runs on: empty, one element, one row (1 x N), one column (N x 1), square, tall, wide,
     * and one past EJML's switch.
     */
    static final int[][] SHAPES = {{0, 0}, {0, 4}, {4, 0}, {1, 1}, {1, 9}, {9, 1}, {7, 3}, {3, 7}, {12, 12},
        {40, 33}};

    private Reference() {
    }

    /** A CSR matrix and the same matrix as a dense row-major array. */
    record Pair(CsrMatrix csr, double[] dense) {
    }

    /**
     * @param rng         the generator
     * @param rows        rows
     * @param cols        columns
     * @param homogeneous one shared weight instead of one per entry
     * @return a random matrix where about a quarter of the rows are empty and columns repeat within a row
     */
    static Pair randomCsr(Random rng, int rows, int cols, boolean homogeneous) {
        int[] indptr = new int[rows + 1];
        int[] fanOut = new int[rows];
        for (int i = 0; i < rows; i++) {
            fanOut[i] = cols == 0 || rng.nextInt(4) == 0 ? 0 : rng.nextInt(cols + 2);
            indptr[i + 1] = indptr[i] + fanOut[i];
        }
        int nnz = indptr[rows];
        int[] indices = new int[nnz];
        double[] data = homogeneous ? new double[] {rng.nextDouble() * 2 - 1} : new double[nnz];
        double[] dense = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int k = indptr[i]; k < indptr[i + 1]; k++) {
                indices[k] = rng.nextInt(cols);
                if (!homogeneous) {
                    data[k] = rng.nextDouble() * 2 - 1;
                }
                dense[i * cols + indices[k]] += homogeneous ? data[0] : data[k];
            }
        }
        return new Pair(new CsrMatrix(rows, cols, indptr, indices, data).validate(), dense);
    }

    static double[] randomVector(Random rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextDouble() * 4 - 2;
        }
        return v;
    }

    /** out = A·x or Aᵀ·x, the textbook double loop. */
    static double[] matvec(double[] a, int rows, int cols, double[] x, boolean transpose) {
        double[] out = new double[transpose ? cols : rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (transpose) {
                    out[j] += a[i * cols + j] * x[i];
                } else {
                    out[i] += a[i * cols + j] * x[j];
                }
            }
        }
        return out;
    }

    /** C = A·B, the textbook triple loop. */
    static double[] matmat(double[] a, double[] b, int rows, int inner, int cols) {
        double[] out = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double s = 0;
                for (int k = 0; k < inner; k++) {
                    s += a[i * inner + k] * b[k * cols + j];
                }
                out[i * cols + j] = s;
            }
        }
        return out;
    }

    /** The dense transpose of a row-major rows × cols array. */
    static double[] transpose(double[] a, int rows, int cols) {
        double[] t = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = a[i * cols + j];
            }
        }
        return t;
    }

    /** Element-wise comparison with a tolerance for summation order. */
    static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * (1 + Math.abs(expected[i])) * 64, what + " at " + i);
        }
    }
}
