package org.brainj.models.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.junit.jupiter.api.Test;

class ConnectorsTest {

    private final Connectors connectors = new Connectors();

    private CsrMatrix connect(String name, int pre, int post, Map<String, Double> params, long seed) {
        CsrMatrix m = connectors.connect(name, pre, post, Parameters.of(params), seed);
        m.validate();
        assertEquals(pre, m.rows());
        assertEquals(post, m.cols());
        assertArrayEquals(new double[] {1.0}, m.data());
        // Columns strictly increasing within each row: sorted and without repeats.
        for (int i = 0; i < pre; i++) {
            for (int k = m.indptr()[i] + 1; k < m.indptr()[i + 1]; k++) {
                assertTrue(m.indices()[k - 1] < m.indices()[k], "row " + i + " sorted and distinct");
            }
        }
        return m;
    }

    private static boolean hasSelf(CsrMatrix m) {
        for (int i = 0; i < m.rows(); i++) {
            for (int k = m.indptr()[i]; k < m.indptr()[i + 1]; k++) {
                if (m.indices()[k] == i) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A column range drawn alone (what one rank of a partitioned run stores) is the whole matrix's entries in that
     * range, row by row; each row's whole size and its entries left of the range are reported, so weights keyed by
     * an entry's position in the whole matrix can be drawn. FixedProb in both conventions, FixedPostNum and
     * FixedPreNum with and without repeats, All2All, with and without self-connections; the ranges of 1, 2 and 3
     * ranks plus an empty and a one-column range.
     */
    @Test
    void columnRangesAreTheWholeMatrixCutWhileDrawing() {
        int pre = 300;
        int post = 257;
        Object[][] cases = {
            {"FixedProb", Map.of("prob", 0.1)},
            {"FixedProb", Map.of("prob", 0.1, "exact", 1.0)},
            {"FixedProb", Map.of("prob", 0.3, "include_self", 0.0)},
            {"FixedProb", Map.of("prob", 0.05, "exact", 1.0, "include_self", 0.0)},
            {"FixedPostNum", Map.of("num", 20.0)},
            {"FixedPostNum", Map.of("num", 20.0, "include_self", 0.0, "allow_multi_conn", 1.0)},
            {"FixedPreNum", Map.of("num", 15.0)},
            {"FixedPreNum", Map.of("num", 0.1, "include_self", 0.0)},
            {"FixedPreNum", Map.of("num", 30.0, "allow_multi_conn", 1.0)},
            {"All2All", Map.of()},
            {"All2All", Map.of("include_self", 0.0)},
        };
        for (Object[] c : cases) {
            String name = (String) c[0];
            @SuppressWarnings("unchecked")
            Map<String, Double> params = (Map<String, Double>) c[1];
            CsrMatrix whole = connectors.connect(name, pre, post, Parameters.of(params), 11);
            Connectors.ColumnSource source = Connectors.columns(name, pre, post, Parameters.of(params), 11);
            int[][] ranges = {{0, post}, {0, 128}, {128, post}, {0, 85}, {85, 171}, {171, post}, {40, 40},
                {200, 201}};
            for (int[] r : ranges) {
                int[] rowEntries = new int[pre];
                int[] before = new int[pre];
                CsrMatrix part = source.draw(r[0], r[1], rowEntries, before);
                part.validate();
                String what = name + " " + params + " columns [" + r[0] + ", " + r[1] + ")";
                for (int i = 0; i < pre; i++) {
                    int lo = whole.indptr()[i];
                    int hi = whole.indptr()[i + 1];
                    int left = 0;
                    while (lo + left < hi && whole.indices()[lo + left] < r[0]) {
                        left++;
                    }
                    int in = 0;
                    while (lo + left + in < hi && whole.indices()[lo + left + in] < r[1]) {
                        in++;
                    }
                    assertEquals(hi - lo, rowEntries[i], what + " row " + i + " size");
                    assertEquals(left, before[i], what + " row " + i + " entries left of the range");
                    assertArrayEquals(Arrays.copyOfRange(whole.indices(), lo + left, lo + left + in),
                            Arrays.copyOfRange(part.indices(), part.indptr()[i], part.indptr()[i + 1]),
                            what + " row " + i);
                }
            }
        }
        assertEquals(null, Connectors.columns("FixedTotalNum", pre, post, Parameters.of(Map.of("num", 3.0)), 11),
                "connectors without a column draw say so");
    }

    @Test
    void all2AllConnectsEveryPair() {
        CsrMatrix m = connect("All2All", 3, 4, Map.of(), 0);
        assertEquals(12, m.nnz());
        assertArrayEquals(new int[] {0, 4, 8, 12}, m.indptr());
        assertArrayEquals(new int[] {0, 1, 2, 3}, Arrays.copyOfRange(m.indices(), 4, 8));
        CsrMatrix noSelf = connect("All2All", 3, 4, Map.of("include_self", 0.0), 0);
        assertEquals(9, noSelf.nnz());
        assertFalse(hasSelf(noSelf));
        assertArrayEquals(new int[] {0, 2, 3}, Arrays.copyOfRange(noSelf.indices(), 3, 6));
    }

    @Test
    void one2OneIsTheIdentity() {
        CsrMatrix m = connect("One2One", 5, 5, Map.of(), 0);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, m.indptr());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, m.indices());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> connectors.connect("One2One", 3, 4, Parameters.empty(), 0));
        assertTrue(e.getMessage().contains("pre = 3") && e.getMessage().contains("post = 4"), e.getMessage());
    }

