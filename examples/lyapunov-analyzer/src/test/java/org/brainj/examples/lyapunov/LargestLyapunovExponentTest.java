package org.brainj.examples.lyapunov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.Interval;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

/** Flows whose largest exponent is known in closed form, and a chaotic one with a published value. */
class LargestLyapunovExponentTest {

    private static AnalyzableModel model(List<String> vars, List<String> pars, double[] defaults, Rhs rhs) {
        return new AnalyzableModel() {
            @Override
            public List<String> variables() {
                return vars;
            }

            @Override
            public List<String> parameters() {
                return pars;
            }

            @Override
            public double[] defaultParameters() {
                return defaults;
            }

            @Override
            public void derivatives(double[] x, double[] p, double[] dxdt) {
                rhs.f(x, p, dxdt);
            }
        };
    }

    interface Rhs {
        void f(double[] x, double[] p, double[] dxdt);
    }

    private static double lambda(AnalyzableModel m, Map<String, Interval> vars, Map<String, Double> fixed,
                                 Map<String, Double> options) {
        AnalysisRequest r = new AnalysisRequest(vars, Map.of(), Parameters.of(fixed), 3, Parameters.of(options));
        return new LargestLyapunovExponent().analyze(m, r).series().get("lambda_max")[0];
    }

    @Test
    void dampedOscillatorHasItsDampingRate() {
        // dx/dt = b x − ω y, dy/dt = ω x + b y: every perturbation shrinks as e^{b t}, so λ = b exactly
        AnalyzableModel rot = model(List.of("x", "y"), List.of("b", "w"), new double[] {-0.05, 0.3},
                (x, p, d) -> {
                    d[0] = p[0] * x[0] - p[1] * x[1];
                    d[1] = p[1] * x[0] + p[0] * x[1];
                });
        double l = lambda(rot, Map.of("x", new Interval(0, 2), "y", new Interval(0, 2)), Map.of("b", -0.02),
                Map.of("duration", 500.0, "transient", 0.0));
        assertEquals(-0.02, l, 1e-9); // linear flow: RK4's error in e^{b dt} per step is O(dt^5)
    }

    @Test
    void lorenzSystemIsChaoticWithTheKnownExponent() {
        // Lorenz (σ 10, ρ 28, β 8/3): largest exponent 0.9056 (Sprott, Chaos and Time-Series Analysis, 2003)
        AnalyzableModel lorenz = model(List.of("x", "y", "z"), List.of(), new double[0], (x, p, d) -> {
            d[0] = 10 * (x[1] - x[0]);
            d[1] = x[0] * (28 - x[2]) - x[1];
            d[2] = x[0] * x[1] - 8.0 / 3.0 * x[2];
        });
        double l = lambda(lorenz, Map.of("x", new Interval(0, 2), "y", new Interval(0, 2), "z", new Interval(20, 22)),
                Map.of(), Map.of("duration", 1000.0, "transient", 20.0, "dt", 0.005));
        assertTrue(Math.abs(l - 0.9056) < 0.05, "lambda = " + l);
    }
}
