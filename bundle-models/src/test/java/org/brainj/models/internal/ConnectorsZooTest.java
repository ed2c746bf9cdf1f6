package org.brainj.models.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.junit.jupiter.api.Test;

/** The connectors beyond All2All / One2One / FixedProb, each against its definition. */
class ConnectorsZooTest {

    private final Connectors connectors = new Connectors();

    private static Map<String, Double> p(Object... kv) {
        Map<String, Double> m = new HashMap<>();
        for (int k = 0; k < kv.length; k += 2) {
            m.put((String) kv[k], ((Number) kv[k + 1]).doubleValue());
        }
        return m;
    }

    /** Builds and checks shape, weight and strictly increasing columns. */
    private CsrMatrix connect(String name, int pre, int post, Map<String, Double> params, long seed) {
        return connect(name, pre, post, params, seed, true);
    }

    private CsrMatrix connect(String name, int pre, int post, Map<String, Double> params, long seed,
            boolean distinct) {
        CsrMatrix m = connectors.connect(name, pre, post, Parameters.of(params), seed);
        m.validate();
        assertEquals(pre, m.rows());
        assertEquals(post, m.cols());
        assertArrayEquals(new double[] {1.0}, m.data());
        for (int i = 0; i < pre; i++) {
            for (int k = m.indptr()[i] + 1; k < m.indptr()[i + 1]; k++) {
                int a = m.indices()[k - 1];
                int b = m.indices()[k];
                assertTrue(distinct ? a < b : a <= b, name + " row " + i + " sorted" + (distinct ? ", distinct" : ""));
            }
        }
        return m;
    }

    private static int rowSize(CsrMatrix m, int i) {
        return m.indptr()[i + 1] - m.indptr()[i];
    }

    private static int[] row(CsrMatrix m, int i) {
        return Arrays.copyOfRange(m.indices(), m.indptr()[i], m.indptr()[i + 1]);
    }

    private static int[] colCounts(CsrMatrix m) {
        int[] c = new int[m.cols()];
        for (int k = 0; k < m.nnz(); k++) {
            c[m.indices()[k]]++;
        }
        return c;
    }

    private static boolean has(CsrMatrix m, int i, int j) {
        return Arrays.binarySearch(m.indices(), m.indptr()[i], m.indptr()[i + 1], j) >= 0;
    }

