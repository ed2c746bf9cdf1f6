package org.brainj.analysis.internal.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.BifurcationPoint;
import org.brainj.api.analysis.BifurcationType;
import org.brainj.api.analysis.FixedPoint;
import org.brainj.api.analysis.Interval;
import org.brainj.api.analysis.StabilityType;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

class Bifurcation1DTest {

    private static final double A = 0.7;
    private static final double B = 0.8;
    private static final double TAU = 12.5;

    private final Bifurcation1D analyzer = new Bifurcation1D();

    @Test
    void saddleNodeNormalFormFoldsAtZero() {
        // dx/dt = r + x² (Strogatz §3.1): branches x = −√(−r) (stable, f' = 2x < 0) and +√(−r) (unstable) meet
        // in a saddle-node at r = 0, x = 0.
        AnalysisResult res = analyzer.analyze(Models.saddleNode(), new AnalysisRequest(
                Map.of("x", new Interval(-2, 2)), Map.of("r", new Interval(-1, 1)), Parameters.empty(), 21,
                Parameters.empty()));
        assertEquals(1, res.bifurcations().size(), res.bifurcations().toString());
        BifurcationPoint sn = res.bifurcations().get(0);
        assertEquals(BifurcationType.SADDLE_NODE, sn.type());
        assertEquals(0, sn.parameters()[0], 1e-12);
        assertEquals(0, sn.state()[0], 1e-10);
        // one branch, around the fold, every point on the analytic curve with the analytic stability
        double[] branch = res.series().get("branch");
        assertEquals(0, branch[branch.length - 1], 0);
        assertTrue(res.fixedPoints().size() > 20);
        for (FixedPoint fp : res.fixedPoints()) {
            double r = fp.parameters()[0];
            double x = fp.state()[0];
            assertTrue(r <= 1e-15, "no fixed point for r > 0");
            assertEquals(Math.sqrt(-r), Math.abs(x), 1e-9, "x* = ±√(−r)");
            if (Math.abs(x) > 1e-6) {
                assertEquals(x < 0 ? StabilityType.STABLE_POINT : StabilityType.UNSTABLE_POINT, fp.stability());
            }
        }
        // both ends of the branch are at the sweep's lower bound, r = −1, x = ∓1
        assertEquals(-1, res.fixedPoints().get(0).parameters()[0], 1e-15);
        assertEquals(-1, res.fixedPoints().get(res.fixedPoints().size() - 1).parameters()[0], 1e-15);
    }

    @Test
    void branchesAppearingInsideTheSweepAreFoundByGridRestarts() {
        // dx/dt = −r + x² (s = −1): no fixed point for r < 0; x = ±√r born in a saddle-node at r = 0, inside the
        // sweep, so only a restart at some r > 0 can seed them.
        AnalysisResult res = analyzer.analyze(Models.saddleNode(), new AnalysisRequest(
                Map.of("x", new Interval(-2, 2)), Map.of("r", new Interval(-1, 1)), Parameters.empty().with("s", -1),
                11, Parameters.empty()));
        assertEquals(1, res.bifurcations().size(), res.bifurcations().toString());
        assertEquals(BifurcationType.SADDLE_NODE, res.bifurcations().get(0).type());
        assertEquals(0, res.bifurcations().get(0).parameters()[0], 1e-12);
        double[] branch = res.series().get("branch");
        assertEquals(0, branch[branch.length - 1], 0, "one branch around the fold");
        for (FixedPoint fp : res.fixedPoints()) {
            assertEquals(Math.sqrt(fp.parameters()[0]), Math.abs(fp.state()[0]), 1e-9);
        }
    }

    @Test
    void transcriticalCrossingIsABranchPoint() {
        // dx/dt = r x − x² (Strogatz §3.2): branches x = 0 and x = r cross at r = 0 and exchange stability there.
        org.brainj.api.analysis.AnalyzableModel transcritical = new org.brainj.api.analysis.AnalyzableModel() {
            public List<String> variables() {
                return List.of("x");
            }

            public List<String> parameters() {
                return List.of("r");
            }

            public double[] defaultParameters() {
                return new double[] {0};
            }

            public void derivatives(double[] x, double[] p, double[] d) {
                d[0] = p[0] * x[0] - x[0] * x[0];
            }
        };
        AnalysisResult res = analyzer.analyze(transcritical, new AnalysisRequest(Map.of("x", new Interval(-1.5, 1.5)),
                Map.of("r", new Interval(-1, 1)), Parameters.empty(), 21, Parameters.empty()));
        // two branches (x = 0 and x = r), each reporting the crossing at r = 0, x = 0
        assertEquals(2, res.bifurcations().size(), res.bifurcations().toString());
        for (BifurcationPoint b : res.bifurcations()) {
            assertEquals(BifurcationType.BRANCH_POINT, b.type());
            assertEquals(0, b.parameters()[0], 1e-11);
            assertEquals(0, b.state()[0], 1e-11);
        }
        for (FixedPoint fp : res.fixedPoints()) {
            double r = fp.parameters()[0];
            double x = fp.state()[0];
            assertTrue(Math.abs(x) < 1e-12 || Math.abs(x - r) < 1e-12, "x* = 0 or r");
        }
    }

