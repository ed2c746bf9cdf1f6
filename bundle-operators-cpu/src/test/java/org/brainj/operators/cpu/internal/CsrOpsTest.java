package org.brainj.operators.cpu.internal;

import static org.brainj.operators.cpu.internal.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.brainj.api.ops.CooMatrix;
import org.brainj.api.ops.CsrMatrix;
import org.junit.jupiter.api.Test;

class CsrOpsTest {

    private final CsrOps ops = new CsrOps();

    @Test
    void csrmvMatchesTheDenseProductInBothDirections() {
        Random rng = new Random(21);
        for (int[] s : Reference.SHAPES) {
            for (boolean homogeneous : new boolean[] {false, true}) {
                Reference.Pair m = Reference.randomCsr(rng, s[0], s[1], homogeneous);
                for (boolean t : new boolean[] {false, true}) {
                    double[] x = Reference.randomVector(rng, t ? s[0] : s[1]);
                    double[] out = new double[t ? s[1] : s[0]];
                    Arrays.fill(out, 99);
                    ops.csrmv(m.csr(), x, out, t);
                    assertClose(Reference.matvec(m.dense(), s[0], s[1], x, t), out,
                            Arrays.toString(s) + " homo=" + homogeneous + " t=" + t);
                }
            }
        }
    }

    @Test
    void csrmmMatchesTheDenseProductInBothDirections() {
        Random rng = new Random(22);
        for (int[] s : Reference.SHAPES) {
            for (boolean homogeneous : new boolean[] {false, true}) {
                Reference.Pair m = Reference.randomCsr(rng, s[0], s[1], homogeneous);
                for (int bCols : new int[] {0, 1, 5}) {
                    for (boolean t : new boolean[] {false, true}) {
                        int inner = t ? s[0] : s[1];
                        int outRows = t ? s[1] : s[0];
                        double[] b = Reference.randomVector(rng, inner * bCols);
                        double[] out = new double[outRows * bCols];
                        Arrays.fill(out, 99);
                        ops.csrmm(m.csr(), b, bCols, out, t);
                        double[] a = t ? Reference.transpose(m.dense(), s[0], s[1]) : m.dense();
                        assertClose(Reference.matmat(a, b, outRows, inner, bCols), out,
                                Arrays.toString(s) + " homo=" + homogeneous + " bCols=" + bCols + " t=" + t);
                    }
                }
            }
        }
    }

    @Test
    void toCsrSortsColumnsKeepsDuplicatesAndMatchesTheTriplets() {
        Random rng = new Random(23);
        for (int[] s : Reference.SHAPES) {
            for (boolean homogeneous : new boolean[] {false, true}) {
                int nnz = s[0] * s[1] == 0 ? 0 : rng.nextInt(3 * s[0] * s[1] + 1);
                int[] row = new int[nnz];
                int[] col = new int[nnz];
                double[] data = homogeneous ? new double[] {0.75} : new double[nnz];
                double[] dense = new double[s[0] * s[1]];
                for (int k = 0; k < nnz; k++) {
                    row[k] = rng.nextInt(s[0]);
                    col[k] = rng.nextInt(s[1]);
                    if (!homogeneous) {
                        data[k] = rng.nextDouble();
                    }
                    dense[row[k] * s[1] + col[k]] += homogeneous ? 0.75 : data[k];
                }
                CsrMatrix m = ops.toCsr(new CooMatrix(s[0], s[1], row, col, data));
                m.validate();
                assertEquals(nnz, m.nnz(), "duplicates are kept");
                assertEquals(homogeneous, m.homogeneous());
                for (int i = 0; i < m.rows(); i++) {
                    for (int k = m.indptr()[i] + 1; k < m.indptr()[i + 1]; k++) {
                        assertTrue(m.indices()[k - 1] <= m.indices()[k], "columns sorted in row " + i);
                    }
                }
                assertClose(dense, ops.toDense(m), "toDense(toCsr) " + Arrays.toString(s));
            }
        }
    }

