package org.brainj.operators.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.JitConnSpec;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.ops.RangeLoop;
import org.brainj.api.ops.WeightLaw;
import org.junit.jupiter.api.Test;

class ParallelOpsTest {

    private static final int[] THREADS = {1, 2, 4};
    private static final CpuBackend BACKEND = new CpuBackend();

    private static <T> T ops(Class<T> family, int threads) {
        return BACKEND.operators(family, threads).orElseThrow();
    }

    @Test
    void parallelEventOperatorsEqualSerialBitForBit() {
        Random rng = new Random(51);
        EventOps serial = ops(EventOps.class, 1);
        int[][] shapes = {{0, 0}, {1, 9}, {9, 1}, {3, 2}, {40, 33}, {500, 700}};
        for (int threads : THREADS) {
            EventOps par = ops(EventOps.class, threads);
            for (int[] s : shapes) {
                for (int variant = 0; variant < 4; variant++) {
                    boolean homogeneous = variant % 2 == 1;
                    CsrMatrix m = Reference.randomCsr(rng, s[0], s[1], homogeneous).csr();
                    if (variant >= 2) {
                        // Transposing twice sorts every row (duplicates stay adjacent): the binary-search path.
                        CsrOps sparse = new CsrOps();
                        m = sparse.transpose(sparse.transpose(m));
                    }
                    boolean[] flags = new boolean[s[0]];
                    double[] values = new double[s[0]];
                    int[] fired = new int[s[0]];
                    int count = 0;
                    for (int i = 0; i < s[0]; i++) {
                        if (rng.nextInt(3) == 0) {
                            flags[i] = true;
                            values[i] = rng.nextDouble() - 2;
                            fired[count++] = i;
                        }
                    }
                    boolean[] colEvents = new boolean[s[1]];
                    for (int j = 0; j < s[1]; j++) {
                        colEvents[j] = rng.nextBoolean();
                    }
                    double[] start = Reference.randomVector(rng, s[1]);
                    double[] startRows = Reference.randomVector(rng, s[0]);
                    String what = threads + " threads " + Arrays.toString(s) + " variant " + variant;
                    double[] a = start.clone();
                    double[] b = start.clone();
                    serial.eventCsrmv(m, flags, a);
                    par.eventCsrmv(m, flags, b);
                    assertArrayEquals(a, b, 0, what + " flags");
                    a = start.clone();
                    b = start.clone();
                    serial.eventCsrmv(m, values, a);
                    par.eventCsrmv(m, values, b);
                    assertArrayEquals(a, b, 0, what + " values");
                    a = start.clone();
                    b = start.clone();
                    serial.eventCsrmv(m, fired, count, a);
                    par.eventCsrmv(m, fired, count, b);
                    assertArrayEquals(a, b, 0, what + " list");
                    a = startRows.clone();
                    b = startRows.clone();
                    serial.eventCsrmvGather(m, colEvents, a);
                    par.eventCsrmvGather(m, colEvents, b);
                    assertArrayEquals(a, b, 0, what + " gather");
                }
            }
        }
    }

    @Test
    void anUnvalidatedIndexOutsideTheColumnsStillFailsInParallel() {
        EventOps par = ops(EventOps.class, 2);
        for (int bad : new int[] {-1, 5}) {
            int[] sortedRow = new int[20];
            for (int k = 0; k < 20; k++) {
                sortedRow[k] = bad < 0 ? (k == 0 ? bad : k % 5) : (k == 19 ? bad : k / 4);
            }
            java.util.Arrays.sort(sortedRow);
            CsrMatrix m = new CsrMatrix(1, 5, new int[] {0, 20}, sortedRow, new double[] {1});
            assertThrows(ArrayIndexOutOfBoundsException.class,
                    () -> par.eventCsrmv(m, new boolean[] {true}, new double[5]), "index " + bad);
        }
    }

    @Test
    void parallelJitOperatorsEqualSerialBitForBit() {
        Random rng = new Random(52);
        JitConnOps serial = ops(JitConnOps.class, 1);
        int[][] shapes = {{0, 0}, {1, 300}, {300, 1}, {7, 3}, {200, 3000}};
        for (int threads : THREADS) {
            JitConnOps par = ops(JitConnOps.class, threads);
            for (int[] s : shapes) {
                for (WeightLaw law : WeightLaw.values()) {
                    for (double p : new double[] {0.05, 0.6}) {
                        JitConnSpec spec = new JitConnSpec(s[0], s[1], p, law, 0.1, 0.4, rng.nextLong());
                        String what = threads + " threads " + Arrays.toString(s) + " " + law + " p=" + p;
                        double[] x = Reference.randomVector(rng, s[1]);
                        double[] a = new double[s[0]];
                        double[] b = new double[s[0]];
                        serial.mv(spec, x, a, false);
                        par.mv(spec, x, b, false);
                        assertArrayEquals(a, b, 0, what + " M x");
                        double[] xt = Reference.randomVector(rng, s[0]);
                        a = new double[s[1]];
                        b = Reference.randomVector(rng, s[1]);
                        serial.mv(spec, xt, a, true);
                        par.mv(spec, xt, b, true);
                        assertArrayEquals(a, b, 0, what + " M^T x");
                        boolean[] events = new boolean[s[0]];
                        for (int i = 0; i < events.length; i++) {
                            events[i] = rng.nextInt(4) == 0;
                        }
                        double[] start = Reference.randomVector(rng, s[1]);
                        a = start.clone();
                        b = start.clone();
                        serial.eventMv(spec, events, a);
                        par.eventMv(spec, events, b);
                        assertArrayEquals(a, b, 0, what + " events");
                        // The fired-list form gives the same sums as the flag form, serial and parallel.
                        int[] fired = new int[s[0]];
                        int count = 0;
                        for (int i = 0; i < events.length; i++) {
                            if (events[i]) {
                                fired[count++] = i;
                            }
                        }
                        double[] c = start.clone();
                        double[] d = start.clone();
                        serial.eventMv(spec, fired, count, c);
                        par.eventMv(spec, fired, count, d);
                        assertArrayEquals(a, c, 0, what + " event list, serial");
                        assertArrayEquals(a, d, 0, what + " event list, parallel");
                        CsrMatrix ma = serial.materialize(spec);
                        CsrMatrix mb = par.materialize(spec);
                        assertArrayEquals(ma.indices(), mb.indices(), what);
                    }
                }
            }
        }
    }

