package org.brainj.operators.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.brainj.api.core.ParameterException;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.JitConnSpec;
import org.brainj.api.ops.WeightLaw;
import org.junit.jupiter.api.Test;

/**
 * The column-range event product ({@link JitConnOps#eventMv(JitConnSpec, int[], int, double[], int, int)}): the
 * expected value is the full event product of the same operators on the same accumulator, with the entries outside
 * the range put back; equality is bit for bit, since each column must receive the same additions in the same order.
 */
class JitColumnRangeTest {

    private static final CpuBackend BACKEND = new CpuBackend();

    /**
     * (rows, cols, prob): one segment; two; 32 segments of ~28 connections; 64 segments of ~156 connections (more
     * than one {@link JitRowStream#BATCH} per segment); dense rows of 64 segments.
     */
    private static final double[][] SHAPES = {{30, 40, 0.2}, {25, 100, 0.5}, {40, 3000, 0.3}, {12, 20000, 0.5},
        {6, 20000, 1.0}};

    /** The operators under test: serial, parallel on 2 and 4 threads, and the interface's default. */
    private static List<JitConnOps> operators() {
        JitConnMatVec serial = new JitConnMatVec();
        JitConnOps byDefault = new JitConnOps() {
            @Override
            public void mv(JitConnSpec spec, double[] x, double[] out, boolean transpose) {
                serial.mv(spec, x, out, transpose);
            }

            @Override
            public void eventMv(JitConnSpec spec, boolean[] events, double[] out) {
                serial.eventMv(spec, events, out);
            }

            @Override
            public CsrMatrix materialize(JitConnSpec spec) {
                return serial.materialize(spec);
            }
        };
        List<JitConnOps> all = new ArrayList<>();
        all.add(serial);
        all.add(BACKEND.operators(JitConnOps.class, 2).orElseThrow());
        all.add(BACKEND.operators(JitConnOps.class, 4).orElseThrow());
        all.add(byDefault);
        return all;
    }

    @Test
    void aColumnRangeEqualsTheFullProductRestrictedToItBitForBit() {
        Random rng = new Random(2026);
        List<JitConnOps> ops = operators();
        assertTrue(ops.get(1) instanceof ParallelJitConnMatVec, "the 2-thread operators are the parallel ones");
        for (double[] s : SHAPES) {
            int rows = (int) s[0];
            int cols = (int) s[1];
            for (WeightLaw law : WeightLaw.values()) {
                JitConnSpec spec = new JitConnSpec(rows, cols, s[2], law, 0.25, 0.5, rng.nextLong());
                int w = spec.segmentWidth();
                int[] fired = firing(rng, rows);
                for (int[] r : ranges(rng, cols, w)) {
                    String what = rows + "x" + cols + " p=" + s[2] + " " + law + " S=" + spec.segments() + " W=" + w
                            + " columns [" + r[0] + ", " + r[1] + ")";
                    double[] start = Reference.randomVector(rng, cols);
                    double[] full = start.clone();
                    new JitConnMatVec().eventMv(spec, fired, fired.length, full);
                    double[] expected = start.clone();
                    System.arraycopy(full, r[0], expected, r[0], r[1] - r[0]);
                    for (int k = 0; k < ops.size(); k++) {
                        double[] out = start.clone();
                        ops.get(k).eventMv(spec, fired, fired.length, out, r[0], r[1]);
                        assertArrayEquals(expected, out, 0, what + ", operators " + k);
                    }
                }
            }
        }
    }

    @Test
    void reversedOrOutsideRangesAreRejectedNamingTheRange() {
        JitConnSpec spec = new JitConnSpec(10, 50, 0.3, WeightLaw.HOMOGENEOUS, 1, 0, 3);
        int[] fired = {1, 4};
        for (JitConnOps ops : operators()) {
            for (int[] r : new int[][] {{-1, 5}, {6, 5}, {0, 51}}) {
                ParameterException e = assertThrows(ParameterException.class,
                        () -> ops.eventMv(spec, fired, 2, new double[50], r[0], r[1]));
                assertTrue(e.getMessage().contains("[" + r[0] + ", " + r[1] + ")")
                        && e.getMessage().contains("cols = 50"), e.getMessage());
            }
        }
    }

    /** About a third of the rows, ascending, and never none when there are rows. */
    private static int[] firing(Random rng, int rows) {
        int[] f = new int[rows];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            if (rng.nextInt(3) == 0 || i == rows - 1 && n == 0) {
                f[n++] = i;
            }
        }
        return Arrays.copyOf(f, n);
    }

    /** Empty, one column (first, last, on a segment edge), segment-aligned, unaligned, halves and whole. */
    private static List<int[]> ranges(Random rng, int cols, int w) {
        List<int[]> r = new ArrayList<>();
        r.add(new int[] {0, 0});
        r.add(new int[] {cols / 2, cols / 2});
        r.add(new int[] {0, 1});
        r.add(new int[] {cols - 1, cols});
        r.add(new int[] {Math.min(w, cols - 1), Math.min(w, cols - 1) + 1});
        r.add(new int[] {0, Math.min(w, cols)});
        r.add(new int[] {Math.min(w, cols), Math.min(3 * w, cols)});
        r.add(new int[] {0, cols / 2});
        r.add(new int[] {cols / 2, cols});
        r.add(new int[] {0, cols});
        for (int k = 0; k < 6; k++) {
            int a = rng.nextInt(cols + 1);
            int b = rng.nextInt(cols + 1);
            r.add(new int[] {Math.min(a, b), Math.max(a, b)});
        }
        return r;
    }
}
