package org.brainj.analysis.internal.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.BifurcationPoint;
import org.brainj.api.analysis.BifurcationType;
import org.brainj.api.analysis.FixedPoint;
import org.brainj.api.analysis.Interval;
import org.brainj.api.analysis.StabilityType;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

class Bifurcation2DAndNDTest {

    private static final double A = 0.7;
    private static final double TAU = 12.5;

    @Test
    void fhnHopfCurveInTheCurrentDecayPlaneMatchesTraceZero() {
        // FHN J = [[1 − V², −1], [1/τ, −b/τ]]: trace 0 at V² = 1 − b/τ, and there det = (1 − b²/τ)/τ > 0 for these b,
        // so for every b the Hopf points sit at V = ±√(1 − b/τ), I = (V + a)/b − V + V³/3 (the fixed-point equations)
        AnalysisResult r = new Bifurcation2D().analyze(Models.fhn(true), new AnalysisRequest(
                Map.of("V", new Interval(-3, 3), "w", new Interval(-2, 4)),
                Map.of("I", new Interval(0, 2), "b", new Interval(0.6, 0.9)), Parameters.empty(), 7,
                Parameters.empty()), "I");
        int hopf = 0;
        for (BifurcationPoint p : r.bifurcations()) {
            assertEquals(BifurcationType.HOPF, p.type());
            double b = p.parameters()[1];
            double v = p.state()[0];
            assertEquals(1 - b / TAU, v * v, 1e-8, "trace J = 0 at b = " + b);
            assertEquals((v + A) / b - v + v * v * v / 3, p.parameters()[3], 1e-8);
            hopf++;
        }
        // every (b slice, ±V) pair whose analytic Hopf current lies inside the swept [0, 2] is found, no other
        int expected = 0;
        for (int k = 0; k < 7; k++) {
            double b = 0.6 + 0.3 * k / 6;
            for (double sign : new double[] {-1, 1}) {
                double v = sign * Math.sqrt(1 - b / TAU);
                double i = (v + A) / b - v + v * v * v / 3;
                expected += i >= 0 && i <= 2 ? 1 : 0;
            }
        }
        assertEquals(13, expected, "b = 0.6 puts the upper Hopf point at I = 2.127, outside the sweep");
        assertEquals(expected, hopf, r.bifurcations().toString());
        double[] bs = r.series().get("b");
        assertEquals(r.fixedPoints().size(), bs.length);
        assertEquals(0.6, bs[0], 1e-15);
    }

    @Test
    void bifurcation2DNeedsTwoSweptParameters() {
        ParameterException e = org.junit.jupiter.api.Assertions.assertThrows(ParameterException.class,
                () -> new Bifurcation2D().analyze(Models.fhn(true), new AnalysisRequest(
                        Map.of("V", new Interval(-3, 3), "w", new Interval(-2, 4)), Map.of("I", new Interval(0, 2)),
                        Parameters.empty(), 7, Parameters.empty())));
        assertTrue(e.getMessage().contains("2 swept parameters"), e.getMessage());
    }

    /** dx/dt = M (x − c) in 3-D with M = [[−1, 2, 0], [−2, −1, 0], [0, 0, s]]: eigenvalues −1 ± 2i and s. */
    private static AnalyzableModel spiral3d() {
        return new AnalyzableModel() {
            @Override
            public List<String> variables() {
                return List.of("x", "y", "z");
            }

            @Override
            public List<String> parameters() {
                return List.of("s", "c");
            }

            @Override
            public double[] defaultParameters() {
                return new double[] {-0.5, 0.3};
            }

            @Override
            public void derivatives(double[] u, double[] p, double[] d) {
                double x = u[0] - p[1];
                double y = u[1] - p[1];
                double z = u[2] - p[1];
                d[0] = -x + 2 * y;
                d[1] = -2 * x - y;
                d[2] = p[0] * z;
            }
        };
    }

    @Test
    void threeDimensionalStabilityFromEigenvalues() {
        // eigenvalues of a block-diagonal matrix: those of [[−1, 2], [−2, −1]] (−1 ± 2i) and of [s]
        for (double s : new double[] {-0.5, 0.25}) {
            AnalysisResult r = new FixedPointsND().analyze(spiral3d(), new AnalysisRequest(
                    Map.of("x", new Interval(-1, 1), "y", new Interval(-1, 1), "z", new Interval(-1, 1)), Map.of(),
                    Parameters.empty().with("s", s), 9, Parameters.empty()));
            assertEquals(1, r.fixedPoints().size());
            FixedPoint fp = r.fixedPoints().get(0);
            for (int i = 0; i < 3; i++) {
                assertEquals(0.3, fp.state()[i], 1e-10);
            }
            double[] re = fp.eigenReal();
            double[] im = fp.eigenImag();
            // sorted by real part, largest first; of a pair, positive imaginary part first
            if (s > 0) {
                assertEquals(s, re[0], 1e-8);
                assertEquals(0, im[0], 1e-8);
                assertEquals(-1, re[1], 1e-8);
                assertEquals(2, im[1], 1e-8);
                assertEquals(StabilityType.UNSTABLE, fp.stability());
            } else {
                assertEquals(-0.5, re[0], 1e-8);
                assertEquals(-1, re[1], 1e-8);
                assertEquals(2, Math.abs(im[1]), 1e-8);
                assertEquals(StabilityType.STABLE, fp.stability());
            }
        }
    }
}