    @Test
    void fixedProbIsReproducibleFromTheSeed() {
        for (double exact : new double[] {0.0, 1.0}) {
            Map<String, Double> p = Map.of("prob", 0.1, "exact", exact);
            CsrMatrix a = connect("FixedProb", 300, 200, p, 42);
            CsrMatrix b = connect("FixedProb", 300, 200, p, 42);
            CsrMatrix c = connect("FixedProb", 300, 200, p, 43);
            assertArrayEquals(a.indptr(), b.indptr());
            assertArrayEquals(a.indices(), b.indices());
            assertFalse(Arrays.equals(a.indices(), c.indices()) && Arrays.equals(a.indptr(), c.indptr()),
                    "different seeds give different matrices");
        }
    }

    @Test
    void fixedProbRowsDoNotDependOnOtherRows() {
        for (double exact : new double[] {0.0, 1.0}) {
            Map<String, Double> p = Map.of("prob", 0.2, "exact", exact);
            CsrMatrix small = connect("FixedProb", 10, 100, p, 7);
            CsrMatrix large = connect("FixedProb", 40, 100, p, 7);
            for (int i = 0; i < 10; i++) {
                assertArrayEquals(
                        Arrays.copyOfRange(small.indices(), small.indptr()[i], small.indptr()[i + 1]),
                        Arrays.copyOfRange(large.indices(), large.indptr()[i], large.indptr()[i + 1]), "row " + i);
            }
        }
    }

    @Test
    void bernoulliDensityIsWithinFourSigma() {
        int pre = 200;
        int post = 300;
        for (double prob : new double[] {0.02, 0.1, 0.5, 0.9}) {
            CsrMatrix m = connect("FixedProb", pre, post, Map.of("prob", prob), 2024);
            double n = (double) pre * post;
            double sigma = Math.sqrt(n * prob * (1 - prob));
            assertEquals(n * prob, m.nnz(), 4 * sigma, "prob " + prob);
            // Column marginals too: each column is hit ~Binomial(pre, prob) times.
            int[] hits = new int[post];
            for (int k = 0; k < m.nnz(); k++) {
                hits[m.indices()[k]]++;
            }
            double colSigma = Math.sqrt(pre * prob * (1 - prob));
            double mean = 0;
            for (int h : hits) {
                mean += h;
            }
            mean /= post;
            assertEquals(pre * prob, mean, 4 * colSigma / Math.sqrt(post));
        }
    }

    @Test
    void bernoulliBeyond65536DrawsPerRow() {
        int post = 150_000;
        CsrMatrix m = connect("FixedProb", 2, post, Map.of("prob", 0.6), 3);
        double n = 2.0 * post;
        assertEquals(0.6 * n, m.nnz(), 4 * Math.sqrt(n * 0.6 * 0.4));
        // The tail of each row is reached: the last third of the columns is as dense as the rest.
        int tail = 0;
        for (int k = 0; k < m.nnz(); k++) {
            if (m.indices()[k] >= 100_000) {
                tail++;
            }
        }
        assertEquals(0.6 * 2 * 50_000, tail, 4 * Math.sqrt(2 * 50_000 * 0.24));
    }

