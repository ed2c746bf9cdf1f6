package org.brainj.operators.cpu.internal;

import static org.brainj.operators.cpu.internal.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class CpuDenseOpsTest {

    private final CpuDenseOps ops = new CpuDenseOps();

    @Test
    void matvecMatchesTheDoubleLoopInBothDirections() {
        Random rng = new Random(11);
        for (int[] s : Reference.SHAPES) {
            int rows = s[0];
            int cols = s[1];
            double[] a = Reference.randomVector(rng, rows * cols);
            for (boolean t : new boolean[] {false, true}) {
                double[] x = Reference.randomVector(rng, t ? rows : cols);
                double[] out = new double[t ? cols : rows];
                Arrays.fill(out, 99);  // must be overwritten, not accumulated into
                ops.matvec(a, rows, cols, x, out, t);
                assertClose(Reference.matvec(a, rows, cols, x, t), out, rows + "x" + cols + " t=" + t);
            }
        }
    }

    @Test
    void matmatMatchesTheTripleLoopAcrossEjmlKernels() {
        Random rng = new Random(12);
        // 1 column takes EJML's matrix-vector path, 7 its small kernel, 40 its reordered kernel.
        int[][] shapes = {{3, 4, 1}, {5, 6, 7}, {9, 13, 40}, {1, 1, 1}, {0, 3, 4}, {3, 0, 4}, {3, 4, 0}};
        for (int[] s : shapes) {
            double[] a = Reference.randomVector(rng, s[0] * s[1]);
            double[] b = Reference.randomVector(rng, s[1] * s[2]);
            double[] out = new double[s[0] * s[2]];
            Arrays.fill(out, 99);
            ops.matmat(a, b, s[0], s[1], s[2], out);
            assertClose(Reference.matmat(a, b, s[0], s[1], s[2]), out, Arrays.toString(s));
        }
    }

    @Test
    void matmatIsCorrectWhenThreadsShareTheOperators() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] jobs = new Future<?>[8];
            for (int j = 0; j < jobs.length; j++) {
                int seed = j;
                jobs[j] = pool.submit(() -> {
                    Random rng = new Random(seed);
                    for (int rep = 0; rep < 50; rep++) {
                        int r = 1 + rng.nextInt(20);
                        int n = 1 + rng.nextInt(20);
                        int c = 1 + rng.nextInt(30);
                        double[] a = Reference.randomVector(rng, r * n);
                        double[] b = Reference.randomVector(rng, n * c);
                        double[] out = new double[r * c];
                        ops.matmat(a, b, r, n, c, out);
                        assertClose(Reference.matmat(a, b, r, n, c), out, "thread job " + seed);
                    }
                    return null;
                });
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void allToAllSumsEverythingAndDropsSelfWhenAsked() {
        double[] x = {1, 2, 3, 4};
        double[] out = new double[4];
        ops.allToAll(0.5, x, out, true);
        assertArrayEquals(new double[] {5, 5, 5, 5}, out, 0);
        ops.allToAll(0.5, x, out, false);
        assertArrayEquals(new double[] {4.5, 4, 3.5, 3}, out, 0);
        double[] wider = new double[6];
        ops.allToAll(2, x, wider, true);
        assertArrayEquals(new double[] {20, 20, 20, 20, 20, 20}, wider, 0);
        ops.allToAll(1, x, x, false);  // in place
        assertArrayEquals(new double[] {9, 8, 7, 6}, x, 0);
    }

    @Test
    void oneToOneScales() {
        double[] out = {7, 7, 7};
        ops.oneToOne(-2, new double[] {1, 0, 3}, out);
        assertArrayEquals(new double[] {-2, -0.0, -6}, out, 0);
    }

    @Test
    void shapeErrorsNameTheArgumentAndBothLengths() {
        double[] a = new double[6];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ops.matvec(a, 2, 3, new double[2], new double[2], false));
        assertTrue(e.getMessage().contains("x has length 2, expected 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.matvec(a, 2, 3, new double[2], new double[2], true));
        assertTrue(e.getMessage().contains("out has length 2, expected 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.matvec(new double[5], 2, 3, new double[3], new double[2], false));
        assertTrue(e.getMessage().contains("a has length 5, expected 6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.matmat(a, new double[5], 2, 3, 2, new double[4]));
        assertTrue(e.getMessage().contains("b has length 5, expected 6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.matmat(a, new double[6], -2, 3, 2, new double[4]));
        assertTrue(e.getMessage().contains("rows = -2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ops.matmat(a, a, 2, 3, 2, a));
        assertTrue(e.getMessage().contains("out"), e.getMessage());
        double[] v = new double[3];
        assertThrows(IllegalArgumentException.class, () -> ops.matvec(new double[9], 3, 3, v, v, false));
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.allToAll(1, new double[3], new double[4], false));
        assertTrue(e.getMessage().contains("out has length 4, expected 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ops.oneToOne(1, new double[3], new double[2]));
    }
}
