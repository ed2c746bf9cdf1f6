package org.brainj.operators.cpu.internal;

import static org.brainj.operators.cpu.internal.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.brainj.api.core.ParameterException;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.JitConnSpec;
import org.brainj.api.ops.WeightLaw;
import org.brainj.api.random.CounterRandom;
import org.brainj.api.random.Philox4x32;
import org.junit.jupiter.api.Test;

class JitConnMatVecTest {

    private final JitConnMatVec jit = new JitConnMatVec();
    private final CsrOps csr = new CsrOps();
    private final EventCsrMatVec event = new EventCsrMatVec();

    /** Shapes: empty, one element, one row, one column, small, and wide enough for several row segments. */
    private static final int[][] SHAPES = {{0, 0}, {0, 5}, {5, 0}, {1, 1}, {1, 300}, {300, 1}, {7, 3}, {40, 33},
        {60, 2500}};

    private static JitConnSpec spec(int rows, int cols, double p, WeightLaw law, long seed) {
        switch (law) {
            case UNIFORM:
                return new JitConnSpec(rows, cols, p, law, -0.5, 1.5, seed);
            case NORMAL:
                return new JitConnSpec(rows, cols, p, law, 0.2, 0.7, seed);
            default:
                return new JitConnSpec(rows, cols, p, law, 0.3, 0.0, seed);
        }
    }

    @Test
    void operatorsEqualTheCsrOperatorsOnTheMaterialisedMatrixBitForBit() {
        Random rng = new Random(41);
        for (int[] s : SHAPES) {
            for (double p : new double[] {0.05, 0.5, 1.0}) {
                for (WeightLaw law : WeightLaw.values()) {
                    JitConnSpec spec = spec(s[0], s[1], p, law, rng.nextLong());
                    CsrMatrix m = jit.materialize(spec).validate();
                    String what = Arrays.toString(s) + " p=" + p + " " + law;
                    double[] x = Reference.randomVector(rng, s[1]);
                    double[] expected = new double[s[0]];
                    csr.csrmv(m, x, expected, false);
                    double[] out = new double[s[0]];
                    jit.mv(spec, x, out, false);
                    assertArrayEquals(expected, out, 0, what + " M x");

                    double[] xt = Reference.randomVector(rng, s[0]);
                    double[] expectedT = new double[s[1]];
                    csr.csrmv(m, xt, expectedT, true);
                    double[] outT = Reference.randomVector(rng, s[1]);  // overwritten, not accumulated
                    jit.mv(spec, xt, outT, true);
                    assertArrayEquals(expectedT, outT, 0, what + " M^T x");

                    boolean[] events = new boolean[s[0]];
                    for (int i = 0; i < events.length; i++) {
                        events[i] = rng.nextInt(3) == 0;
                    }
                    double[] start = Reference.randomVector(rng, s[1]);
                    double[] expectedE = start.clone();
                    event.eventCsrmv(m, events, expectedE);
                    double[] outE = start.clone();
                    jit.eventMv(spec, events, outE);
                    assertArrayEquals(expectedE, outE, 0, what + " events");
                }
            }
        }
    }

    @Test
    void operatorsMatchTheDenseMatrixAndItsTranspose() {
        Random rng = new Random(42);
        for (int[] s : SHAPES) {
            for (WeightLaw law : WeightLaw.values()) {
                JitConnSpec spec = spec(s[0], s[1], 0.2, law, rng.nextLong());
                double[] dense = csr.toDense(jit.materialize(spec));
                String what = Arrays.toString(s) + " " + law;
                double[] x = Reference.randomVector(rng, s[1]);
                double[] out = new double[s[0]];
                jit.mv(spec, x, out, false);
                assertClose(Reference.matvec(dense, s[0], s[1], x, false), out, what + " M x");
                double[] xt = Reference.randomVector(rng, s[0]);
                double[] outT = new double[s[1]];
                jit.mv(spec, xt, outT, true);
                assertClose(Reference.matvec(dense, s[0], s[1], xt, true), outT, what + " M^T x");
                // The transposed operator is the plain product with the transposed materialised matrix.
                double[] viaTranspose = new double[s[1]];
                csr.csrmv(csr.transpose(jit.materialize(spec)), xt, viaTranspose, false);
                assertClose(viaTranspose, outT, what + " M^T x vs transpose(materialize)");
            }
        }
    }

