package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.brainj.api.core.BrainjException;
import org.brainj.api.integrate.ButcherTableau;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.OdeSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error control against an independent reference (Hipparchus DormandPrince853 at 1e-13): with absolute and relative
 * tolerance tol, every component ends within 10·tol·max(1, |y|) of the reference, and steps really are rejected.
 */
class EmbeddedRungeKuttaTest {

    static Stream<ButcherTableau> tableaus() {
        return Tableaus.ADAPTIVE.stream();
    }

    /** Lower-order pairs need many more steps for a tolerance; keep their runs short but meaningful. */
    private static double tolerance(ButcherTableau t) {
        return t.order() >= 5 ? 1e-8 : t.order() == 3 ? 1e-7 : 1e-5;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableaus")
    void lorenzMatchesReferenceWithinTenTimesTolerance(ButcherTableau t) {
        double tol = tolerance(t);
        double[] y0 = {1.0, 1.0, 1.0};
        OdeSystem lorenz = new ReferenceSystems.Lorenz();
        EmbeddedRungeKutta s = run(t, lorenz, y0, 1.0, 0.1, tol);
        assertWithin(t.name() + " Lorenz", ReferenceSystems.reference(lorenz, y0, 1.0), lastY, tol);
        assertTrue(s.rejectedSteps() > 0, t.name() + ": no rejected step on Lorenz, error control untested");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableaus")
    void vanDerPolMatchesReferenceWithinTenTimesTolerance(ButcherTableau t) {
        double tol = tolerance(t);
        double[] y0 = {2.0, 0.0};
        OdeSystem vdp = new ReferenceSystems.VanDerPol(5.0);
        // [0, 12] crosses two fast relaxation jumps of the μ = 5 cycle, where the step must collapse.
        EmbeddedRungeKutta s = run(t, vdp, y0, 12.0, 0.5, tol);
        assertWithin(t.name() + " Van der Pol", ReferenceSystems.reference(vdp, y0, 12.0), lastY, tol);
        assertTrue(s.rejectedSteps() > 0, t.name() + ": no rejected step on Van der Pol");
        assertTrue(s.acceptedSteps() > 24, t.name() + ": " + s.acceptedSteps() + " accepted steps");
    }

    private double[] lastY;

    private EmbeddedRungeKutta run(ButcherTableau t, OdeSystem system, double[] y0, double end, double outer,
                                   double tol) {
        EmbeddedRungeKutta s = new EmbeddedRungeKutta(t, system,
                IntegratorOptions.DEFAULTS.withTolerances(tol, tol).withStepBounds(1e-12, 1.0));
        double[] y = y0.clone();
        int n = (int) Math.round(end / outer);
        for (int i = 0; i < n; i++) {
            s.step(i, i * outer, outer, y);
        }
        lastY = y;
        return s;
    }

    private static void assertWithin(String what, double[] expected, double[] actual, double tol) {
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / (tol * Math.max(1.0, Math.abs(expected[i]))));
        }
        assertTrue(worst <= 10.0, what + ": error is " + worst + " x the tolerance " + tol);
    }

    @Test
    void dormandPrinceCostsSixEvaluationsPerAcceptedStep() {
        EmbeddedRungeKutta s = new EmbeddedRungeKutta(Tableaus.RKDP, new TestSystems.Decay(2),
                IntegratorOptions.DEFAULTS.withTolerances(1e-9, 1e-9));
        double[] y = {1.0, 2.0};
        for (int i = 0; i < 10; i++) {
            s.step(i, i * 0.5, 0.5, y);
        }
        assertEquals(Math.exp(-5.0), y[0], 1e-8);
        long attempts = s.acceptedSteps() + s.rejectedSteps();
        // One initial first stage, then six new slopes per attempt (first same as last).
        assertEquals(1 + 6 * attempts, s.evaluations());
    }

    @Test
    void attemptRejectsTooLargeStepsAndLeavesStateUntouched() {
        EmbeddedRungeKutta s = new EmbeddedRungeKutta(Tableaus.RKF45, new TestSystems.Decay(1),
                IntegratorOptions.DEFAULTS.withTolerances(1e-10, 1e-10));
        double[] y = {1.0};
        double r = s.attempt(0.0, 2.0, y);
        assertTrue(r < 0 && -r < 2.0, "a 2 ms step of y' = -y at 1e-10 must be rejected, got " + r);
        assertEquals(1.0, y[0], 0.0);
        double h = -r;
        double t = 0;
        while (true) {
            double next = s.attempt(t, h, y);
            if (next > 0) {
                t += h;
                assertTrue(next >= h, "after an accepted small step the controller grows it");
                break;
            }
            h = -next;
        }
        assertEquals(Math.exp(-t), y[0], 1e-9);
        assertEquals(t, s.lastStepEnd(), 0.0);
    }

    @Test
    void stepCoversTheWholeIntervalExactly() {
        EmbeddedRungeKutta s = new EmbeddedRungeKutta(Tableaus.BS, new TestSystems.NonlinearDecay(),
                IntegratorOptions.DEFAULTS.withTolerances(1e-9, 1e-9));
        double[] y = {1.0};
        s.step(0, 0.0, 3.0, y);
        assertEquals(3.0, s.lastStepEnd(), 0.0);
        assertTrue(s.acceptedSteps() > 5);
        assertEquals(0.1, y[0], 1e-7);
    }

