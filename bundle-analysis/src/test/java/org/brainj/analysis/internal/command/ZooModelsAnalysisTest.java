package org.brainj.analysis.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.brainj.analysis.internal.dynamics.Bifurcation1D;
import org.brainj.analysis.internal.dynamics.FastSlow1D;
import org.brainj.analysis.internal.dynamics.PhasePlane2D;
import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.BifurcationPoint;
import org.brainj.api.analysis.BifurcationType;
import org.brainj.api.analysis.FixedPoint;
import org.brainj.api.analysis.Interval;
import org.brainj.api.analysis.StabilityType;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

/** The analyzers on the zoo's own models, reached as {@code neuron:NAME} / {@code rate:NAME} through the factories. */
class ZooModelsAnalysisTest {

    private static List<BifurcationPoint> of(AnalysisResult r, BifurcationType type) {
        List<BifurcationPoint> out = new ArrayList<>();
        for (BifurcationPoint b : r.bifurcations()) {
            if (b.type() == type) {
                out.add(b);
            }
        }
        return out;
    }

    @Test
    void hodgkinHuxleyRestLosesStabilityThroughHopfAtTheLiteratureCurrent() {
        // HH 1952 with g_L = 0.3 mS/cm² (the zoo's default is BrainPy's 0.03): the rest state loses stability through
        // a subcritical Hopf bifurcation at I ≈ 9.78 µA/cm² (Rinzel & Miller 1980, Math. Biosci. 49:27-59;
        // Izhikevich 2007, Dynamical Systems in Neuroscience, §6.1); ±1 %.
        FactoryModel hh = FactoryModel.resolve("neuron:HH");
        assertEquals(List.of("V", "m", "h", "n"), hh.variables());
        AnalysisResult r = new Bifurcation1D().analyze(hh, new AnalysisRequest(
                Map.of("V", new Interval(-90, 60), "m", new Interval(0, 1), "h", new Interval(0, 1),
                        "n", new Interval(0, 1)),
                Map.of("I", new Interval(0, 20)), Parameters.empty().with("g_L", 0.3), 11, Parameters.empty()));
        List<BifurcationPoint> hopf = of(r, BifurcationType.HOPF);
        assertEquals(1, hopf.size(), r.bifurcations().toString());
        int i = hh.parameters().indexOf("I");
        assertEquals(9.78, hopf.get(0).parameters()[i], 0.01 * 9.78);
        assertEquals(-65, r.fixedPoints().get(0).state()[0], 0.1, "rest at I = 0 (E_L chosen for -65 mV)");
    }