    @Test
    void meanFanOutIsWithinThreeSigmaOfPTimesN() {
        for (double p : new double[] {0.002, 0.02, 0.3, 0.9}) {
            int rows = 400;
            int cols = 5000;
            CsrMatrix m = jit.materialize(new JitConnSpec(rows, cols, p, WeightLaw.HOMOGENEOUS, 1, 0, 99));
            double trials = (double) rows * cols;
            double sigma = Math.sqrt(trials * p * (1 - p));
            assertEquals(trials * p, m.nnz(), 3 * sigma, "p = " + p);
            // Columns are uniform too: a segment boundary must not favour its first columns.
            int[] perColumn = new int[cols];
            for (int j : m.indices()) {
                perColumn[j]++;
            }
            JitRowStream c = new JitRowStream().bind(new JitConnSpec(rows, cols, p, WeightLaw.HOMOGENEOUS, 1, 0,
                    99));
            int firstColumns = 0;
            for (int g = 0; g < c.segments(); g++) {
                firstColumns += perColumn[c.segmentStart(g)];
            }
            double n = (double) rows * c.segments();
            assertEquals(n * p, firstColumns, 3 * Math.sqrt(n * p * (1 - p)) + 1e-9, "first columns, p = " + p);
            // Each row is sorted and duplicate-free.
            for (int i = 0; i < rows; i++) {
                for (int k = m.indptr()[i] + 1; k < m.indptr()[i + 1]; k++) {
                    assertTrue(m.indices()[k - 1] < m.indices()[k], "row " + i + " sorted");
                }
            }
        }
    }

    @Test
    void weightsHaveTheRequestedMeanAndSigma() {
        CsrMatrix u = jit.materialize(new JitConnSpec(500, 2000, 0.05, WeightLaw.UNIFORM, -1.0, 3.0, 5));
        double[] mu = moments(u.data());
        double sdU = 4.0 / Math.sqrt(12.0);
        assertEquals(1.0, mu[0], 3 * sdU / Math.sqrt(u.nnz()), "uniform mean");
        assertEquals(sdU, mu[1], 0.01 * sdU, "uniform sigma");
        assertTrue(mu[2] >= -1.0 && mu[3] < 3.0, "uniform range");

        CsrMatrix n = jit.materialize(new JitConnSpec(500, 2000, 0.05, WeightLaw.NORMAL, 0.5, 0.25, 6));
        double[] mn = moments(n.data());
        assertEquals(0.5, mn[0], 3 * 0.25 / Math.sqrt(n.nnz()), "normal mean");
        // The standard error of a sample sigma is about sigma / sqrt(2 n).
        assertEquals(0.25, mn[1], 3 * 0.25 / Math.sqrt(2.0 * n.nnz()), "normal sigma");

        CsrMatrix h = jit.materialize(new JitConnSpec(50, 50, 0.5, WeightLaw.HOMOGENEOUS, 0.125, 0, 7));
        assertTrue(h.homogeneous());
        assertEquals(0.125, h.data()[0]);
    }

    /** @return mean, standard deviation, min, max */
    private static double[] moments(double[] v) {
        double s = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            s += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double mean = s / v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return new double[] {mean, Math.sqrt(ss / (v.length - 1)), min, max};
    }

    @Test
    void sameSeedGivesTheSameMatrixAndAnotherSeedAnother() {
        JitConnSpec a = new JitConnSpec(100, 300, 0.1, WeightLaw.NORMAL, 0, 1, 1234);
        CsrMatrix m1 = jit.materialize(a);
        CsrMatrix m2 = jit.materialize(new JitConnSpec(100, 300, 0.1, WeightLaw.NORMAL, 0, 1, 1234));
        assertArrayEquals(m1.indptr(), m2.indptr());
        assertArrayEquals(m1.indices(), m2.indices());
        assertArrayEquals(m1.data(), m2.data(), 0);
        CsrMatrix other = jit.materialize(new JitConnSpec(100, 300, 0.1, WeightLaw.NORMAL, 0, 1, 1235));
        assertFalse(Arrays.equals(m1.indices(), other.indices()));
        // The pattern does not depend on the weight law: weights use their own stream.
        CsrMatrix homo = jit.materialize(new JitConnSpec(100, 300, 0.1, WeightLaw.HOMOGENEOUS, 1, 0, 1234));
        assertArrayEquals(m1.indices(), homo.indices());
    }