    @Test
    void maxStepBoundsEveryStep() {
        EmbeddedRungeKutta s = new EmbeddedRungeKutta(Tableaus.RKDP, new TestSystems.Decay(1),
                IntegratorOptions.DEFAULTS.withTolerances(1e-3, 1e-3).withStepBounds(1e-9, 0.25));
        double[] y = {1.0};
        s.step(0, 0.0, 10.0, y);
        assertTrue(s.acceptedSteps() >= 40, "steps: " + s.acceptedSteps());
    }

    @Test
    void stepBelowMinStepThrowsNamingTimeStepAndTolerance() {
        // y' = y² blows up at t = 1: the step must collapse below any minimum there.
        OdeSystem blowUp = new OdeSystem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void derivatives(double t, double[] y, double[] dydt) {
                dydt[0] = y[0] * y[0];
            }
        };
        EmbeddedRungeKutta s = new EmbeddedRungeKutta(Tableaus.RKDP, blowUp,
                IntegratorOptions.DEFAULTS.withTolerances(1e-8, 1e-8).withStepBounds(1e-6, 1.0));
        double[] y = {1.0};
        BrainjException e = assertThrows(BrainjException.class, () -> s.step(0, 0.0, 2.0, y));
        String m = e.getMessage();
        assertTrue(m.contains("t = 0.99") && m.contains("minStep 1.0E-6 ms") && m.contains("absTolerance = 1.0E-8")
                && m.contains("relTolerance = 1.0E-8"), m);
    }

    @Test
    void interpolationIsExactAtStepEndsAndThirdOrderInside() {
        EmbeddedRungeKutta s = new EmbeddedRungeKutta(Tableaus.CK, new TestSystems.Rotation(),
                IntegratorOptions.DEFAULTS.withTolerances(1e-6, 1e-6));
        double[] y = {1.0, 0.0};
        double r = 0.2;
        double t = 0;
        while ((r = s.attempt(t, Math.abs(r), y)) < 0) {
            // retry until accepted
        }
        double t0 = s.lastStepStart();
        double t1 = s.lastStepEnd();
        double[] out = new double[2];
        s.interpolate(t1, out);
        assertArrayEquals(y, out, 0.0);
        s.interpolate(t0, out);
        assertArrayEquals(new double[] {1.0, 0.0}, out, 0.0);
        double mid = 0.5 * (t0 + t1);
        s.interpolate(mid, out);
        double h = t1 - t0;
        // Cubic Hermite error at mid-step: h^4/384 times max|y''''| (= 1 here), plus the step's own error.
        double bound = h * h * h * h / 384.0 + 1e-5;
        assertEquals(Math.cos(mid), out[0], bound);
        assertEquals(-Math.sin(mid), out[1], bound);
        assertThrows(IllegalArgumentException.class, () -> s.interpolate(t1 + 0.1, out));
        assertThrows(IllegalArgumentException.class, () -> s.interpolate(t0, new double[3]));
    }

    @Test
    void interpolateBeforeAnyStepIsRefused() {
        EmbeddedRungeKutta s = new EmbeddedRungeKutta(Tableaus.RKDP, new TestSystems.Decay(1),
                IntegratorOptions.DEFAULTS);
        assertThrows(IllegalStateException.class, () -> s.interpolate(0.0, new double[1]));
    }

    @Test
    void callerChangingTheStateBetweenStepsIsSeen() {
        // First same as last must not reuse the old slope after a reset of y (a spike).
        EmbeddedRungeKutta s = new EmbeddedRungeKutta(Tableaus.RKDP, new TestSystems.Decay(1),
                IntegratorOptions.DEFAULTS.withTolerances(1e-10, 1e-10));
        double[] y = {1.0};
        s.step(0, 0.0, 1.0, y);
        y[0] = 5.0;
        s.step(1, 1.0, 1.0, y);
        assertEquals(5.0 * Math.exp(-1.0), y[0], 1e-8);
    }

    @Test
    void badArgumentsAreRefusedNamingTheParameter() {
        EmbeddedRungeKutta s = new EmbeddedRungeKutta(Tableaus.RKDP, new TestSystems.Rotation(),
                IntegratorOptions.DEFAULTS);
        IllegalArgumentException len = assertThrows(IllegalArgumentException.class,
                () -> s.step(0, 0.0, 0.1, new double[3]));
        assertTrue(len.getMessage().contains("state length = 3") && len.getMessage().contains("2"), len.getMessage());
        for (double dt : new double[] {0.0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.step(0, 0.0, dt, new double[2]));
            assertTrue(e.getMessage().contains("dt = " + dt), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> s.attempt(0.0, dt, new double[2]));
        }
        assertThrows(IllegalArgumentException.class,
                () -> new EmbeddedRungeKutta(Tableaus.RK4, new TestSystems.Rotation(), IntegratorOptions.DEFAULTS));
    }
}
