package org.brainj.analysis.internal.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.FixedPoint;
import org.brainj.api.analysis.Interval;
import org.brainj.api.analysis.Nullcline;
import org.brainj.api.analysis.StabilityType;
import org.brainj.api.analysis.Trajectory;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

class PhasePlane2DTest {

    private static final double A = 0.7;
    private static final double B = 0.8;
    private static final double TAU = 12.5;

    private final PhasePlane2D analyzer = new PhasePlane2D();

    private AnalysisResult fhn(boolean analytic, Parameters fixed, int res, Parameters options) {
        return analyzer.analyze(Models.fhn(analytic), new AnalysisRequest(
                Map.of("V", new Interval(-3, 3), "w", new Interval(-2, 3)), Map.of(), fixed, res, options));
    }

    /**
     * FHN's fixed point: w = (V + a)/b into dV = 0 gives V³ + 3(1/b − 1)V − 3(I − a/b) = 0, a depressed cubic with
     * p = 3(1/b − 1) &gt; 0, hence one real root, by Cardano's formula.
     */
    static double cardanoV(double i) {
        double p = 3 * (1 / B - 1);
        double q = -3 * (i - A / B);
        double d = Math.sqrt(q * q / 4 + p * p * p / 27);
        return Math.cbrt(-q / 2 + d) + Math.cbrt(-q / 2 - d);
    }

    @Test
    void fhnFixedPointAndStabilityMatchTheAnalyticSolution() {
        // I = 0 and 2 lie outside the Hopf interval (≈ 0.331, 1.419; see Bifurcation1DTest), 0.5 and 1.0 inside.
        for (boolean analytic : new boolean[] {true, false}) {
            for (double i : new double[] {0.0, 0.5, 1.0, 2.0}) {
                List<FixedPoint> fps = fhn(analytic, Parameters.empty().with("I", i), 51, Parameters.empty())
                        .fixedPoints();
                assertEquals(1, fps.size(), "I = " + i);
                FixedPoint fp = fps.get(0);
                double v = cardanoV(i);
                assertEquals(v, fp.state()[0], 1e-12, "V*, I = " + i);
                assertEquals((v + A) / B, fp.state()[1], 1e-12, "w*, I = " + i);
                // J = [[1 − V², −1], [1/τ, −b/τ]]: trace and determinant in closed form
                double tr = 1 - v * v - B / TAU;
                double det = (1 - B * (1 - v * v)) / TAU;
                double disc = tr * tr - 4 * det;
                StabilityType expected = det < 0 ? StabilityType.SADDLE_NODE
                        : disc < 0 ? (tr < 0 ? StabilityType.STABLE_FOCUS : StabilityType.UNSTABLE_FOCUS)
                        : (tr < 0 ? StabilityType.STABLE_NODE : StabilityType.UNSTABLE_NODE);
                assertEquals(expected, fp.stability(), "I = " + i);
                double tol = analytic ? 1e-13 : 1e-8; // central differences on a cubic: O(h²) ≈ 1e-10 here
                assertEquals(tr / 2, 0.5 * (fp.eigenReal()[0] + fp.eigenReal()[1]), tol);
                assertEquals(tr / 2 + (disc > 0 ? Math.sqrt(disc) / 2 : 0), fp.eigenReal()[0], tol);
                assertEquals(disc < 0 ? Math.sqrt(-disc) / 2 : 0, Math.abs(fp.eigenImag()[0]), tol);
            }
        }
        // spot values: I = 0 is the classic stable rest state, I = 0.5 the oscillating regime
        assertEquals(StabilityType.STABLE_FOCUS,
                fhn(true, Parameters.empty(), 51, Parameters.empty()).fixedPoints().get(0).stability());
        assertEquals(StabilityType.UNSTABLE_FOCUS,
                fhn(true, Parameters.empty().with("I", 0.5), 51, Parameters.empty()).fixedPoints().get(0).stability());
    }