    /**
     * The algorithm written out again from the Javadoc of {@link JitRowStream} with {@link CounterRandom} and
     * {@link StrictMath}: another backend following that text must reproduce the matrix bit for bit.
     */
    @Test
    void theDocumentedAlgorithmReproducesTheMatrixBitForBit() {
        for (WeightLaw law : WeightLaw.values()) {
            for (double p : new double[] {0.01, 0.3, 1.0}) {
                JitConnSpec spec = spec(13, 4000, p, law, 0x5EEDL);
                CsrMatrix m = jit.materialize(spec);
                CounterRandom rng = new CounterRandom(spec.seed());
                int segments = Integer.highestOneBit(
                        (int) Math.min(64, Math.max(1, Math.floor(p * spec.cols() / 16))));
                int width = (spec.cols() + segments - 1) / segments;
                double r = 1.0 / StrictMath.log(1.0 - p);
                int k = 0;
                for (int i = 0; i < spec.rows(); i++) {
                    for (int s = 0; s < segments; s++) {
                        long end = Math.min((long) (s + 1) * width, spec.cols());
                        long c = (long) s * width - 1;
                        int n = 0;
                        int mm = 0;
                        while (true) {
                            if (p == 1.0) {
                                if (c + 1 >= end) {
                                    break;
                                }
                                c = c + 1;
                            } else {
                                int x = word(rng, 0x4A495443, i, s, n);
                                n++;
                                double g = documentedLog(x) * r;
                                if (!(g < (double) (end - c - 1))) {
                                    break;
                                }
                                c = c + 1 + (long) g;
                            }
                            double w;
                            if (law == WeightLaw.HOMOGENEOUS) {
                                w = spec.w0();
                            } else if (law == WeightLaw.UNIFORM) {
                                int x = word(rng, 0x4A495457, i, s, mm);
                                mm++;
                                w = spec.w0() + (spec.w1() - spec.w0()) * ((x & 0xFFFFFFFFL) * 0x1.0p-32);
                            } else {
                                double x;
                                double q;
                                do {
                                    x = (word(rng, 0x4A495457, i, s, mm) & 0xFFFFFFFFL) * 0x1.0p-31 - 1.0;
                                    double y = (word(rng, 0x4A495457, i, s, mm + 1) & 0xFFFFFFFFL) * 0x1.0p-31 - 1.0;
                                    mm += 2;
                                    q = x * x + y * y;
                                } while (!(q < 1.0 && q > 0.0));
                                w = spec.w0() + spec.w1() * (x * Math.sqrt(-2.0 * StrictMath.log(q) / q));
                            }
                            String what = law + " p=" + p + " row " + i + " entry " + k;
                            assertTrue(k < m.nnz(), what);
                            assertEquals(c, m.indices()[k], what);
                            assertEquals(w, m.homogeneous() ? m.data()[0] : m.data()[k], 0.0, what);
                            k++;
                        }
                    }
                    assertEquals(m.indptr()[i + 1], k, "row " + i + " length");
                }
            }
        }
    }

    /**
     * Word v of a stream in (row, segment) as documented: output word v &amp; 3 of block v / 4 at CounterRandom's
     * coordinates (words 0 and 1 checked against {@link CounterRandom#nextLong}).
     */
    private static int word(CounterRandom rng, int stream, int row, int segment, int v) {
        int b = v >>> 2;
        long step = ((long) segment << 16) | (b >>> 16);
        int draw = b & 0xFFFF;
        int[] w = new int[4];
        Philox4x32.block(row, (int) step, draw | ((int) (step >>> 32) << 16), stream, (int) rng.seed(),
                (int) (rng.seed() >>> 32), w);
        long lower = ((w[0] & 0xFFFFFFFFL) << 32) | (w[1] & 0xFFFFFFFFL);
        assertEquals(rng.nextLong(stream, row, step, draw), lower, "words 0 and 1 are CounterRandom.nextLong");
        return w[v & 3];
    }

    /** L(x) written out from the Javadoc of {@link JitRowStream}, tables from {@link StrictMath#log}. */
    private static double documentedLog(int x) {
        long y = (x & 0xFFFFFFFFL) + 1;
        int z = Long.numberOfLeadingZeros(y);
        int e = 31 - z;
        int j = (int) ((y << z) >>> 53) & 0x3FF;
        double d = (double) ((y << z) & 0x1FFFFFFFFFFFFFL) * 0x1.0p-63;
        double t = d * (1.0 / (1.0 + j / 1024.0));
        double poly = t * (1.0 + t * (-0.5 + t * 0x1.5555555555555p-2));
        return ((double) e * 0x1.62e42fefa39efp-1 + StrictMath.log(1.0 + j / 1024.0)) + poly;
    }