    @Test
    void toCsrKeepsDuplicatesInInputOrder() {
        CooMatrix coo = new CooMatrix(3, 4, new int[] {2, 0, 2, 0, 2, 0}, new int[] {3, 1, 0, 1, 3, 0},
                new double[] {1, 2, 3, 4, 5, 6});
        CsrMatrix m = ops.toCsr(coo);
        assertArrayEquals(new int[] {0, 3, 3, 6}, m.indptr());
        assertArrayEquals(new int[] {0, 1, 1, 0, 3, 3}, m.indices());
        assertArrayEquals(new double[] {6, 2, 4, 3, 1, 5}, m.data(), 0);
    }

    @Test
    void transposeTwiceGivesTheSortedMatrixBackAndOnceTheDenseTranspose() {
        Random rng = new Random(24);
        for (int[] s : Reference.SHAPES) {
            for (boolean homogeneous : new boolean[] {false, true}) {
                Reference.Pair p = Reference.randomCsr(rng, s[0], s[1], homogeneous);
                CsrMatrix t = ops.transpose(p.csr());
                assertEquals(s[1], t.rows());
                assertEquals(s[0], t.cols());
                assertClose(Reference.transpose(p.dense(), s[0], s[1]), ops.toDense(t), "dense of transpose");
                // The random matrix has unsorted columns; put it in the canonical (sorted) form first.
                CsrMatrix m = ops.transpose(t);
                CsrMatrix back = ops.transpose(ops.transpose(m));
                assertArrayEquals(m.indptr(), back.indptr());
                assertArrayEquals(m.indices(), back.indices());
                assertArrayEquals(m.data(), back.data(), 0);
                assertClose(p.dense(), ops.toDense(m), "transpose twice keeps the matrix");
            }
        }
    }

    @Test
    void transposeOfToCsrOutputRoundTripsExactly() {
        Random rng = new Random(25);
        int nnz = 200;
        int[] row = new int[nnz];
        int[] col = new int[nnz];
        double[] data = new double[nnz];
        for (int k = 0; k < nnz; k++) {
            row[k] = rng.nextInt(17);
            col[k] = rng.nextInt(23);
            data[k] = k;  // distinct values: any mix-up of entries shows
        }
        CsrMatrix m = ops.toCsr(new CooMatrix(17, 23, row, col, data));
        CsrMatrix back = ops.transpose(ops.transpose(m));
        assertArrayEquals(m.indptr(), back.indptr());
        assertArrayEquals(m.indices(), back.indices());
        assertArrayEquals(m.data(), back.data(), 0);
    }

    @Test
    void errorsNameTheArgument() {
        CsrMatrix m = new CsrMatrix(2, 3, new int[] {0, 1, 2}, new int[] {0, 2}, new double[] {1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ops.csrmv(m, new double[2], new double[2], false));
        assertTrue(e.getMessage().contains("x has length 2, expected 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.csrmv(m, new double[2], new double[2], true));
        assertTrue(e.getMessage().contains("out has length 2, expected 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.csrmm(m, new double[6], 2, new double[5], false));
        assertTrue(e.getMessage().contains("out has length 5, expected 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ops.toCsr(
                new CooMatrix(2, 3, new int[] {0, 2}, new int[] {0, 0}, new double[] {1})));
        assertTrue(e.getMessage().contains("row[1] = 2 is outside [0, 2)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ops.toCsr(
                new CooMatrix(2, 3, new int[] {0, 1}, new int[] {0, -1}, new double[] {1})));
        assertTrue(e.getMessage().contains("col[1] = -1"), e.getMessage());
        CsrMatrix bad = new CsrMatrix(2, 3, new int[] {0, 1, 2}, new int[] {0, 3}, new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> ops.transpose(bad));
        assertThrows(IllegalArgumentException.class, () -> ops.toDense(bad));
    }
}
