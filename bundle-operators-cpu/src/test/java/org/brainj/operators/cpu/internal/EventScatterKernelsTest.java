package org.brainj.operators.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Random;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.JitConnSpec;
import org.brainj.api.ops.WeightLaw;
import org.junit.jupiter.api.Test;

/**
 * The event products' scatter kernels: the JIT products' fused generate-and-add loop walked segment by segment
 * ({@link JitRowStream#addSegment}, {@link JitConnMatVec#scatterList}) and the parallel CSR product's slice-start
 * tables ({@link ParallelEventCsrMatVec.SliceStarts}). Both reorder the work, never the terms a column receives, so
 * every result must equal the row-at-a-time product bit for bit, on 1, 2 and 4 threads.
 */
class EventScatterKernelsTest {

    private static final int[] THREADS = {1, 2, 4};
    private static final CpuBackend BACKEND = new CpuBackend();
    private final EventCsrMatVec rowAtATime = new EventCsrMatVec();

    /**
     * rows, cols, p: empty, 1 × 1, 1 × N, N × 1, a matrix of four segments of about 20 connections (the benchmark's
     * layout), 64 segments of about 150 connections (more than one {@link JitRowStream#BATCH} and many Philox block
     * pairs per segment), and p = 1 (the dense rows, which go through {@link JitRowStream#fill()}).
     */
    private static final double[][] JIT_SHAPES = {{0, 0, 0.5}, {1, 1, 0.5}, {1, 400, 0.3}, {400, 1, 0.3},
        {300, 2000, 0.04}, {9, 20000, 0.5}, {5, 300, 1.0}};

    @Test
    void jitEventProductsEqualTheRowAtATimeProductOfTheMaterialisedMatrixBitForBit() {
        Random rng = new Random(61);
        for (int threads : THREADS) {
            JitConnOps ops = BACKEND.operators(JitConnOps.class, threads).orElseThrow();
            for (double[] s : JIT_SHAPES) {
                int rows = (int) s[0];
                int cols = (int) s[1];
                for (WeightLaw law : WeightLaw.values()) {
                    JitConnSpec spec = new JitConnSpec(rows, cols, s[2], law, 0.1, 0.4, rng.nextLong());
                    String what = threads + " threads " + Arrays.toString(s) + " " + law;
                    // Expected: the materialised matrix (itself checked against the documented algorithm in
                    // JitConnMatVecTest) added row by row in the order the rows are listed.
                    CsrMatrix m = ops.materialize(spec);
                    boolean[] events = new boolean[rows];
                    int[] fired = new int[rows + 3];
                    int count = 0;
                    for (int i = 0; i < rows; i++) {
                        events[i] = rng.nextInt(3) == 0;
                    }
                    // A list out of order and with repeats: its rows are added in list order, repeats twice.
                    for (int i = rows - 1; i >= 0; i--) {
                        if (events[i]) {
                            fired[count++] = i;
                        }
                    }
                    if (count > 0) {
                        int middle = fired[count / 2];
                        fired[count++] = fired[0];
                        fired[count++] = middle;
                    }
                    double[] start = Reference.randomVector(rng, cols);

                    double[] expected = start.clone();
                    rowAtATime.eventCsrmv(m, events, expected);
                    double[] actual = start.clone();
                    ops.eventMv(spec, events, actual);
                    assertArrayEquals(expected, actual, 0, what + " flags");

                    expected = start.clone();
                    rowAtATime.eventCsrmv(m, fired, count, expected);
                    actual = start.clone();
                    ops.eventMv(spec, fired, count, actual);
                    assertArrayEquals(expected, actual, 0, what + " list");

                    if (cols > 2) {
                        int from = cols / 3;
                        int to = cols - 1;
                        double[] full = expected;
                        actual = start.clone();
                        ops.eventMv(spec, fired, count, actual, from, to);
                        for (int j = 0; j < cols; j++) {
                            assertEquals(j >= from && j < to ? full[j] : start[j], actual[j], 0,
                                    what + " columns [" + from + ", " + to + ") at " + j);
                        }
                    }
                }
            }
        }
    }

