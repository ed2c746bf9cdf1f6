package org.brainj.trainers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleBinaryOperator;

import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Providers;
import org.brainj.api.train.Surrogate;
import org.junit.jupiter.api.Test;

/** Every surrogate of FEATURES §6.1 against the derivative of the smooth step it stands for, and hand values. */
class SurrogateRowsTest {

    /** Central difference of the primitive g (BrainPy's documented "origin" function) at points away from kinks. */
    private static void derivativeOf(Surrogate s, DoubleBinaryOperator g, double[] alphas) {
        double h = 1e-6;
        for (double a : alphas) {
            for (double x = -2.97; x <= 3.0; x += 0.1) {
                double numeric = (g.applyAsDouble(x + h, a) - g.applyAsDouble(x - h, a)) / (2 * h);
                assertEquals(numeric, s.derivative(x, a), 1e-7 * Math.max(1, a), s.name() + " at x = " + x
                        + ", alpha = " + a);
            }
        }
    }

    @Test
    void smoothStepsHaveTheirDocumentedDerivatives() {
        double[] alphas = {0.5, 1.0, 2.0, 4.0};
        derivativeOf(new PiecewiseQuadraticSurrogate(), (x, a) -> x < -1 / a ? 0 : x > 1 / a ? 1
                : -0.5 * a * a * Math.abs(x) * x + a * x + 0.5, alphas);
        derivativeOf(new PiecewiseExpSurrogate(), (x, a) -> x < 0 ? 0.5 * Math.exp(a * x)
                : 1 - 0.5 * Math.exp(-a * x), alphas);
        derivativeOf(new SoftSignSurrogate(), (x, a) -> 0.5 * (a * x / (1 + Math.abs(a * x)) + 1), alphas);
        derivativeOf(new NonzeroSignLogSurrogate(), (x, a) -> Math.signum(x) * Math.log(Math.abs(a * x) + 1),
                alphas);
        derivativeOf(new InvSquareGradSurrogate(), (x, a) -> Math.signum(x) / a * (1 - 1 / (a * Math.abs(x) + 1)),
                alphas);
        derivativeOf(new QPseudoSpikeSurrogate(), (x, a) -> x < 0 ? 0.5 * Math.pow(1 - 2 * x / (a - 1), 1 - a)
                : 1 - 0.5 * Math.pow(1 + 2 * x / (a - 1), 1 - a), new double[] {1.5, 2.0, 4.0});
        derivativeOf(new S2nnSurrogate(), (x, a) -> x < 0 ? 1 / (1 + Math.exp(-a * x)) : Math.log(x + 1) + 0.5,
                alphas);
        derivativeOf(new SquarewaveFourierSeriesSurrogate(), (x, n) -> {
            double w = 2 * Math.PI / 8.0;
            double sum = 0;
            for (int i = 1; i < n; i++) {
                sum += Math.sin((2 * i - 1) * w * x) / (2 * i - 1);
            }
            return 0.5 + 2 / Math.PI * sum;
        }, new double[] {2, 3, 5});
    }

    @Test
    void handValues() {
        // erf: (α/√π) e^{−α²x²}; at α = 2, x = 0.5: (2/√π) e^{−1}.
        assertEquals(2 / Math.sqrt(Math.PI) * Math.exp(-1), new ErfSurrogate().derivative(0.5, 2), 1e-15);
        // slayer: e^{−α|x|}.
        assertEquals(Math.exp(-1.5), new SlayerGradSurrogate().derivative(-0.75, 2), 1e-15);
        // piecewise leaky relu (c 0.01, w = α): 1/w inside, c outside.
        assertEquals(0.5, new PiecewiseLeakyReluSurrogate().derivative(1.9, 2), 0);
        assertEquals(0.01, new PiecewiseLeakyReluSurrogate().derivative(2.1, 2), 0);
        // leaky relu: α below 0, β = 1 from 0 on.
        assertEquals(0.1, new LeakyReluSurrogate().derivative(-3, 0.1), 0);
        assertEquals(1.0, new LeakyReluSurrogate().derivative(0, 0.1), 0);
        // log-tailed relu: α, 1, 1/x.
        assertEquals(0.0, new LogTailedReluSurrogate().derivative(-1, 0), 0);
        assertEquals(1.0, new LogTailedReluSurrogate().derivative(0.5, 0), 0);
        assertEquals(0.25, new LogTailedReluSurrogate().derivative(4, 0), 0);
        // relu grad: max(α(w − |x|), 0) with w = 1: 0.3·0.6 at x = 0.4, 0 beyond 1.
        assertEquals(0.18, new ReluGradSurrogate().derivative(0.4, 0.3), 1e-15);
        assertEquals(0.0, new ReluGradSurrogate().derivative(-1.2, 0.3), 0);
        // piecewise quadratic: the triangle is continuous at |x| = 1/α (BrainPy's code jumps there).
        assertEquals(0.0, new PiecewiseQuadraticSurrogate().derivative(0.5, 2), 1e-15);
        assertEquals(1.0, new PiecewiseQuadraticSurrogate().derivative(0.25, 2), 1e-15);
        // q pseudo spike at α = 2: (1 + 2|x|)^{−2}.
        assertEquals(1.0 / 9, new QPseudoSpikeSurrogate().derivative(1, 2), 1e-15);
    }