    /** I of the FHN fixed point with voltage V: from w = (V + a)/b and dV = 0, I = w − V + V³/3. */
    private static double fhnCurrent(double v) {
        return (v + A) / B - v + v * v * v / 3;
    }

    @Test
    void fhnHopfPointsMatchTraceZero() {
        // FHN's Jacobian [[1 − V², −1], [1/τ, −b/τ]] has trace 0 at V*² = 1 − b/τ with det = (1 − b(1 − V²))/τ > 0,
        // so a complex pair crosses there: two Hopf points, I from the fixed-point equations (≈ 0.3313, 1.4187).
        double vh = Math.sqrt(1 - B / TAU);
        double[] expectedI = {fhnCurrent(-vh), fhnCurrent(vh)};
        double[] expectedV = {-vh, vh};
        for (boolean analytic : new boolean[] {true, false}) {
            AnalysisResult res = analyzer.analyze(Models.fhn(analytic), new AnalysisRequest(
                    Map.of("V", new Interval(-3, 3), "w", new Interval(-2, 4)), Map.of("I", new Interval(0, 2)),
                    Parameters.empty(), 21, Parameters.empty()));
            List<BifurcationPoint> hopf = new ArrayList<>(res.bifurcations());
            assertEquals(2, hopf.size(), res.bifurcations().toString());
            hopf.sort((p, q) -> Double.compare(p.parameters()[3], q.parameters()[3]));
            for (int k = 0; k < 2; k++) {
                assertEquals(BifurcationType.HOPF, hopf.get(k).type());
                assertEquals(expectedI[k], hopf.get(k).parameters()[3], 1e-6, "analytic J " + analytic);
                assertEquals(expectedV[k], hopf.get(k).state()[0], 1e-6);
                assertEquals((expectedV[k] + A) / B, hopf.get(k).state()[1], 1e-6);
            }
            // one branch; stable below the first Hopf point, unstable between, stable above
            for (FixedPoint fp : res.fixedPoints()) {
                double i = fp.parameters()[3];
                assertEquals(PhasePlane2DTest.cardanoV(i), fp.state()[0], 1e-10);
                boolean unstable = fp.stability().name().startsWith("UNSTABLE");
                if (Math.abs(i - expectedI[0]) > 1e-6 && Math.abs(i - expectedI[1]) > 1e-6) {
                    assertEquals(i > expectedI[0] && i < expectedI[1], unstable, "I = " + i);
                }
            }
        }
    }

    @Test
    void hodgkinHuxleyRestLosesStabilityThroughHopf() {
        // HH 1952 (rest −65 mV): the rest state loses stability through a subcritical Hopf bifurcation at
        // I ≈ 9.78 µA/cm² (Rinzel & Miller 1980, Math. Biosci. 49:27; Izhikevich 2007, Dynamical Systems in
        // Neuroscience, Ch. 6); ±1 %. Four variables: eigenvalues of the finite-difference 4 × 4 Jacobian by EJML.
        AnalysisResult res = analyzer.analyze(Models.hodgkinHuxley(), new AnalysisRequest(
                Map.of("V", new Interval(-90, 60), "m", new Interval(0, 1), "h", new Interval(0, 1),
                        "n", new Interval(0, 1)),
                Map.of("I", new Interval(0, 20)), Parameters.empty(), 11, Parameters.empty()));
        List<BifurcationPoint> hopf = new ArrayList<>();
        for (BifurcationPoint b : res.bifurcations()) {
            if (b.type() == BifurcationType.HOPF) {
                hopf.add(b);
            }
        }
        assertEquals(1, hopf.size(), res.bifurcations().toString());
        assertEquals(9.78, hopf.get(0).parameters()[0], 0.01 * 9.78);
        // rest at I = 0: −65 mV (E_L −54.387 was chosen for that), stable; unstable beyond the Hopf point
        FixedPoint first = res.fixedPoints().get(0);
        assertEquals(0, first.parameters()[0], 1e-12);
        assertEquals(-65, first.state()[0], 0.1);
        assertEquals(StabilityType.STABLE, first.stability());
        FixedPoint last = res.fixedPoints().get(res.fixedPoints().size() - 1);
        assertEquals(20, last.parameters()[0], 1e-12);
        assertEquals(StabilityType.UNSTABLE, last.stability());
    }
}