    @Test
    void jitEventProductMatchesTheTextbookLoopOverItsDenseMatrix() {
        // The dense matrix is the materialised one (checked bit for bit against an independent transcription of the
        // documented algorithm in JitConnMatVecTest). Each column gets one term per firing row, added in row order
        // as in the dense loop, so no tolerance is needed.
        Random rng = new Random(62);
        JitConnSpec spec = new JitConnSpec(120, 1500, 0.05, WeightLaw.UNIFORM, -0.3, 0.9, 77);
        double[] dense = new double[120 * 1500];
        boolean[] present = new boolean[dense.length];
        CsrMatrix m = new JitConnMatVec().materialize(spec);
        for (int i = 0; i < 120; i++) {
            for (int k = m.indptr()[i]; k < m.indptr()[i + 1]; k++) {
                dense[i * 1500 + m.indices()[k]] = m.data()[k];
                present[i * 1500 + m.indices()[k]] = true;
            }
        }
        boolean[] events = new boolean[120];
        for (int i = 0; i < 120; i++) {
            events[i] = rng.nextBoolean();
        }
        double[] start = Reference.randomVector(rng, 1500);
        double[] expected = start.clone();
        for (int i = 0; i < 120; i++) {
            for (int j = 0; events[i] && j < 1500; j++) {
                if (present[i * 1500 + j]) {
                    expected[j] += dense[i * 1500 + j];
                }
            }
        }
        for (int threads : THREADS) {
            double[] actual = start.clone();
            BACKEND.operators(JitConnOps.class, threads).orElseThrow().eventMv(spec, events, actual);
            assertArrayEquals(expected, actual, 0, threads + " threads");
        }
    }

    /**
     * A matrix whose rows are long enough for the slice-start table, sorted except every fifth row, with repeated
     * columns in some sorted rows, empty rows, and (in the last rows) all entries in the first or last column.
     */
    private static CsrMatrix longRows(Random rng, int rows, int cols, boolean homogeneous) {
        int[] indptr = new int[rows + 1];
        int[] len = new int[rows];
        for (int i = 0; i < rows; i++) {
            len[i] = i % 7 == 3 ? 0 : 8 + rng.nextInt(40);
            indptr[i + 1] = indptr[i] + len[i];
        }
        int[] indices = new int[indptr[rows]];
        for (int i = 0; i < rows; i++) {
            int from = indptr[i];
            for (int k = from; k < indptr[i + 1]; k++) {
                indices[k] = i == rows - 1 ? cols - 1 : i == rows - 2 ? 0 : rng.nextInt(cols);
            }
            if (i % 5 != 0) {
                Arrays.sort(indices, from, indptr[i + 1]);
            }
        }
        double[] data = new double[homogeneous ? 1 : indices.length];
        for (int k = 0; k < data.length; k++) {
            data[k] = rng.nextDouble() * 2 - 1;
        }
        return new CsrMatrix(rows, cols, indptr, indices, data).validate();
    }

    @Test
    void parallelCsrWithSliceStartTablesEqualsSerialBitForBitAndTheDenseProduct() {
        Random rng = new Random(63);
        int[][] shapes = {{1, 1}, {1, 300}, {300, 1}, {2, 5}, {200, 3000}};
        for (int threads : THREADS) {
            EventOps par = BACKEND.operators(EventOps.class, threads).orElseThrow();
            for (int[] s : shapes) {
                for (boolean homogeneous : new boolean[] {true, false}) {
                    CsrMatrix m = longRows(rng, s[0], s[1], homogeneous);
                    String what = threads + " threads " + Arrays.toString(s) + (homogeneous ? " homo" : " hetero");
                    boolean[] flags = new boolean[s[0]];
                    double[] values = new double[s[0]];
                    int[] fired = new int[s[0] + 1];
                    int count = 0;
                    for (int i = 0; i < s[0]; i++) {
                        if (rng.nextInt(3) != 0) {
                            flags[i] = true;
                            values[i] = rng.nextDouble() - 2;
                            fired[count++] = i;
                        }
                    }
                    fired[count++] = fired[0];  // a repeated row fires twice
                    double[] start = Reference.randomVector(rng, s[1]);
                    for (int rep = 0; rep < 2; rep++) {  // the second call uses the stored table
                        double[] a = start.clone();
                        double[] b = start.clone();
                        rowAtATime.eventCsrmv(m, flags, a);
                        par.eventCsrmv(m, flags, b);
                        assertArrayEquals(a, b, 0, what + " flags");
                        a = start.clone();
                        b = start.clone();
                        rowAtATime.eventCsrmv(m, values, a);
                        par.eventCsrmv(m, values, b);
                        assertArrayEquals(a, b, 0, what + " values");
                        a = start.clone();
                        b = start.clone();
                        rowAtATime.eventCsrmv(m, fired, count, a);
                        par.eventCsrmv(m, fired, count, b);
                        assertArrayEquals(a, b, 0, what + " list");
                    }
                    // Against the textbook dense loop (repeated columns are summed there first: order tolerance).
                    double[] dense = new double[s[0] * s[1]];
                    for (int i = 0; i < s[0]; i++) {
                        for (int k = m.indptr()[i]; k < m.indptr()[i + 1]; k++) {
                            dense[i * s[1] + m.indices()[k]] += m.data()[homogeneous ? 0 : k];
                        }
                    }
                    double[] x = new double[s[0]];
                    for (int i = 0; i < s[0]; i++) {
                        x[i] = flags[i] ? 1 : 0;
                    }
                    double[] expected = Reference.matvec(dense, s[0], s[1], x, true);
                    double[] actual = new double[s[1]];
                    par.eventCsrmv(m, flags, actual);
                    Reference.assertClose(expected, actual, what + " dense");
                }
            }
        }
    }