    @Test
    void theWordLogarithmIsWithinItsDocumentedErrorAndExactAtOne() {
        assertEquals(0x1.0p0 / 3, JitRowStream.C3);
        assertEquals(Math.log(2), JitRowStream.LN2);
        assertEquals(0.0, JitRowStream.log32(-1));
        Random rng = new Random(5);
        double worst = 0;
        for (int t = 0; t < 400_000; t++) {
            int x = t < 64 ? (1 << (t & 31)) - 1 + (t >> 5) : t < 1000 ? -t : rng.nextInt();
            double exact = StrictMath.log(((x & 0xFFFFFFFFL) + 1) * 0x1.0p-32);
            double l = JitRowStream.log32(x);
            assertEquals(Double.doubleToLongBits(documentedLog(x)), Double.doubleToLongBits(l), "x = " + x);
            assertTrue(x == -1 ? l == 0.0 : l < 0.0, "x = " + x);
            worst = Math.max(worst, Math.abs(l - exact) - 0x1.0p-51 * Math.abs(exact));
        }
        assertTrue(worst < 2.5e-13, "max |L - ln u| - 2^-51 |ln u| = " + worst);
    }

    @Test
    void theInterleavedPhiloxPairEqualsTwoReferenceBlocks() {
        Random rng = new Random(71);
        int[] pair = new int[8];
        int[] w = new int[4];
        for (int t = 0; t < 2000; t++) {
            long seed = rng.nextLong();
            JitRowStream c = new JitRowStream().bind(new JitConnSpec(1 << 30, 1 << 20, 0.5, WeightLaw.HOMOGENEOUS,
                    1, 0, seed));
            int row = rng.nextInt(1 << 30);
            int segment = rng.nextInt(c.segments());
            int b = rng.nextInt(1 << 20) * 2;
            int stream = rng.nextInt();
            c.start(row, segment);
            c.blockPair(stream, b, pair);
            for (int h = 0; h < 2; h++) {
                long step = ((long) segment << 16) | ((b + h) >>> 16);
                Philox4x32.block(row, (int) step, ((b + h) & 0xFFFF) | ((int) (step >>> 32) << 16), stream,
                        (int) seed, (int) (seed >>> 32), w);
                for (int q = 0; q < 4; q++) {
                    assertEquals(w[q], pair[4 * h + q], "block " + h + " word " + q);
                }
            }
        }
    }

    @Test
    void aProbabilityTooSmallToRepresentGivesAnEmptyMatrix() {
        CsrMatrix m = jit.materialize(new JitConnSpec(50, 1000, 1e-300, WeightLaw.HOMOGENEOUS, 1, 0, 3));
        assertEquals(0, m.nnz());
    }

    @Test
    void badSpecsAndArgumentsAreRejectedWithTheValue() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> new JitConnSpec(3, 3, 1.5, WeightLaw.HOMOGENEOUS, 1, 0, 1));
        assertTrue(e.getMessage().contains("prob") && e.getMessage().contains("1.5"), e.getMessage());
        e = assertThrows(ParameterException.class, () -> new JitConnSpec(3, 3, 0.0, WeightLaw.HOMOGENEOUS, 1, 0, 1));
        assertTrue(e.getMessage().contains("prob"), e.getMessage());
        e = assertThrows(ParameterException.class,
                () -> new JitConnSpec(3, 3, Double.NaN, WeightLaw.HOMOGENEOUS, 1, 0, 1));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        e = assertThrows(ParameterException.class, () -> new JitConnSpec(3, 3, 0.5, WeightLaw.NORMAL, 0, -0.1, 1));
        assertTrue(e.getMessage().contains("w1") && e.getMessage().contains("-0.1"), e.getMessage());
        JitConnSpec spec = new JitConnSpec(2, 3, 0.5, WeightLaw.HOMOGENEOUS, 1, 0, 1);
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
                () -> jit.mv(spec, new double[2], new double[2], false));
        assertTrue(a.getMessage().contains("x has length 2, expected 3"), a.getMessage());
        a = assertThrows(IllegalArgumentException.class, () -> jit.eventMv(spec, new boolean[3], new double[3]));
        assertTrue(a.getMessage().contains("events has length 3, expected 2"), a.getMessage());
    }
}
