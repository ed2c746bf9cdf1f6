package org.brainj.analysis.internal.slowpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.Analyzer;
import org.brainj.api.analysis.Interval;
import org.brainj.api.analysis.StabilityType;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Providers;
import org.junit.jupiter.api.Test;

class SlowPointFinderTest {

    private final SlowPointFinder finder = new SlowPointFinder();

    /** dx/dt = A x for a symmetric A given row-major; no analytic Jacobian unless asked (central differences). */
    private static AnalyzableModel linear(double[] a, int n, boolean analytic) {
        return new AnalyzableModel() {
            @Override
            public List<String> variables() {
                return java.util.stream.IntStream.range(0, n).mapToObj(i -> "v" + i).toList();
            }

            @Override
            public List<String> parameters() {
                return List.of();
            }

            @Override
            public double[] defaultParameters() {
                return new double[0];
            }

            @Override
            public void derivatives(double[] x, double[] params, double[] dxdt) {
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int j = 0; j < n; j++) {
                        s += a[i * n + j] * x[j];
                    }
                    dxdt[i] = s;
                }
            }

            @Override
            public boolean jacobian(double[] x, double[] params, double[] jacobian) {
                if (analytic) {
                    System.arraycopy(a, 0, jacobian, 0, n * n);
                }
                return analytic;
            }
        };
    }

    private static double[][] uniform(int count, int n, double lo, double hi, long seed) {
        Random rnd = new Random(seed);
        double[][] c = new double[count][n];
        for (double[] x : c) {
            for (int i = 0; i < n; i++) {
                x[i] = lo + (hi - lo) * rnd.nextDouble();
            }
        }
        return c;
    }

    @Test
    void lineAttractorIsRecoveredWithItsEigenvalues() {
        // A = -I + u u^T with u = (1, ..., 1)/sqrt(5): A u = 0 and A v = -v for v ⟂ u, so every point of the line
        // x = s u is fixed, with eigenvalues {0, -1, -1, -1, -1}. q = |Ax|^2/2 has gradient A^2 x ⟂ u, so the
        // optimiser keeps each candidate's u-component: it must land on the projection (u·x0) u.
        int n = 5;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = (i == j ? -1.0 : 0.0) + 1.0 / n;
            }
        }
        for (boolean analytic : new boolean[] {true, false}) {
            double[][] cands = uniform(12, n, -1, 1, 3);
            SlowPointSearch s = finder.find(linear(a, n, analytic), new double[0], cands,
                    SlowPointFinder.Settings.of(Parameters.empty().with("tol_unique", 1e-6)));
            assertEquals(12, s.points().size(), "12 distinct projections, none merged at tol_unique 1e-6");
            for (SlowPointSearch.Point p : s.points()) {
                assertEquals(analytic, p.analytic());
                assertTrue(p.loss() <= 1e-16, "q = " + p.loss());
                double proj = 0;
                for (double v : p.state()) {
                    proj += v / Math.sqrt(n);
                }
                for (double v : p.state()) {
                    assertEquals(proj / Math.sqrt(n), v, 1e-9, "on the line");
                }
                // Eigenvalues sorted by decreasing real part: 0 then four -1, all real.
                double tol = analytic ? 1e-12 : 1e-8;
                assertEquals(0.0, p.eigenReal()[0], tol);
                for (int k = 1; k < n; k++) {
                    assertEquals(-1.0, p.eigenReal()[k], tol);
                }
                for (double im : p.eigenImag()) {
                    assertEquals(0.0, im, tol);
                }
                assertEquals(StabilityType.CENTER_MANIFOLD, p.stability());
            }
            // Each point is the projection of one of the candidates.
            for (double[] c : cands) {
                double proj = 0;
                for (double v : c) {
                    proj += v / Math.sqrt(n);
                }
                boolean found = false;
                for (SlowPointSearch.Point p : s.points()) {
                    found |= Math.abs(p.state()[0] - proj / Math.sqrt(n)) < 1e-9;
                }
                assertTrue(found, "projection of a candidate");
            }
        }
    }

    @Test
    void bistableTanhUnitsGiveAllTwentySevenFixedPoints() {
        // RateRnn with W = 2I (3 uncoupled units): dx/dt = -x + 2 tanh x has roots 0 and ±x*, x* = 2 tanh x*
        // (solved below by fixed-point iteration), so the network has 3^3 = 27 fixed points. The Jacobian is diagonal
        // with -1 + 2 sech^2 x_i: +1 at 0, -1 + 2(1 - (x*/2)^2) < 0 at ±x*; only the 8 points with no zero coordinate
        // are stable.
        int n = 3;
        double[] w = new double[n * n];
        for (int i = 0; i < n; i++) {
            w[i * n + i] = 2.0;
        }
        RateRnn rnn = new RateRnn(w, new double[n], false);
        double xs = 2.0;
        for (int k = 0; k < 200; k++) {
            xs = 2.0 * Math.tanh(xs);
        }
        double stableEig = -1.0 + 2.0 * (1.0 - (xs / 2) * (xs / 2));
        SlowPointSearch s = finder.find(rnn, new double[0], uniform(300, n, -3, 3, 11),
                SlowPointFinder.Settings.of(Parameters.empty()));
        assertEquals(27, s.points().size());
        int stable = 0;
        for (SlowPointSearch.Point p : s.points()) {
            int zeros = 0;
            for (double v : p.state()) {
                boolean zero = Math.abs(v) < 1e-7;
                assertTrue(zero || Math.abs(Math.abs(v) - xs) < 1e-7, "coordinate " + v);
                zeros += zero ? 1 : 0;
            }
            // Sorted by decreasing real part: the +1 eigenvalues (one per zero coordinate) come first.
            for (int k = 0; k < n; k++) {
                assertEquals(k < zeros ? 1.0 : stableEig, p.eigenReal()[k], 1e-7);
            }
            assertEquals(zeros == 0 ? StabilityType.STABLE : StabilityType.UNSTABLE, p.stability());
            stable += zeros == 0 ? 1 : 0;
            assertTrue(p.analytic());
        }
        assertEquals(8, stable);
    }

    @Test
    void henonMapFixedPointsAndMultipliers() {
        // Hénon map x' = 1 - a x^2 + y, y' = b x (a = 1.4, b = 0.3). Fixed points: y = b x and
        // a x^2 + (1 - b) x - 1 = 0, x = (-(1 - b) ± sqrt((1 - b)^2 + 4a)) / (2a). Jacobian [[-2ax, 1], [b, 0]],
        // multipliers λ = -a x ± sqrt(a^2 x^2 + b). Both points are saddles (one |λ| > 1): unstable.
        double a = 1.4;
        double b = 0.3;
        AnalyzableModel henon = new AnalyzableModel() {
            @Override
            public List<String> variables() {
                return List.of("x", "y");
            }

            @Override
            public List<String> parameters() {
                return List.of("a", "b");
            }

            @Override
            public double[] defaultParameters() {
                return new double[] {a, b};
            }

            @Override
            public void derivatives(double[] x, double[] p, double[] next) {
                next[0] = 1 - p[0] * x[0] * x[0] + x[1];
                next[1] = p[1] * x[0];
            }
        };
        SlowPointSearch s = finder.find(henon, new double[] {a, b}, uniform(40, 2, -2, 2, 5),
                SlowPointFinder.Settings.of(Parameters.empty().with("discrete", 1)));
        double disc = Math.sqrt((1 - b) * (1 - b) + 4 * a);
        double[] roots = {(-(1 - b) + disc) / (2 * a), (-(1 - b) - disc) / (2 * a)};
        assertEquals(2, s.points().size());
        for (double x : roots) {
            SlowPointSearch.Point p = s.points().stream().filter(q -> Math.abs(q.state()[0] - x) < 1e-8)
                    .findFirst().orElseThrow(() -> new AssertionError("fixed point x = " + x + " missing"));
            assertEquals(b * x, p.state()[1], 1e-8);
            assertFalse(p.analytic());
            double r = Math.sqrt(a * a * x * x + b);
            double l1 = -a * x + r;
            double l2 = -a * x - r;
            // Sorted by decreasing modulus.
            double big = Math.abs(l1) > Math.abs(l2) ? l1 : l2;
            double small = Math.abs(l1) > Math.abs(l2) ? l2 : l1;
            assertEquals(big, p.eigenReal()[0], 1e-7);
            assertEquals(small, p.eigenReal()[1], 1e-7);
            assertEquals(StabilityType.UNSTABLE, p.stability());
        }
    }

    @Test
    void lbfgsConvergesWhereAdamIsSlow() {
        // dx/dt = A x with A = Q diag(-1, ..., -1e-3) Q^T (Q a random rotation): the only fixed point is 0, and
        // q = |Ax|^2/2 has Hessian A^2 with condition number 1e6. Adam's per-coordinate scaling cannot undo a
        // rotation, so in 2000 iterations it stays far above q = 0; L-BFGS learns the curvature.
        int n = 10;
        double[] a = rotatedDiagonal(n, 1e-3, 7);
        AnalyzableModel model = linear(a, n, true);
        double[][] cands = uniform(4, n, -1, 1, 9);
        Parameters common = Parameters.empty().with("max_iterations", 2000).with("tol_loss", 1e-12)
                .with("tolerance", 1e-16);
        SlowPointSearch lbfgs = finder.find(model, new double[0], cands, SlowPointFinder.Settings.of(common));
        SlowPointSearch adam = finder.find(model, new double[0], cands,
                SlowPointFinder.Settings.of(common.with("adam", 1)));
        for (int c = 0; c < cands.length; c++) {
            assertTrue(lbfgs.optLosses()[c] <= 1e-16, "L-BFGS q = " + lbfgs.optLosses()[c]);
            // SciPy 1.17's L-BFGS-B (maxcor 10) needs 340 iterations to q <= 1e-16 on a matrix built the same way
            // (other random rotation); ours took 268 here.
            assertTrue(lbfgs.iterations()[c] < 500, "L-BFGS iterations " + lbfgs.iterations()[c]);
            assertTrue(adam.optLosses()[c] > 1e-8, "Adam q = " + adam.optLosses()[c]);
            assertEquals(2000, adam.iterations()[c]);
        }
        assertEquals(1, lbfgs.points().size());
        assertEquals(0, adam.points().size(), "Adam's points fail the loss filter");
    }

    /** Q diag(-1 ... -smallest, log-spaced) Q^T with Q from Gram–Schmidt on a seeded Gaussian matrix. */
    static double[] rotatedDiagonal(int n, double smallest, long seed) {
        Random rnd = new Random(seed);
        double[][] q = new double[n][n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                q[k][i] = rnd.nextGaussian();
            }
            for (int j = 0; j < k; j++) {
                double d = 0;
                for (int i = 0; i < n; i++) {
                    d += q[k][i] * q[j][i];
                }
                for (int i = 0; i < n; i++) {
                    q[k][i] -= d * q[j][i];
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += q[k][i] * q[k][i];
            }
            for (int i = 0; i < n; i++) {
                q[k][i] /= Math.sqrt(norm);
            }
        }
        double[] a = new double[n * n];
        for (int k = 0; k < n; k++) {
            double lam = -Math.pow(smallest, k / (double) (n - 1));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i * n + j] += lam * q[k][i] * q[k][j];
                }
            }
        }
        return a;
    }

    @Test
    void rnnJacobianAndGradientAgreeWithFiniteDifferences() {
        // The analytic Jacobian and J^T v of RateRnn (both types) against central differences of F.
        for (boolean discrete : new boolean[] {false, true}) {
            int n = 7;
            double[] b = new double[n];
            Random rnd = new Random(2);
            for (int i = 0; i < n; i++) {
                b[i] = 0.3 * rnd.nextGaussian();
            }
            RateRnn rnn = new RateRnn(RateRnn.randomWeights(n, 1.3, 4), b, discrete);
            double[] x = uniform(1, n, -1.5, 1.5, 8)[0];
            double[] exact = new double[n * n];
            assertTrue(rnn.jacobian(x, new double[0], exact));
            AnalyzableModel plain = linearWrapper(rnn);
            double[] numeric = new double[n * n];
            assertFalse(SlowPointFinder.jacobian(plain, new double[0], x, numeric));
            for (int k = 0; k < n * n; k++) {
                assertEquals(exact[k], numeric[k], 1e-9, "J entry " + k);
            }
            double[] v = uniform(1, n, -1, 1, 12)[0];
            double[] jtv = new double[n];
            rnn.vectorJacobian(x, new double[0], v, jtv);
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += exact[i * n + j] * v[i];
                }
                assertEquals(s, jtv[j], 1e-13);
            }
        }
    }

    /** The same F with neither Jacobian nor J^T v, to force central differences. */
    private static AnalyzableModel linearWrapper(RateRnn rnn) {
        return new AnalyzableModel() {
            @Override
            public List<String> variables() {
                return rnn.variables();
            }

            @Override
            public List<String> parameters() {
                return List.of();
            }

            @Override
            public double[] defaultParameters() {
                return new double[0];
            }

            @Override
            public void derivatives(double[] x, double[] params, double[] dxdt) {
                rnn.derivatives(x, params, dxdt);
            }
        };
    }

    @Test
    void thousandUnitNetwork() {
        // n = 1000, gain 0.8 and a random bias: with the spectral radius of W about 0.8 < 1 (and |tanh'| <= 1) the
        // flow has one fixed point, which every candidate must reach (merged into one point).
        int n = 1000;
        Random rnd = new Random(21);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = 0.5 * rnd.nextGaussian();
        }
        RateRnn rnn = new RateRnn(RateRnn.randomWeights(n, 0.8, 20), b, false);
        long t0 = System.nanoTime();
        // Eigenvalues off: EJML's dense eigen-decomposition of the 1000 x 1000 Jacobian takes about 10 s on the
        // CI machine (measured, docs/analysis.md); the Jacobian pipeline is checked on smaller systems above.
        SlowPointSearch s = finder.find(rnn, new double[0], uniform(4, n, -1, 1, 22),
                SlowPointFinder.Settings.of(Parameters.empty().with("eigenvalues", 0)));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        System.out.printf("slow points, n = 1000: optimise %.0f ms, jacobian + eigen %.0f ms, total %.2f s, "
                        + "iterations %s%n", s.optimiseMillis(), s.jacobianMillis(), seconds,
                java.util.Arrays.toString(s.iterations()));
        assertEquals(1, s.points().size());
        SlowPointSearch.Point p = s.points().get(0);
        assertEquals(null, p.stability());
        assertEquals(0, p.eigenReal().length);
        double[] f = new double[n];
        rnn.derivatives(p.state(), new double[0], f);
        for (double v : f) {
            assertEquals(0.0, v, 1e-7);
        }
    }

    @Test
    void analyzerThroughTheServiceLoader() {
        Analyzer analyzer = Providers.require(Analyzer.class, SlowPointFinder.NAME);
        assertTrue(analyzer instanceof SlowPointFinder);
        // The 2-D line attractor dx/dt = -(x - y)/2, dy/dt = (x - y)/2: A = [[-1/2, 1/2], [1/2, -1/2]], eigenvalues
        // 0 (along (1, 1)) and -1; candidates in x ∈ [0.5, 1], y ∈ [-1, 1] (scale) project to x = y ∈ [-0.25, 1].
        AnalyzableModel line = linear(new double[] {-0.5, 0.5, 0.5, -0.5}, 2, true);
        AnalysisRequest request = new AnalysisRequest(Map.of("v0", new Interval(0.5, 1.0)), Map.of(),
                Parameters.empty(), 3, Parameters.empty().with("num_candidates", 20).with("tol_unique", 0.1));
        AnalysisResult r = analyzer.analyze(line, request);
        assertEquals(20, r.series().get("opt_losses").length);
        assertTrue(r.slowPoints().size() >= 2 && r.slowPoints().size() <= 13, "points " + r.slowPoints().size());
        assertEquals(r.slowPoints().size(), r.fixedPoints().size());
        for (int k = 0; k < r.fixedPoints().size(); k++) {
            double[] x = r.fixedPoints().get(k).state();
            assertEquals(x[0], x[1], 1e-9);
            assertTrue(x[0] >= -0.25 - 1e-9 && x[0] <= 1 + 1e-9);
            assertEquals(StabilityType.CENTER_MANIFOLD, r.fixedPoints().get(k).stability());
            assertEquals(0.0, r.slowPoints().get(k).eigenReal()[0], 1e-12);
            assertEquals(-1.0, r.slowPoints().get(k).eigenReal()[1], 1e-12);
        }
        // Points are at least tol_unique apart.
        for (int i = 0; i < r.slowPoints().size(); i++) {
            for (int j = i + 1; j < r.slowPoints().size(); j++) {
                assertTrue(SlowPointFilters.distanceSquared(r.slowPoints().get(i).state(),
                        r.slowPoints().get(j).state()) > 0.01);
            }
        }
        assertEquals("v9", assertThrows(ParameterException.class, () -> analyzer.analyze(line,
                new AnalysisRequest(Map.of("v9", new Interval(0, 1)), Map.of(), Parameters.empty(), 3,
                        Parameters.empty()))).parameter());
        assertEquals("num_candidate", assertThrows(ParameterException.class, () -> analyzer.analyze(line,
                new AnalysisRequest(Map.of(), Map.of(), Parameters.empty(), 3,
                        Parameters.empty().with("num_candidate", 3)))).parameter());
        assertEquals("adam", assertThrows(ParameterException.class, () -> analyzer.analyze(line,
                new AnalysisRequest(Map.of(), Map.of(), Parameters.empty(), 3,
                        Parameters.empty().with("adam", 0.5)))).parameter());
    }
}