    @Test
    void fhnNullclinesLieOnTheAnalyticCurvesIncludingTheirFlatAndSteepPieces() {
        double i = 0.5;
        AnalysisResult res = fhn(true, Parameters.empty().with("I", i), 61, Parameters.empty());
        Nullcline nv = res.nullclines().get(0);
        Nullcline nw = res.nullclines().get(1);
        assertEquals("V", nv.variable());
        assertEquals("w", nw.variable());
        // dV/dt = 0 on w = V − V³/3 + I; each crossing is exact along its grid edge, so the residual in w is at
        // round-off times the slope |1 − V²| (crossings on horizontal edges carry their V error through it)
        for (int k = 0; k < nv.x().length; k++) {
            double v = nv.x()[k];
            double g = v - v * v * v / 3 + i;
            assertEquals(g, nv.y()[k], 1e-13 * (1 + Math.abs(1 - v * v)) + 1e-14, "point " + k);
        }
        // dw/dt = 0 on w = (V + a)/b
        for (int k = 0; k < nw.x().length; k++) {
            assertEquals((nw.x()[k] + A) / B, nw.y()[k], 1e-13, "point " + k);
        }
        // one piece each in this window (no NaN separator): the chaining joined every cell
        assertFalse(hasNaN(nv), "V-nullcline split");
        assertFalse(hasNaN(nw), "w-nullcline split");
        // the analytic curves are covered to within a grid cell (0.1 × 0.0833), including the flat tops of the
        // cubic at V = ±1 (slope 0) and its steep flanks near the window's top and bottom
        double dx = 6.0 / 60;
        double dy = 5.0 / 60;
        for (double v = -2.3; v <= 2.3; v += 0.01) {
            double g = v - v * v * v / 3 + i;
            if (g > -2 && g < 3) {
                assertTrue(near(nv, v, g, dx, dy), "V-nullcline misses V = " + v);
            }
            double h = (v + A) / B;
            if (h > -2 && h < 3) {
                assertTrue(near(nw, v, h, dx, dy), "w-nullcline misses V = " + v);
            }
        }
        // the flat extremum of the cubic at V = 1 (w = 2/3 + I) has a crossing on the vertical grid line V = 1
        assertTrue(near(nv, 1.0, 2.0 / 3 + i, 1e-12, 1e-12));
    }

