package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.brainj.api.integrate.ButcherTableau;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.integrate.Stepper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Observed order of convergence of every method on problems with exact solutions: with global errors e(h) and
 * e(h/2) at a fixed end time, log2(e(h)/e(h/2)) must be within ±0.3 of the declared order. The step counts keep the
 * errors of fourth-order methods above 1e-10, far above round-off (about 1e-14 after 80 steps).
 */
class ExplicitRungeKuttaConvergenceTest {

    /**
     * End time and coarse step count (h = 0.05 and 0.025): short enough runs that fourth-order errors stay near 1e-9,
     * long enough that the minimum-error methods (whose leading error terms are small by design) are already in the
     * asymptotic regime on the nonlinear problem; at h = 0.1 over [0, 1] ralston4 still shows 4.75 there.
     */
    private static final double END = 2.0;
    private static final int COARSE = 40;
    private static final double TOLERANCE = 0.3;

    static Stream<ButcherTableau> tableaus() {
        return Tableaus.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableaus")
    void decayConvergesAtDeclaredOrder(ButcherTableau tableau) {
        double coarse = decayError(tableau, COARSE);
        double fine = decayError(tableau, 2 * COARSE);
        assertOrder(tableau, "y' = -y", coarse, fine);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableaus")
    void rotationConvergesAtDeclaredOrder(ButcherTableau tableau) {
        double coarse = rotationError(tableau, COARSE);
        double fine = rotationError(tableau, 2 * COARSE);
        assertOrder(tableau, "rotation", coarse, fine);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableaus")
    void nonlinearNonAutonomousConvergesAtDeclaredOrder(ButcherTableau tableau) {
        double coarse = nonlinearError(tableau, COARSE);
        double fine = nonlinearError(tableau, 2 * COARSE);
        assertOrder(tableau, "y' = -2ty^2", coarse, fine);
    }

    @Test
    void eulerStepIsExactlyYPlusHF() {
        Stepper s = new ExplicitRungeKutta(Tableaus.EULER, new TestSystems.Rotation());
        double[] y = {0.3, -0.7};
        s.step(0, 0.0, 0.25, y);
        assertEquals(0.3 + 0.25 * -0.7, y[0], 0.0);
        assertEquals(-0.7 - 0.25 * 0.3, y[1], 0.0);
    }

    @Test
    void rk4StepMatchesHandWrittenClassicalFormula() {
        double h = 0.1;
        double t = 0.4;
        double y0 = 0.8;
        // Hand-expanded RK4 for y' = -2 t y^2.
        double k1 = f(t, y0);
        double k2 = f(t + h / 2, y0 + h / 2 * k1);
        double k3 = f(t + h / 2, y0 + h / 2 * k2);
        double k4 = f(t + h, y0 + h * k3);
        double expected = y0 + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        double[] y = {y0};
        new ExplicitRungeKutta(Tableaus.RK4, new TestSystems.NonlinearDecay()).step(0, t, h, y);
        assertEquals(expected, y[0], 1e-15);
    }

    private static double f(double t, double y) {
        return -2.0 * t * y * y;
    }

    private static void assertOrder(ButcherTableau tableau, String problem, double coarse, double fine) {
        assertTrue(fine > 1e-13, () -> tableau.name() + " on " + problem + ": error " + fine
                + " is too close to round-off for an order estimate");
        double observed = Math.log(coarse / fine) / Math.log(2.0);
        assertEquals(tableau.order(), observed, TOLERANCE, () -> tableau.name() + " on " + problem
                + ": observed order " + observed + " (errors " + coarse + ", " + fine + ")");
    }

    private static void integrate(ButcherTableau tableau, OdeSystem system, double[] y, int steps) {
        Stepper stepper = new ExplicitRungeKutta(tableau, system);
        double h = END / steps;
        for (int i = 0; i < steps; i++) {
            stepper.step(i, i * h, h, y);
        }
    }

    private static double decayError(ButcherTableau tableau, int steps) {
        double[] y = {1.0, 2.0};
        integrate(tableau, new TestSystems.Decay(2), y, steps);
        double exact = Math.exp(-END);
        return Math.max(Math.abs(y[0] - exact), Math.abs(y[1] - 2.0 * exact));
    }

    private static double rotationError(ButcherTableau tableau, int steps) {
        double[] y = {1.0, 0.0};
        integrate(tableau, new TestSystems.Rotation(), y, steps);
        return Math.hypot(y[0] - Math.cos(END), y[1] + Math.sin(END));
    }

    private static double nonlinearError(ButcherTableau tableau, int steps) {
        double[] y = {1.0};
        integrate(tableau, new TestSystems.NonlinearDecay(), y, steps);
        return Math.abs(y[0] - 1.0 / (1.0 + END * END));
    }
}