    @Test
    void fitzHughNagumoFixedPointsAndHopfPointsMatchTheAnalyticSolution() {
        // dV = V − V³/3 − w + I, dw = (V + a − b w)/τ, a 0.7, b 0.8, τ 12.5: V* is the real root of the cubic
        // V³/3 + (1/b − 1) V + a/b − I = 0 (Cardano); J = [[1 − V², −1], [1/τ, −b/τ]]; trace 0 at V*² = 1 − b/τ.
        double a = 0.7;
        double b = 0.8;
        double tau = 12.5;
        FactoryModel fhn = FactoryModel.resolve("neuron:FHN");
        int iI = fhn.parameters().indexOf("I");
        for (double current = 0; current <= 2.0001; current += 0.25) {
            AnalysisResult r = new PhasePlane2D().analyze(fhn, new AnalysisRequest(
                    Map.of("V", new Interval(-3, 3), "w", new Interval(-2, 4)), Map.of(),
                    Parameters.empty().with("I", current), 101, Parameters.empty().with("cycles", 0)));
            assertEquals(1, r.fixedPoints().size(), "I = " + current);
            FixedPoint fp = r.fixedPoints().get(0);
            double p = 3 * (1 / b - 1);
            double q = -3 * (current - a / b);
            double d = Math.sqrt(q * q / 4 + p * p * p / 27);
            double v = Math.cbrt(-q / 2 + d) + Math.cbrt(-q / 2 - d);
            assertEquals(v, fp.state()[0], 1e-9, "V*, I = " + current);
            assertEquals((v + a) / b, fp.state()[1], 1e-9, "w*, I = " + current);
            double tr = 1 - v * v - b / tau;
            double det = (1 - b * (1 - v * v)) / tau;
            boolean focus = tr * tr - 4 * det < 0;
            StabilityType expected = tr > 0 ? (focus ? StabilityType.UNSTABLE_FOCUS : StabilityType.UNSTABLE_NODE)
                    : (focus ? StabilityType.STABLE_FOCUS : StabilityType.STABLE_NODE);
            assertEquals(expected, fp.stability(), "I = " + current);
            assertEquals(tr, fp.eigenReal()[0] + fp.eigenReal()[1], 1e-9, "λ1 + λ2 = trace, I = " + current);
            double product = fp.eigenReal()[0] * fp.eigenReal()[1] + fp.eigenImag()[0] * fp.eigenImag()[0];
            assertEquals(det, product, 1e-9, "λ1 λ2 = det, I = " + current);
        }
        AnalysisResult r = new Bifurcation1D().analyze(fhn, new AnalysisRequest(
                Map.of("V", new Interval(-3, 3), "w", new Interval(-2, 4)), Map.of("I", new Interval(0, 2)),
                Parameters.empty(), 21, Parameters.empty().with("cycle_samples", 5)));
        List<BifurcationPoint> hopf = of(r, BifurcationType.HOPF);
        assertEquals(2, hopf.size(), r.bifurcations().toString());
        hopf.sort((x, y) -> Double.compare(x.parameters()[iI], y.parameters()[iI]));
        double vh = Math.sqrt(1 - b / tau);
        double[] vs = {-vh, vh};
        for (int k = 0; k < 2; k++) {
            double expectedI = (vs[k] + a) / b - vs[k] + vs[k] * vs[k] * vs[k] / 3;
            assertEquals(expectedI, hopf.get(k).parameters()[iI], 1e-6);
            assertEquals(vs[k], hopf.get(k).state()[0], 1e-6);
        }
        // limit cycles by simulation exist between the Hopf points (relaxation oscillations), not outside
        double[] cp = r.series().get("cycle.I");
        assertNotNull(cp);
        assertTrue(cp.length >= 2, "cycles at I = 0.5, 1.0 at least: " + java.util.Arrays.toString(cp));
        for (int k = 0; k < cp.length; k++) {
            assertTrue(cp[k] > hopf.get(0).parameters()[iI] - 0.05 && cp[k] < hopf.get(1).parameters()[iI] + 0.05,
                    "cycle at I = " + cp[k]);
            assertTrue(r.series().get("cycle.V.max")[k] > 1.5 && r.series().get("cycle.V.min")[k] < -1.5,
                    "relaxation oscillation swings over the cubic's knees V = ±1");
        }
    }