    @Test
    void verticalAndHorizontalNullclinesAreFound() {
        // b = 0: dw/dt = (V + a)/τ vanishes on the vertical line V = −a, across the whole w range
        AnalysisResult res = fhn(true, Parameters.empty().with("b", 0.0), 41, Parameters.empty());
        Nullcline nw = res.nullclines().get(1);
        assertFalse(hasNaN(nw));
        double wMin = Double.POSITIVE_INFINITY;
        double wMax = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < nw.x().length; k++) {
            assertEquals(-A, nw.x()[k], 1e-15);
            wMin = Math.min(wMin, nw.y()[k]);
            wMax = Math.max(wMax, nw.y()[k]);
        }
        assertEquals(-2, wMin, 1e-12);
        assertEquals(3, wMax, 1e-12);
        // dx/dt = y − 0.31: the horizontal line y = 0.31 across the whole x range (0.31 is not a grid value)
        AnalysisResult lin = analyzer.analyze(Models.linear(), new AnalysisRequest(
                Map.of("x", new Interval(-1, 1), "y", new Interval(-1, 1)), Map.of(),
                Parameters.empty().with("j00", 0).with("j01", 1).with("y0", 0.31), 21, Parameters.empty()));
        Nullcline nx = lin.nullclines().get(0);
        assertEquals(21, nx.x().length); // one crossing per vertical grid line
        for (int k = 0; k < nx.x().length; k++) {
            assertEquals(0.31, nx.y()[k], 1e-15);
        }
    }

    @Test
    void closedNullclineIsOneClosedPiece() {
        // a model-free check of the chaining: the unit circle as the zero set of x² + y² − 1 (dx/dt) is closed
        org.brainj.api.analysis.AnalyzableModel circle = new org.brainj.api.analysis.AnalyzableModel() {
            public List<String> variables() {
                return List.of("x", "y");
            }

            public List<String> parameters() {
                return List.of();
            }

            public double[] defaultParameters() {
                return new double[0];
            }

            public void derivatives(double[] u, double[] p, double[] d) {
                d[0] = u[0] * u[0] + u[1] * u[1] - 1;
                d[1] = u[1];
            }
        };
        Nullcline c = analyzer.analyze(circle, new AnalysisRequest(Map.of("x", new Interval(-2, 2), "y",
                new Interval(-2, 2)), Map.of(), Parameters.empty(), 31, Parameters.empty())).nullclines().get(0);
        assertFalse(hasNaN(c));
        int last = c.x().length - 1;
        assertEquals(c.x()[0], c.x()[last], 0);
        assertEquals(c.y()[0], c.y()[last], 0);
        for (int k = 0; k <= last; k++) {
            assertEquals(1, Math.hypot(c.x()[k], c.y()[k]), 1e-14);
        }
    }

    @Test
    void linearFieldsGetBrainPysTwoDimensionalClasses() {
        // d(x, y)/dt = J (x − 0.1, y + 0.2): one fixed point, the class fixed by J (FEATURES §7.1 decision table)
        Object[][] cases = {
            {new double[] {1, 2, 3, -1}, StabilityType.SADDLE_NODE},        // det −7
            {new double[] {0, 1, -1, 0}, StabilityType.CENTER},             // tr 0, det 1
            {new double[] {-1, 2, -2, -1}, StabilityType.STABLE_FOCUS},     // −1 ± 2i
            {new double[] {1, 2, -2, 1}, StabilityType.UNSTABLE_FOCUS},     // 1 ± 2i
            {new double[] {-1, 0, 0, -3}, StabilityType.STABLE_NODE},       // −1, −3
            {new double[] {2, 1, 0, 1}, StabilityType.UNSTABLE_NODE},       // 2, 1
            {new double[] {-2, 0, 0, -2}, StabilityType.STABLE_STAR},       // J = −2 I
            {new double[] {2, 0, 0, 2}, StabilityType.UNSTABLE_STAR},       // J = 2 I
            {new double[] {-2, 1, 0, -2}, StabilityType.STABLE_DEGENERATE}, // Jordan block
            {new double[] {2, 1, 0, 2}, StabilityType.UNSTABLE_DEGENERATE},
        };
        for (Object[] c : cases) {
            double[] j = (double[]) c[0];
            AnalysisResult res = analyzer.analyze(Models.linear(), new AnalysisRequest(
                    Map.of("x", new Interval(-1, 1), "y", new Interval(-1, 1)), Map.of(),
                    Parameters.empty().with("j00", j[0]).with("j01", j[1]).with("j10", j[2]).with("j11", j[3])
                            .with("x0", 0.1).with("y0", -0.2), 21, Parameters.empty()));
            assertEquals(1, res.fixedPoints().size(), c[1].toString());
            FixedPoint fp = res.fixedPoints().get(0);
            assertEquals(0.1, fp.state()[0], 1e-12);
            assertEquals(-0.2, fp.state()[1], 1e-12);
            assertEquals(c[1], fp.stability());
        }
    }

    @Test
    void rk4TrajectoriesAreFourthOrderAndEndAtTheStableFocus() {
        // d(x, y)/dt = −(x, y): x(t) = x0 e^{−t}; RK4's one-step error factor is 1 − h + h²/2 − h³/6 + h⁴/24
        // against e^{−h}, so after 100 steps of 0.01 the relative error is ≈ 100 · h⁵/120 ≈ 8e-11
        AnalysisResult lin = analyzer.analyze(Models.linear(), new AnalysisRequest(
                Map.of("x", new Interval(-1, 1), "y", new Interval(-1, 1)), Map.of(), Parameters.empty(), 11,
                Parameters.empty().with("init.0.x", 1.0).with("init.0.y", -0.5).with("duration", 1.0)
                        .with("dt", 0.01)));
        Trajectory t = lin.trajectories().get(0);
        assertEquals(2, t.width());
        assertEquals(101, t.times().length);
        assertEquals(1.0, t.times()[100], 1e-12);
        double stepFactor = 1 - 0.01 + 1e-4 / 2 - 1e-6 / 6 + 1e-8 / 24;
        assertEquals(Math.pow(stepFactor, 100), t.states()[200], 1e-15);
        assertEquals(Math.exp(-1), t.states()[200], 1e-10);
        assertEquals(-0.5 * Math.exp(-1), t.states()[201], 1e-10);
        // FHN at I = 0: from (−2, −0.5) the orbit spirals into the stable focus (decay rate |tr/2| ≈ 0.25 /ms)
        AnalysisResult res = fhn(true, Parameters.empty(), 31,
                Parameters.empty().with("init.0.V", -2).with("init.0.w", -0.5).with("init.1.V", 2)
                        .with("duration", 200.0).with("dt", 0.02));
        assertEquals(2, res.trajectories().size());
        double v = cardanoV(0);
        for (Trajectory tr : res.trajectories()) {
            int last = tr.times().length - 1;
            assertEquals(v, tr.states()[2 * last], 1e-6);
            assertEquals((v + A) / B, tr.states()[2 * last + 1], 1e-6);
        }
        // init.1.w not given: starts at the w range's middle, 0.5
        assertEquals(0.5, res.trajectories().get(1).states()[1], 0);
    }

    private static boolean hasNaN(Nullcline n) {
        for (double x : n.x()) {
            if (Double.isNaN(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(Nullcline n, double x, double y, double dx, double dy) {
        for (int k = 0; k < n.x().length; k++) {
            if (Math.abs(n.x()[k] - x) <= dx && Math.abs(n.y()[k] - y) <= dy) {
                return true;
            }
        }
        return false;
    }
}