    @Test
    void gaussianGradIsANormalisedBell() {
        GaussianGradSurrogate g = new GaussianGradSurrogate();
        // α N(0; 0, σ²) = 0.5 / (√(2π) 0.5) = 1/√(2π); at x = σ it is e^{−1/2} times that.
        assertEquals(1 / Math.sqrt(2 * Math.PI), g.derivative(0, 0.5), 1e-15);
        assertEquals(Math.exp(-0.5) / Math.sqrt(2 * Math.PI), g.derivative(0.5, 0.5), 1e-15);
        // The area is α (trapezoid rule over ±10σ); BrainPy's σ²-in-the-numerator form would give 8.
        double area = 0;
        double h = 1e-3;
        for (double x = -5; x < 5; x += h) {
            area += 0.5 * h * (g.derivative(x, 0.5) + g.derivative(x + h, 0.5));
        }
        assertEquals(0.5, area, 1e-9);
    }

    @Test
    void multiGaussianMatchesItsFormula() {
        MultiGaussianGradSurrogate g = new MultiGaussianGradSurrogate();
        double s = 0.5;
        double x = 0.3;
        double n0 = Math.exp(-x * x / (2 * s * s)) / (Math.sqrt(2 * Math.PI) * s);
        double w = 6 * s;
        double np = Math.exp(-(x - s) * (x - s) / (2 * w * w)) / (Math.sqrt(2 * Math.PI) * w);
        double nm = Math.exp(-(x + s) * (x + s) / (2 * w * w)) / (Math.sqrt(2 * Math.PI) * w);
        assertEquals(0.5 * (1.15 * n0 - 0.15 * np - 0.15 * nm), g.derivative(x, s), 1e-15);
    }

    @Test
    void settingsOutOfRangeAreNamed() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> new QPseudoSpikeSurrogate().derivative(0, 1.0));
        assertTrue(e.getMessage().contains("q_pseudo_spike.alpha") && e.getMessage().contains("> 1"),
                e.getMessage());
        assertThrows(ParameterException.class, () -> new SquarewaveFourierSeriesSurrogate().derivative(0, 2.5));
        assertThrows(ParameterException.class, () -> new GaussianGradSurrogate(0.0));
        assertThrows(ParameterException.class, () -> new ErfSurrogate().derivative(0, -1));
    }

    @Test
    void everyRowIsAProvider() {
        List<String> names = Providers.names(Surrogate.class);
        for (String n : List.of("sigmoid", "arctan", "piecewise_quadratic", "piecewise_exp", "soft_sign",
                "nonzero_sign_log", "erf", "piecewise_leaky_relu", "squarewave_fourier_series", "s2nn",
                "q_pseudo_spike", "leaky_relu", "log_tailed_relu", "relu_grad", "gaussian_grad",
                "multi_gaussian_grad", "inv_square_grad", "slayer_grad")) {
            assertTrue(names.contains(n), n + " missing from " + names);
        }
        assertEquals(100.0, Providers.require(Surrogate.class, "inv_square_grad").defaultAlpha());
    }
}