    @Test
    void morrisLecarSaddleNodeOnInvariantCircleAtTheAnalyticCurrent() {
        // Rinzel & Ermentrout's SNLC set (Methods in Neuronal Modeling, 2nd ed. 1998, ch. 7; Ermentrout & Terman 2010,
        // Table 3.1): g_Ca 4, V3 12, V4 17.4, φ 1/15, V_Ca 120 (others the zoo's defaults). Fixed points lie on
        // I∞(V) = g_Ca M∞(V)(V − V_Ca) + g_K W∞(V)(V − V_K) + g_L(V − V_L); the saddle-node is where dI∞/dV = 0 on
        // the lower branch, computed here independently by bisection on the closed-form derivative (≈ 39.96 µA/cm²,
        // the literature's onset current).
        double gCa = 4;
        double vCa = 120;
        double gK = 8;
        double vK = -84;
        double gL = 2;
        double vL = -60;
        double v1 = -1.2;
        double v2 = 18;
        double v3 = 12;
        double v4 = 17.4;
        java.util.function.DoubleUnaryOperator dI = v -> {
            double m = 0.5 * (1 + Math.tanh((v - v1) / v2));
            double w = 0.5 * (1 + Math.tanh((v - v3) / v4));
            double dm = 0.5 / v2 / Math.pow(Math.cosh((v - v1) / v2), 2);
            double dw = 0.5 / v4 / Math.pow(Math.cosh((v - v3) / v4), 2);
            return gCa * (dm * (v - vCa) + m) + gK * (dw * (v - vK) + w) + gL;
        };
        double lo = -40;
        double hi = -20; // dI∞/dV > 0 at −40 mV, < 0 at −20 mV: the lower knee between
        assertTrue(dI.applyAsDouble(lo) > 0 && dI.applyAsDouble(hi) < 0);
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (dI.applyAsDouble(mid) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double vSn = 0.5 * (lo + hi);
        double mSn = 0.5 * (1 + Math.tanh((vSn - v1) / v2));
        double wSn = 0.5 * (1 + Math.tanh((vSn - v3) / v4));
        double iSn = gCa * mSn * (vSn - vCa) + gK * wSn * (vSn - vK) + gL * (vSn - vL);
        assertEquals(39.96, iSn, 0.01 * 39.96, "the literature's SNIC current");

        FactoryModel ml = FactoryModel.resolve("neuron:MorrisLecar");
        Parameters snlc = Parameters.empty().with("g_Ca", gCa).with("V3", v3).with("V4", v4).with("phi", 1.0 / 15)
                .with("V_Ca", vCa);
        AnalysisResult r = new Bifurcation1D().analyze(ml, new AnalysisRequest(
                Map.of("V", new Interval(-80, 40), "W", new Interval(0, 1)), Map.of("I", new Interval(30, 50)),
                snlc, 41, Parameters.empty()));
        int iI = ml.parameters().indexOf("I");
        List<BifurcationPoint> sn = of(r, BifurcationType.SADDLE_NODE);
        sn.sort((x, y) -> Double.compare(x.parameters()[iI], y.parameters()[iI]));
        assertTrue(!sn.isEmpty(), r.bifurcations().toString());
        BifurcationPoint last = sn.get(sn.size() - 1);
        assertEquals(iSn, last.parameters()[iI], 1e-6 * iSn, "saddle-node current");
        assertEquals(vSn, last.state()[0], 1e-4, "saddle-node V");
        // on an invariant circle: just above the fold the only attractor is a cycle whose period grows without bound
        // as I → I_SN+ (the ghost of the saddle-node), unlike a Hopf onset's finite period
        double[] periods = new double[2];
        double[] above = {0.2, 5.0};
        for (int k = 0; k < 2; k++) {
            AnalysisResult pp = new PhasePlane2D().analyze(ml, new AnalysisRequest(
                    Map.of("V", new Interval(-80, 40), "W", new Interval(0, 1)), Map.of(),
                    snlc.with("I", iSn + above[k]), 60, Parameters.empty().with("cycle_transient", 1000)
                    .with("cycle_window", 3000).with("dt", 0.05)));
            double[] t = pp.series().get("cycle.period");
            assertEquals(1, t.length, "one cycle at I_SN + " + above[k]);
            periods[k] = t[0];
        }
        assertTrue(periods[0] > 2 * periods[1], "period near onset " + periods[0] + " vs " + periods[1]);
    }

    @Test
    void thetaNeuronSaddleNodeOnInvariantCircleAtMinusEta() {
        // dθ/dt = 1 − cos θ + (1 + cos θ)(η + I): rest/threshold pair θ = ∓arccos((1 + η + I)/(1 − η − I)) for
        // η + I < 0, which meet at θ = 0 when I = −η (Ermentrout & Kopell 1986); the default η is 1.
        FactoryModel theta = FactoryModel.resolve("rate:ThetaNeuron");
        int iI = theta.parameters().indexOf("I");
        AnalysisResult r = new Bifurcation1D().analyze(theta, new AnalysisRequest(
                Map.of("theta", new Interval(-3, 3)), Map.of("I", new Interval(-3, 0.5)), Parameters.empty(), 71,
                Parameters.empty()));
        List<BifurcationPoint> sn = of(r, BifurcationType.SADDLE_NODE);
        assertEquals(1, sn.size(), r.bifurcations().toString());
        assertEquals(-1.0, sn.get(0).parameters()[iI], 1e-9);
        assertEquals(0.0, sn.get(0).state()[0], 1e-4);
        for (FixedPoint fp : r.fixedPoints()) {
            double s = 1 + fp.parameters()[iI];
            if (s < -1e-6) {
                double expected = Math.acos((1 + s) / (1 - s));
                assertEquals(expected, Math.abs(fp.state()[0]), 1e-8, "I = " + fp.parameters()[iI]);
                assertEquals(fp.state()[0] < 0 ? StabilityType.STABLE_POINT : StabilityType.UNSTABLE_POINT,
                        fp.stability());
            }
        }
    }

    @Test
    void fastSlowFitzHughNagumoFoldsAtTheCubicsKnees() {
        // fast subsystem dV = V − V³/3 − w + I with w frozen: folds where 1 − V² = 0, i.e. at V = ∓1, w = ∓2/3 + I
        FactoryModel fhn = FactoryModel.resolve("neuron:FHN");
        AnalysisResult r = new FastSlow1D().analyze(fhn, new AnalysisRequest(Map.of("V", new Interval(-3, 3)),
                Map.of("w", new Interval(-1.5, 1.5)), Parameters.empty().with("I", 0.5), 61,
                Parameters.empty().with("duration", 100)));
        List<BifurcationPoint> sn = of(r, BifurcationType.SADDLE_NODE);
        sn.sort((x, y) -> Double.compare(x.state()[1], y.state()[1]));
        assertEquals(2, sn.size(), r.bifurcations().toString());
        assertEquals(-2.0 / 3 + 0.5, sn.get(0).state()[1], 1e-9);
        assertEquals(-1.0, sn.get(0).state()[0], 1e-5);
        assertEquals(2.0 / 3 + 0.5, sn.get(1).state()[1], 1e-9);
        assertEquals(1.0, sn.get(1).state()[0], 1e-5);
        assertEquals(1, r.trajectories().size());
        assertEquals(10001, r.trajectories().get(0).times().length);
    }

    @Test
    void fastSlowHindmarshRoseFoldsWhereTheAnalyticZCurveTurns() {
        // Hindmarsh–Rose fast subsystem (a 1, b 3, c 1, d 5, I = 2) with z frozen: y = 1 − 5V² and
        // z = y − V³ + 3V² + I = 3 − 2V² − V³, which turns at dz/dV = −4V − 3V² = 0: V = 0 (z = 3) and V = −4/3
        // (z = 3 − 32/9 + 64/27 = 49/27)
        FactoryModel hr = FactoryModel.resolve("neuron:HindmarshRose");
        AnalysisResult r = new org.brainj.analysis.internal.dynamics.FastSlow2D().analyze(hr, new AnalysisRequest(
                Map.of("V", new Interval(-2.5, 2.5), "y", new Interval(-20, 2)), Map.of("z", new Interval(-1, 3.5)),
                Parameters.empty().with("I", 2), 31, Parameters.empty().with("duration", 10)));
        List<BifurcationPoint> sn = of(r, BifurcationType.SADDLE_NODE);
        sn.sort((x, y) -> Double.compare(x.state()[2], y.state()[2]));
        assertEquals(2, sn.size(), r.bifurcations().toString());
        assertEquals(49.0 / 27, sn.get(0).state()[2], 1e-9);
        assertEquals(-4.0 / 3, sn.get(0).state()[0], 1e-5);
        assertEquals(1 - 5 * 16.0 / 9, sn.get(0).state()[1], 1e-4);
        assertEquals(3.0, sn.get(1).state()[2], 1e-9);
        assertEquals(0.0, sn.get(1).state()[0], 1e-5);
    }
}