    @Test
    void theSliceStartTableHoldsEachThreadsFirstEntryAndIsRebuiltForANewIndptr() {
        // Row 0: columns 0 1 5 6 9 (sorted), row 1 unsorted, row 2 empty; 10 columns on 2 threads split at 5.
        int[] indices = {0, 1, 5, 6, 9, 7, 2, 3, 4};
        CsrMatrix m = new CsrMatrix(3, 10, new int[] {0, 5, 9, 9}, indices, new double[] {1});
        ParallelEventCsrMatVec.SliceStarts t = new ParallelEventCsrMatVec.SliceStarts(m, 2);
        assertArrayEquals(new int[] {2, ParallelEventCsrMatVec.SliceStarts.UNSORTED, 9}, t.starts);
        // 4 threads: slices start at columns 2, 5, 7.
        t = new ParallelEventCsrMatVec.SliceStarts(m, 4);
        assertArrayEquals(new int[] {2, 2, 4, ParallelEventCsrMatVec.SliceStarts.UNSORTED, 0, 0, 9, 9, 9},
                t.starts);
        assertSame(m.indptr(), t.indptr);

        // The same indices array behind another indptr (another matrix): the stored table must not be reused.
        EventOps par = BACKEND.operators(EventOps.class, 2).orElseThrow();
        int[] idx = new int[40];
        for (int k = 0; k < 40; k++) {
            idx[k] = k % 20;
        }
        CsrMatrix a = new CsrMatrix(2, 20, new int[] {0, 20, 40}, idx, new double[] {1});
        CsrMatrix b = new CsrMatrix(4, 20, new int[] {0, 10, 20, 30, 40}, idx, new double[] {1});
        assertNotSame(a.indptr(), b.indptr());
        for (CsrMatrix c : new CsrMatrix[] {a, b, a}) {
            boolean[] all = new boolean[c.rows()];
            Arrays.fill(all, true);
            double[] expected = new double[20];
            rowAtATime.eventCsrmv(c, all, expected);
            double[] actual = new double[20];
            par.eventCsrmv(c, all, actual);
            assertArrayEquals(expected, actual, 0, c.rows() + " rows");
        }
    }

    @Test
    void tableAndFusedPathsAllocateNothingPerCallOnceWarm() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Random rng = new Random(64);
        CsrMatrix m = longRows(rng, 400, 5000, true);
        JitConnSpec homo = new JitConnSpec(400, 5000, 0.02, WeightLaw.HOMOGENEOUS, 0.5, 0, 3);
        JitConnSpec uniform = new JitConnSpec(400, 5000, 0.02, WeightLaw.UNIFORM, 0, 1, 3);
        boolean[] events = new boolean[400];
        for (int i = 0; i < 400; i += 3) {
            events[i] = true;
        }
        double[] out = new double[5000];
        for (int threads : THREADS) {
            EventOps ev = BACKEND.operators(EventOps.class, threads).orElseThrow();
            JitConnOps jit = BACKEND.operators(JitConnOps.class, threads).orElseThrow();
            for (int r = 0; r < 500; r++) {
                ev.eventCsrmv(m, events, out);
                jit.eventMv(homo, events, out);
                jit.eventMv(uniform, events, out);
            }
            long before = mx.getCurrentThreadAllocatedBytes();
            for (int r = 0; r < 200; r++) {
                ev.eventCsrmv(m, events, out);
                jit.eventMv(homo, events, out);
                jit.eventMv(uniform, events, out);
            }
            long allocated = mx.getCurrentThreadAllocatedBytes() - before;
            assertTrue(allocated < 1024, threads + " threads: allocated " + allocated + " bytes in 600 calls");
        }
    }
}