    private static boolean hasSelf(CsrMatrix m) {
        for (int i = 0; i < Math.min(m.rows(), m.cols()); i++) {
            if (has(m, i, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean symmetric(CsrMatrix m) {
        for (int i = 0; i < m.rows(); i++) {
            for (int k = m.indptr()[i]; k < m.indptr()[i + 1]; k++) {
                if (!has(m, m.indices()[k], i)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean same(CsrMatrix a, CsrMatrix b) {
        return Arrays.equals(a.indptr(), b.indptr()) && Arrays.equals(a.indices(), b.indices());
    }

    private String rejected(String name, int pre, int post, Map<String, Double> params) {
        ParameterException e = assertThrows(ParameterException.class,
                () -> connectors.connect(name, pre, post, Parameters.of(params), 1));
        assertTrue(e.getMessage().contains(e.parameter()) && !e.allowed().isEmpty(), e.getMessage());
        return e.parameter();
    }

    // ------------------------------------------------------------------ catalogue

    @Test
    void everyConnectorIsListedOnceAsAConnector() {
        Set<String> names = new HashSet<>();
        for (ModelDescriptor d : connectors.connectors()) {
            assertEquals(ModelKind.CONNECTOR, d.kind(), d.name());
            assertTrue(names.add(d.name()), "unique " + d.name());
            for (ParameterSpec s : d.parameters()) {
                // Every default is accepted (range check in ParameterSpec; flags exactly 0 or 1).
                assertEquals(s.defaultValue(), s.validate(s.defaultValue()));
            }
        }
        for (String n : new String[] {"All2All", "One2One", "FixedProb", "FixedPreNum", "FixedPostNum",
            "FixedTotalNum", "GridFour", "GridEight", "GridN", "GaussianProb", "ProbDist", "SmallWorld",
            "ScaleFreeBA", "ScaleFreeBADual", "PowerLaw"}) {
            assertTrue(names.contains(n), n);
        }
        assertEquals(15, names.size());
    }

    @Test
    void randomConnectorsAreReproducibleFromTheSeed() {
        Object[][] cases = {
            {"FixedPreNum", 60, 50, p("num", 7)},
            {"FixedPostNum", 60, 50, p("num", 7)},
            {"FixedTotalNum", 60, 50, p("num", 400)},
            {"FixedTotalNum", 60, 50, p("num", 2000)},
            {"GaussianProb", 64, 64, p("sigma", 1.5, "width", 8)},
            {"ProbDist", 64, 64, p("dist", 2, "prob", 0.5, "width", 8)},
            {"SmallWorld", 100, 100, p("num_neighbor", 4, "prob", 0.3)},
            {"ScaleFreeBA", 100, 100, p("m", 2)},
            {"ScaleFreeBADual", 100, 100, p("m1", 1, "m2", 3, "p", 0.5)},
            {"PowerLaw", 100, 100, p("m", 3, "p", 0.5)},
        };
        for (Object[] c : cases) {
            String name = (String) c[0];
            int pre = (Integer) c[1];
            int post = (Integer) c[2];
            @SuppressWarnings("unchecked")
            Map<String, Double> params = (Map<String, Double>) c[3];
            CsrMatrix a = connect(name, pre, post, params, 42);
            CsrMatrix b = connect(name, pre, post, params, 42);
            CsrMatrix other = connect(name, pre, post, params, 43);
            assertTrue(same(a, b), name + " same seed");
            assertFalse(same(a, other), name + " other seed");
        }
    }

    // ------------------------------------------------------------------ fixed numbers

    @Test
    void fixedPostNumGivesEveryPreExactlyNum() {
        CsrMatrix m = connect("FixedPostNum", 500, 40, p("num", 8), 3);
        for (int i = 0; i < 500; i++) {
            assertEquals(8, rowSize(m, i), "row " + i);
        }
        // Uniform targets: each column hit ~Binomial(500, 8/40) times.
        double sigma = Math.sqrt(500 * 0.2 * 0.8);
        for (int h : colCounts(m)) {
            assertEquals(100.0, h, 5 * sigma);
        }
        CsrMatrix noSelf = connect("FixedPostNum", 30, 30, p("num", 29, "include_self", 0), 3);
        assertFalse(hasSelf(noSelf));
        assertEquals(30 * 29, noSelf.nnz());
        // A fraction: int(0.25 * 30) = 7.
        CsrMatrix frac = connect("FixedPostNum", 10, 30, p("num", 0.25), 3);
        assertEquals(70, frac.nnz());
        // Rows do not depend on the other rows.
        CsrMatrix more = connect("FixedPostNum", 900, 40, p("num", 8), 3);
        for (int i = 0; i < 500; i++) {
            assertArrayEquals(row(m, i), row(more, i), "row " + i);
        }
    }

    @Test
    void fixedPostNumWithMultiConnKeepsRepeats() {
        CsrMatrix m = connect("FixedPostNum", 200, 5, p("num", 5, "allow_multi_conn", 1), 9, false);
        int repeats = 0;
        for (int i = 0; i < 200; i++) {
            assertEquals(5, rowSize(m, i));
            for (int k = m.indptr()[i] + 1; k < m.indptr()[i + 1]; k++) {
                repeats += m.indices()[k] == m.indices()[k - 1] ? 1 : 0;
            }
        }
        // 5 draws from 5 with replacement are all distinct with probability 5!/5^5 ≈ 0.04.
        assertTrue(repeats > 200, "repeats " + repeats);
    }

    @Test
    void fixedPreNumGivesEveryPostExactlyNum() {
        CsrMatrix m = connect("FixedPreNum", 40, 500, p("num", 8), 4);
        int[] in = colCounts(m);
        for (int j = 0; j < 500; j++) {
            assertEquals(8, in[j], "column " + j);
        }
        double sigma = Math.sqrt(500 * 0.2 * 0.8);
        for (int i = 0; i < 40; i++) {
            assertEquals(100.0, rowSize(m, i), 5 * sigma, "row " + i);
        }
        CsrMatrix noSelf = connect("FixedPreNum", 20, 25, p("num", 19, "include_self", 0), 4);
        assertFalse(hasSelf(noSelf));
        for (int c : colCounts(noSelf)) {
            assertEquals(19, c);
        }
        CsrMatrix frac = connect("FixedPreNum", 40, 10, p("num", 0.1), 4);
        for (int c : colCounts(frac)) {
            assertEquals(4, c);
        }
    }

    @Test
    void fixedTotalNumPlacesExactlyNumDistinctPairs() {
        for (int num : new int[] {0, 1, 300, 1500, 2999, 3000}) {
            CsrMatrix m = connect("FixedTotalNum", 60, 50, p("num", num), 5);
            assertEquals(num, m.nnz(), "num " + num);
        }
        CsrMatrix frac = connect("FixedTotalNum", 60, 50, p("num", 0.1), 5);
        assertEquals(300, frac.nnz());
        // Uniform over pairs: row sizes ~ hypergeometric with mean 300 * 50 / 3000 = 5.
        CsrMatrix big = connect("FixedTotalNum", 400, 400, p("num", 16000), 5);
        double mean = 16000.0 / 400;
        double sigma = Math.sqrt(mean * 0.9);
        double sum = 0;
        for (int i = 0; i < 400; i++) {
            sum += rowSize(big, i);
            assertEquals(mean, rowSize(big, i), 6 * sigma, "row " + i);
        }
        assertEquals(16000, sum);
        int[] cols = colCounts(big);
        double colMean = Arrays.stream(cols).average().orElseThrow();
        assertEquals(mean, colMean, 1e-9);
        CsrMatrix multi = connect("FixedTotalNum", 10, 10, p("num", 300, "allow_multi_conn", 1), 5, false);
        assertEquals(300, multi.nnz());
    }

    @Test
    void badFixedNumbersAreRejectedWithTheirRange() {
        assertEquals("num", rejected("FixedPostNum", 5, 5, p()));
        assertEquals("num", rejected("FixedPostNum", 5, 5, p("num", 2.5)));
        assertEquals("num", rejected("FixedPostNum", 5, 5, p("num", 6)));
        assertEquals("num", rejected("FixedPostNum", 5, 5, p("num", 5, "include_self", 0)));
        assertEquals("num", rejected("FixedPreNum", 5, 9, p("num", 6)));
        assertEquals("num", rejected("FixedPreNum", 5, 5, p("num", -1)));
        assertEquals("num", rejected("FixedTotalNum", 5, 5, p("num", 26)));
        assertEquals("allow_multi_conn", rejected("FixedTotalNum", 5, 5, p("num", 3, "allow_multi_conn", 2)));
        assertEquals("include_self", rejected("FixedTotalNum", 5, 5, p("num", 3, "include_self", 0)));
        ParameterException e = assertThrows(ParameterException.class,
                () -> connectors.connect("FixedPostNum", 5, 5, Parameters.of(p("num", 6)), 1));
        assertTrue(e.allowed().contains("5"), e.getMessage());
    }

    // ------------------------------------------------------------------ grids

    /** BrainPy's build_mat definition of the grids, pair by pair. */
    private static boolean gridPair(int i, int j, int w, int h, int n, boolean four, boolean self, boolean per) {
        int dx = ConnectorSupport.Grid.axisDistance(i % w - j % w, w, per);
        int dy = ConnectorSupport.Grid.axisDistance(i / w - j / w, h, per);
        if (dx == 0 && dy == 0) {
            return self;
        }
        return four ? dx + dy == 1 : Math.max(dx, dy) <= n;
    }

    @Test
    void gridsMatchTheirDistanceDefinitionPairByPair() {
        int[][] shapes = {{1, 1}, {1, 6}, {2, 5}, {3, 4}, {5, 5}, {6, 3}, {7, 7}};
        for (int[] s : shapes) {
            int w = s[0];
            int h = s[1];
            for (String name : new String[] {"GridFour", "GridEight", "GridN"}) {
                for (int n : name.equals("GridN") ? new int[] {1, 2, 3} : new int[] {1}) {
                    for (int self = 0; self <= 1; self++) {
                        for (int per = 0; per <= 1; per++) {
                            Map<String, Double> params = p("width", w, "include_self", self,
                                    "periodic_boundary", per);
                            if (name.equals("GridN")) {
                                params.put("N", (double) n);
                            }
                            CsrMatrix m = connect(name, w * h, w * h, params, 0);
                            for (int i = 0; i < w * h; i++) {
                                for (int j = 0; j < w * h; j++) {
                                    assertEquals(gridPair(i, j, w, h, n, name.equals("GridFour"), self == 1,
                                            per == 1), has(m, i, j),
                                            name + " " + params + " " + w + "x" + h + " (" + i + ", " + j + ")");
                                }
                            }
                            assertTrue(symmetric(m));
                        }
                    }
                }
            }
        }
    }

    @Test
    void gridDegreesAreTheNeighbourhoodSizes() {
        // 5 wide, 4 high; neuron k at (k mod 5, k / 5).
        CsrMatrix four = connect("GridFour", 20, 20, p("width", 5), 0);
        assertArrayEquals(new int[] {1, 5}, row(four, 0));
        assertArrayEquals(new int[] {2, 6, 8, 12}, row(four, 7));
        CsrMatrix fourTorus = connect("GridFour", 20, 20, p("height", 4, "periodic_boundary", 1), 0);
        assertArrayEquals(new int[] {1, 4, 5, 15}, row(fourTorus, 0));
        CsrMatrix eight = connect("GridEight", 20, 20, p("width", 5, "include_self", 1), 0);
        assertArrayEquals(new int[] {0, 1, 5, 6}, row(eight, 0));
        assertEquals(9, rowSize(eight, 7));
        CsrMatrix n2 = connect("GridN", 49, 49, p("width", 7, "N", 2), 0);
        assertEquals(24, rowSize(n2, 24));
        assertEquals(8, rowSize(n2, 0));
        CsrMatrix n2Torus = connect("GridN", 49, 49, p("width", 7, "N", 2, "periodic_boundary", 1), 0);
        for (int i = 0; i < 49; i++) {
            assertEquals(24, rowSize(n2Torus, i));
        }
    }

    @Test
    void badGridsAreRejectedClearly() {
        assertEquals("width", rejected("GridFour", 12, 12, p()));
        assertEquals("width", rejected("GridFour", 12, 12, p("width", 5)));
        assertEquals("height", rejected("GridEight", 12, 12, p("height", 5)));
        assertEquals("width", rejected("GridN", 12, 12, p("width", 3, "height", 5)));
        assertEquals("width", rejected("GridN", 12, 12, p("width", 2.5)));
        assertEquals("N", rejected("GridN", 12, 12, p("width", 3, "N", 0)));
        assertEquals("periodic_boundary", rejected("GridN", 12, 12, p("width", 3, "periodic_boundary", 3)));
        assertEquals("prob", rejected("GridFour", 12, 12, p("width", 3, "prob", 0.5)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> connectors.connect("GridFour", 12, 16, Parameters.of(p("width", 4)), 0));
        assertTrue(e.getMessage().contains("pre = 12") && e.getMessage().contains("post = 16"), e.getMessage());
        ParameterException pe = assertThrows(ParameterException.class,
                () -> connectors.connect("GridFour", 12, 12, Parameters.of(p("width", 5)), 0));
        assertTrue(pe.getMessage().contains("12"), pe.getMessage());
    }

    // ------------------------------------------------------------------ distance rules

    @Test
    void gaussianProbMeanDegreeMatchesTheSumOfItsProbabilities() {
        for (int per = 0; per <= 1; per++) {
            for (int self = 0; self <= 1; self++) {
                for (double sigma : new double[] {0.7, 2.0, 4.0}) {
                    int w = 30;
                    int h = 20;
                    int n = w * h;
                    Map<String, Double> params = p("sigma", sigma, "width", w, "periodic_boundary", per,
                            "include_self", self);
                    CsrMatrix m = connect("GaussianProb", n, n, params, 77);
                    double mean = 0;
                    double var = 0;
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            if (i == j && self == 0) {
                                continue;
                            }
                            int dx = ConnectorSupport.Grid.axisDistance(i % w - j % w, w, per == 1);
                            int dy = ConnectorSupport.Grid.axisDistance(i / w - j / w, h, per == 1);
                            double q = GaussianProbConnector.probability(dx, dy, sigma);
                            mean += q;
                            var += q * (1 - q);
                        }
                    }
                    assertEquals(mean, m.nnz(), 4 * Math.sqrt(var) + 1e-9, params.toString());
                    assertEquals(self == 1, hasSelf(m), params.toString());
                }
            }
        }
    }

    @Test
    void probDistConnectsWithinDistWithProb() {
        int w = 12;
        int n = 96;
        CsrMatrix all = connect("ProbDist", n, n, p("dist", 2.3, "width", w), 5);
        long within = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int dx = i % w - j % w;
                int dy = i / w - j / w;
                boolean in = Math.sqrt(dx * dx + dy * dy) <= 2.3;
                within += in ? 1 : 0;
                assertEquals(in, has(all, i, j), "(" + i + ", " + j + ")");
            }
        }
        CsrMatrix noSelf = connect("ProbDist", n, n, p("dist", 2.3, "width", w, "include_self", 0), 5);
        assertEquals(within - n, noSelf.nnz());
        assertFalse(hasSelf(noSelf));
        CsrMatrix half = connect("ProbDist", n, n, p("dist", 2.3, "width", w, "prob", 0.3), 5);
        assertEquals(0.3 * within, half.nnz(), 4 * Math.sqrt(within * 0.21));
        for (int k = 0; k < half.nnz(); k++) {
            assertTrue(has(all, rowOf(half, k), half.indices()[k]));
        }
        CsrMatrix some = connect("ProbDist", n, n, p("dist", 1, "width", w, "pre_ratio", 0.5), 5);
        int active = 0;
        for (int i = 0; i < n; i++) {
            active += rowSize(some, i) > 0 ? 1 : 0;
        }
        assertEquals(48, active, 4 * Math.sqrt(96 * 0.25));
        assertEquals("prob", rejected("ProbDist", 4, 4, p("width", 2, "prob", 1.5)));
        assertEquals("dist", rejected("ProbDist", 4, 4, p("width", 2, "dist", -1)));
        assertEquals("sigma", rejected("GaussianProb", 4, 4, p("width", 2)));
        assertEquals("sigma", rejected("GaussianProb", 4, 4, p("width", 2, "sigma", 0)));
    }

    private static int rowOf(CsrMatrix m, int k) {
        int i = 0;
        while (m.indptr()[i + 1] <= k) {
            i++;
        }
        return i;
    }

    // ------------------------------------------------------------------ graph models

    private static int ringDistance(int i, int j, int n) {
        int d = Math.abs(i - j);
        return Math.min(d, n - d);
    }

    @Test
    void smallWorldWithoutRewiringIsTheRing() {
        for (int k : new int[] {2, 4, 5, 6}) {
            CsrMatrix m = connect("SmallWorld", 50, 50, p("num_neighbor", k, "prob", 0), 1);
            int half = k / 2;
            for (int i = 0; i < 50; i++) {
                assertEquals(2 * half, rowSize(m, i));
                for (int j : row(m, i)) {
                    int d = ringDistance(i, j, 50);
                    assertTrue(d >= 1 && d <= half, "(" + i + ", " + j + ")");
                }
            }
            assertTrue(symmetric(m));
        }
        CsrMatrix complete = connect("SmallWorld", 6, 6, p("num_neighbor", 6, "prob", 0.5), 1);
        assertEquals(30, complete.nnz());
    }

    @Test
    void smallWorldRewiresAboutProbOfTheEdges() {
        int n = 1000;
        int half = 5;
        for (double prob : new double[] {0.05, 0.2, 0.6}) {
            CsrMatrix m = connect("SmallWorld", n, n, p("num_neighbor", 2 * half, "prob", prob), 12);
            assertTrue(symmetric(m));
            assertFalse(hasSelf(m));
            // Rewiring moves an edge, never adds or drops one.
            assertEquals(2 * n * half, m.nnz());
            int offRing = 0;
            for (int i = 0; i < n; i++) {
                for (int j : row(m, i)) {
                    offRing += ringDistance(i, j, n) > half ? 1 : 0;
                }
            }
            double edges = n * half;
            // Each undirected off-ring edge is seen from both ends; a rewired edge rarely lands back on the ring.
            assertEquals(prob * edges, offRing / 2.0, 4 * Math.sqrt(edges * prob * (1 - prob)), "prob " + prob);
        }
        CsrMatrix directed = connect("SmallWorld", n, n, p("num_neighbor", 4, "prob", 0.3, "directed", 1), 12);
        assertEquals(2 * n * 2, directed.nnz());
        assertFalse(symmetric(directed));
        assertFalse(hasSelf(directed));
        assertEquals("num_neighbor", rejected("SmallWorld", 5, 5, p("num_neighbor", 6, "prob", 0.1)));
        assertEquals("num_neighbor", rejected("SmallWorld", 5, 5, p("num_neighbor", 1.5, "prob", 0.1)));
        assertEquals("prob", rejected("SmallWorld", 5, 5, p("num_neighbor", 2)));
        assertThrows(IllegalArgumentException.class,
                () -> connectors.connect("SmallWorld", 5, 6, Parameters.of(p("num_neighbor", 2, "prob", 0.1)), 0));
    }

    @Test
    void scaleFreeBAHasMEdgesPerNewNodeAndAHeavyTail() {
        int n = 2000;
        for (int m : new int[] {1, 2, 5}) {
            CsrMatrix g = connect("ScaleFreeBA", n, n, p("m", m), 8);
            assertEquals(2L * m * (n - m), g.nnz(), "m " + m);
            assertTrue(symmetric(g));
            assertFalse(hasSelf(g));
            int max = 0;
            for (int i = 0; i < n; i++) {
                if (i >= m) {
                    assertTrue(rowSize(g, i) >= m, "degree of " + i);
                }
                assertTrue(rowSize(g, i) >= 1, "degree of " + i);
                max = Math.max(max, rowSize(g, i));
            }
            // Preferential attachment: hubs far above the mean degree ~2m (a random graph's max is ~2m + 4 sqrt(2m)).
            assertTrue(max > 8 * m + 10, "max degree " + max + " for m " + m);
        }
        CsrMatrix directed = connect("ScaleFreeBA", 300, 300, p("m", 3, "directed", 1), 8);
        assertEquals(3 * 297, directed.nnz());
        for (int i = 3; i < 300; i++) {
            assertEquals(3, rowSize(directed, i));
            for (int j : row(directed, i)) {
                assertTrue(j < i, "new -> old");
            }
        }
        assertEquals("m", rejected("ScaleFreeBA", 5, 5, p("m", 5)));
        assertEquals("m", rejected("ScaleFreeBA", 5, 5, p("m", 0)));
        assertEquals("m", rejected("ScaleFreeBA", 5, 5, p()));
    }

    @Test
    void scaleFreeBADualMixesItsTwoEdgeCounts() {
        int n = 3000;
        CsrMatrix g = connect("ScaleFreeBADual", n, n, p("m1", 1, "m2", 4, "p", 0.3, "directed", 1), 6);
        int ones = 0;
        for (int s = 4; s < n; s++) {
            int d = rowSize(g, s);
            assertTrue(d == 1 || d == 4, "node " + s + " has " + d);
            ones += d == 1 ? 1 : 0;
        }
        double newNodes = n - 4;
        assertEquals(0.3 * newNodes, ones, 4 * Math.sqrt(newNodes * 0.21));
        CsrMatrix allM1 = connect("ScaleFreeBADual", 500, 500, p("m1", 3, "m2", 5, "p", 1), 6);
        assertEquals(2 * 3 * (500 - 5), allM1.nnz());
        assertTrue(symmetric(allM1));
        assertEquals("m2", rejected("ScaleFreeBADual", 5, 5, p("m1", 1, "m2", 5, "p", 0.5)));
        assertEquals("p", rejected("ScaleFreeBADual", 5, 5, p("m1", 1, "m2", 2, "p", 1.5)));
    }

    private static long triangles(CsrMatrix g) {
        long t = 0;
        for (int i = 0; i < g.rows(); i++) {
            for (int j : row(g, i)) {
                if (j > i) {
                    for (int k : row(g, j)) {
                        if (k > j && has(g, i, k)) {
                            t++;
                        }
                    }
                }
            }
        }
        return t;
    }

    @Test
    void powerLawAddsTrianglesWithP() {
        int n = 1000;
        int m = 3;
        CsrMatrix plain = connect("PowerLaw", n, n, p("m", m, "p", 0), 2);
        assertEquals(2L * m * (n - m), plain.nnz());
        assertTrue(symmetric(plain));
        CsrMatrix clustered = connect("PowerLaw", n, n, p("m", m, "p", 0.9), 2);
        assertTrue(symmetric(clustered));
        assertFalse(hasSelf(clustered));
        assertTrue(clustered.nnz() <= 2L * m * (n - m));
        for (int i = m; i < n; i++) {
            assertTrue(rowSize(clustered, i) >= 1);
        }
        long t0 = triangles(plain);
        long t9 = triangles(clustered);
        // Each triangle step closes one triangle: about 0.9 * (m - 1) per node, far more than BA's few.
        assertTrue(t9 > 1.2 * (n - m) && t9 > 5 * t0, "triangles " + t0 + " -> " + t9);
        assertEquals("m", rejected("PowerLaw", 5, 5, p("m", 6, "p", 0.5)));
        assertEquals("p", rejected("PowerLaw", 5, 5, p("m", 2)));
    }
}
