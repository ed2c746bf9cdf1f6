package org.brainj.analysis.internal.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.FixedPoint;
import org.brainj.api.analysis.Interval;
import org.brainj.api.analysis.StabilityType;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

class PhasePlane1DTest {

    private final PhasePlane1D analyzer = new PhasePlane1D();

    private AnalysisResult run(double r, int resolution) {
        return analyzer.analyze(Models.saddleNode(), new AnalysisRequest(Map.of("x", new Interval(-2, 2)), Map.of(),
                Parameters.empty().with("r", r), resolution, Parameters.empty()));
    }

    @Test
    void saddleNodeNormalFormHasTheTwoAnalyticRoots() {
        // dx/dt = r + x²: x* = ±√(−r) for r < 0 (Strogatz §3.1); f'(x*) = 2x*: the negative root is stable.
        for (double r : new double[] {-1.0, -0.37, -0.01, -2.5e-3}) {
            List<FixedPoint> fps = run(r, 41).fixedPoints();
            assertEquals(2, fps.size(), "r = " + r);
            double root = Math.sqrt(-r);
            assertEquals(-root, fps.get(0).state()[0], 1e-14 * Math.max(1, root) + 1e-15, "r = " + r);
            assertEquals(root, fps.get(1).state()[0], 1e-14 * Math.max(1, root) + 1e-15, "r = " + r);
            assertEquals(StabilityType.STABLE_POINT, fps.get(0).stability());
            assertEquals(StabilityType.UNSTABLE_POINT, fps.get(1).stability());
            // eigenvalue f'(x*) = 2x* (central differences; exact up to round-off for a quadratic)
            assertEquals(-2 * root, fps.get(0).eigenReal()[0], 1e-8);
            assertArrayEquals(new double[] {r, 1}, fps.get(0).parameters());
        }
    }

    @Test
    void touchingRootAtTheBifurcationIsASaddleNode() {
        // r = 0: x* = 0 is a double root, f'(0) = 0 → BrainPy's "saddle node"; the grid's 40 cells do not hold 0
        // at a node for resolution 40, so it is found as a local minimum of |f| where f' changes sign.
        for (int res : new int[] {40, 41}) {
            List<FixedPoint> fps = run(0, res).fixedPoints();
            assertEquals(1, fps.size(), "resolution " + res);
            assertEquals(0, fps.get(0).state()[0], 1e-7);
            assertEquals(StabilityType.SADDLE_NODE, fps.get(0).stability());
        }
    }

    @Test
    void noRootsAboveTheBifurcation() {
        // r > 0: r + x² > 0 everywhere.
        assertTrue(run(0.3, 41).fixedPoints().isEmpty());
    }

    @Test
    void vectorFieldSeriesIsTheGridAndF() {
        AnalysisResult res = run(-1, 5);
        assertArrayEquals(new double[] {-2, -1, 0, 1, 2}, res.series().get("x"), 0);
        // r + x² at the grid with r = -1
        assertArrayEquals(new double[] {3, 0, -1, 0, 3}, res.series().get("dx/dt"), 0);
        assertEquals(2, res.fixedPoints().size()); // exact zeros at grid nodes
    }

    @Test
    void rejectsWrongVariableCountAndUnknownOptions() {
        assertThrows(ParameterException.class, () -> analyzer.analyze(Models.linear(), new AnalysisRequest(
                Map.of("x", new Interval(-1, 1), "y", new Interval(-1, 1)), Map.of(), Parameters.empty(), 11,
                Parameters.empty())));
        ParameterException e = assertThrows(ParameterException.class, () -> analyzer.analyze(Models.saddleNode(),
                new AnalysisRequest(Map.of("x", new Interval(-1, 1)), Map.of(), Parameters.empty(), 11,
                        Parameters.empty().with("tolerance", 1))));
        assertEquals("tolerance", e.parameter());
        // y is not analysed and has no fixed value
        ParameterException unset = assertThrows(ParameterException.class, () -> analyzer.analyze(Models.linear(),
                new AnalysisRequest(Map.of("x", new Interval(-1, 1)), Map.of(), Parameters.empty(), 11,
                        Parameters.empty())));
        assertEquals("y", unset.parameter());
    }
}