    @Test
    void rangeLoopCoversEveryIndexOnceInFixedSlices() {
        for (int threads : THREADS) {
            RangeLoop loop = ops(RangeLoop.class, threads);
            assertEquals(threads, loop.threads());
            for (int n : new int[] {0, 1, 3, 1000}) {
                int[] hits = new int[n];
                int[] slices = new int[threads + 1];
                AtomicInteger calls = new AtomicInteger();
                loop.forEach(n, (from, to) -> {
                    calls.incrementAndGet();
                    for (int i = from; i < to; i++) {
                        hits[i]++;
                    }
                });
                for (int i = 0; i < n; i++) {
                    assertEquals(1, hits[i], "index " + i);
                }
                assertTrue(calls.get() <= Math.max(1, threads));
                // Slice t is [t*n/T, (t+1)*n/T): check the boundaries the API documents.
                loop.forEach(n, (from, to) -> {
                    for (int t = 0; t < threads; t++) {
                        if ((long) n * t / threads == from) {
                            synchronized (slices) {
                                slices[t] = to;
                            }
                        }
                    }
                });
                for (int t = 0; t < threads && n >= threads; t++) {
                    assertEquals((int) ((long) n * (t + 1) / threads), slices[t], "slice " + t + " of " + n);
                }
            }
        }
    }

    @Test
    void anExceptionInAWorkerSliceIsRethrownToTheCaller() {
        RangeLoop loop = ops(RangeLoop.class, 4);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loop.forEach(100, (from, to) -> {
            if (from >= 50) {
                throw new IllegalStateException("slice " + from);
            }
        }));
        assertTrue(e.getMessage().startsWith("slice "), e.getMessage());
        int[] after = new int[1];
        loop.forEach(10, (from, to) -> {
            synchronized (after) {
                after[0] += to - from;
            }
        });
        assertEquals(10, after[0], "the pool still works");
    }

    @Test
    void aParallelCallInsideAParallelCallRunsSeriallyInsteadOfDeadlocking() {
        RangeLoop loop = ops(RangeLoop.class, 2);
        JitConnOps par = ops(JitConnOps.class, 2);
        JitConnSpec spec = new JitConnSpec(30, 40, 0.3, WeightLaw.UNIFORM, 0, 1, 9);
        double[] x = Reference.randomVector(new Random(1), 40);
        double[][] outs = new double[2][30];
        loop.forEach(2, (from, to) -> {
            for (int t = from; t < to; t++) {
                par.mv(spec, x, outs[t], false);
            }
        });
        double[] expected = new double[30];
        ops(JitConnOps.class, 1).mv(spec, x, expected, false);
        assertArrayEquals(expected, outs[0], 0);
        assertArrayEquals(expected, outs[1], 0);
    }

    @Test
    void variantsAreCachedAndOtherFamiliesStaySerial() {
        assertSame(ops(EventOps.class, 3), ops(EventOps.class, 3));
        assertTrue(ops(EventOps.class, 3) instanceof ParallelEventCsrMatVec);
        assertTrue(ops(JitConnOps.class, 3) instanceof ParallelJitConnMatVec);
        assertSame(BACKEND.operators(org.brainj.api.ops.SparseOps.class).orElseThrow(),
                ops(org.brainj.api.ops.SparseOps.class, 4));
        assertSame(ops(EventOps.class, 1), BACKEND.operators(EventOps.class).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> BACKEND.operators(EventOps.class, 0));
        OperatorBackend plain = new OperatorBackend() {
            @Override
            public org.brainj.api.ops.BackendKind backendKind() {
                return org.brainj.api.ops.BackendKind.CPU;
            }

            @Override
            public <T> java.util.Optional<T> operators(Class<T> family) {
                return java.util.Optional.empty();
            }

            @Override
            public String name() {
                return "plain";
            }
        };
        assertTrue(plain.operators(EventOps.class, 2).isEmpty(), "the API default delegates to the serial lookup");
    }

    @Test
    void parallelCallsAllocateNothingOnTheCallingThread() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        EventOps ev = ops(EventOps.class, 2);
        JitConnOps jit = ops(JitConnOps.class, 2);
        CsrMatrix m = Reference.randomCsr(new Random(3), 300, 300, false).csr();
        boolean[] events = new boolean[300];
        for (int i = 0; i < 300; i += 7) {
            events[i] = true;
        }
        JitConnSpec spec = new JitConnSpec(300, 300, 0.1, WeightLaw.NORMAL, 0, 1, 4);
        double[] out = new double[300];
        for (int r = 0; r < 2000; r++) {
            ev.eventCsrmv(m, events, out);
            jit.eventMv(spec, events, out);
        }
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int r = 0; r < 1000; r++) {
            ev.eventCsrmv(m, events, out);
            jit.eventMv(spec, events, out);
        }
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes in 2000 calls");
    }
}