    @Test
    void includeSelfZeroDropsTheDiagonal() {
        assertTrue(hasSelf(connect("FixedProb", 50, 50, Map.of("prob", 1.0), 1)));
        CsrMatrix full = connect("FixedProb", 50, 50, Map.of("prob", 1.0, "include_self", 0.0), 1);
        assertEquals(50 * 49, full.nnz());
        assertFalse(hasSelf(full));
        assertFalse(hasSelf(connect("FixedProb", 100, 80, Map.of("prob", 0.5, "include_self", 0.0), 1)));
        assertFalse(hasSelf(connect("FixedProb", 100, 80,
                Map.of("prob", 0.5, "include_self", 0.0, "exact", 1.0), 1)));
    }

    @Test
    void exactModeGivesRoundProbTimesPostPerRow() {
        CsrMatrix m = connect("FixedProb", 2000, 50, Map.of("prob", 0.2, "exact", 1.0), 11);
        int[] hits = new int[50];
        for (int i = 0; i < 2000; i++) {
            assertEquals(10, m.indptr()[i + 1] - m.indptr()[i], "row " + i);
        }
        for (int k = 0; k < m.nnz(); k++) {
            hits[m.indices()[k]]++;
        }
        // Sampling without replacement is uniform: each column is picked ~Binomial(2000, 0.2) times.
        double sigma = Math.sqrt(2000 * 0.2 * 0.8);
        for (int j = 0; j < 50; j++) {
            assertEquals(400.0, hits[j], 5 * sigma, "column " + j);
        }
        // round(0.15 * 30) = round(4.5) = 5; without self, the rows i < post draw from 29 candidates.
        CsrMatrix noSelf = connect("FixedProb", 40, 30, Map.of("prob", 0.15, "exact", 1.0, "include_self", 0.0), 5);
        for (int i = 0; i < 40; i++) {
            assertEquals(5, noSelf.indptr()[i + 1] - noSelf.indptr()[i], "row " + i);
        }
        CsrMatrix all = connect("FixedProb", 3, 70_000, Map.of("prob", 1.0, "exact", 1.0), 5);
        assertEquals(3 * 70_000, all.nnz());
        CsrMatrix allNoSelf = connect("FixedProb", 4, 4, Map.of("prob", 1.0, "exact", 1.0, "include_self", 0.0), 5);
        assertEquals(12, allNoSelf.nnz());
        assertFalse(hasSelf(allNoSelf));
    }

    @Test
    void badConnectorParametersAreRejectedByName() {
        assertEquals("prob", assertThrows(ParameterException.class,
                () -> connectors.connect("FixedProb", 3, 3, Parameters.empty(), 0)).parameter());
        assertEquals("prob", assertThrows(ParameterException.class,
                () -> connect("FixedProb", 3, 3, Map.of("prob", 0.0), 0)).parameter());
        assertEquals("prob", assertThrows(ParameterException.class,
                () -> connect("FixedProb", 3, 3, Map.of("prob", 1.5), 0)).parameter());
        assertEquals("exact", assertThrows(ParameterException.class,
                () -> connect("FixedProb", 3, 3, Map.of("prob", 0.5, "exact", 0.5), 0)).parameter());
        assertEquals("allow_multi_conn", assertThrows(ParameterException.class,
                () -> connect("FixedProb", 3, 3, Map.of("prob", 0.5, "allow_multi_conn", 1.0), 0)).parameter());
        assertEquals("include_self", assertThrows(ParameterException.class,
                () -> connect("All2All", 3, 3, Map.of("include_self", 2.0), 0)).parameter());
        assertThrows(ParameterException.class, () -> connect("One2One", 3, 3, Map.of("prob", 0.5), 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> connectors.connect("NoSuchConnector", 3, 3, Parameters.empty(), 0));
        assertTrue(e.getMessage().contains("FixedProb"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> connectors.connect("All2All", -1, 3, Parameters.empty(), 0));
        assertNotEquals(0, connectors.connectors().size());
    }
}
