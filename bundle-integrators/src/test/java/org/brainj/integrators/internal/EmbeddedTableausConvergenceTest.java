package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.brainj.api.integrate.ButcherTableau;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.integrate.Stepper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The embedded pairs as data: in fixed-step mode both the propagating weights b and the embedded weights b̂ converge
 * at their declared orders (fitted order log2(e(h)/e(h/2)) within ±0.3).
 *
 * <p>Step counts are chosen per case so the errors are in the asymptotic regime and above round-off: the fifth-order
 * weights on the nonlinear problem pass through an error cancellation near 20 steps (rkf45), so they are fitted on 80
 * and 160 steps; the first-order propagating formula of rkf12 has a leading error constant of only 1/512 (Σ b c = 255/512,
 * nearly 1/2) by Fehlberg's design, so its second-order term dominates until h ≈ 1e-3 and it is fitted on 64 times
 * more steps than the others. The embedded rows are fitted on rotation at 10 and 20 steps, except rkf12's, which is
 * third order on linear problems and is fitted on the nonlinear problem at 40 and 80.
 */
class EmbeddedTableausConvergenceTest {

    private static final double END = 2.0;

    static Stream<ButcherTableau> tableaus() {
        return Tableaus.ADAPTIVE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableaus")
    void propagatingWeightsConvergeAtDeclaredOrder(ButcherTableau t) {
        int scale = t.name().equals("rkf12") ? 64 : 1;
        int nonlinear = (t.order() >= 5 ? 80 : 40) * scale;
        assertOrder(t.name() + " b, y' = -2ty^2", t.order(), nonlinearError(t, nonlinear),
                nonlinearError(t, 2 * nonlinear));
        assertOrder(t.name() + " b, rotation", t.order(), rotationError(t, 10 * scale),
                rotationError(t, 20 * scale));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableaus")
    void embeddedWeightsConvergeAtDeclaredOrder(ButcherTableau t) {
        ButcherTableau low = ButcherTableau.explicit(t.name() + "-embedded", t.embeddedOrder(), t.c(), t.a(),
                t.bHat());
        if (t.name().equals("rkf12")) {
            // Its error row is third order on linear problems by construction (Tableaus.RKF12): fit it where its
            // second-order term shows, on the nonlinear problem, at the same step counts as the propagating rows.
            assertOrder(low.name() + ", y' = -2ty^2", t.embeddedOrder(), nonlinearError(low, 40),
                    nonlinearError(low, 80));
        } else {
            assertOrder(low.name() + ", rotation", t.embeddedOrder(), rotationError(low, 10), rotationError(low, 20));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableaus")
    void tableauIsConsistent(ButcherTableau t) {
        double sb = 0;
        double sbHat = 0;
        double[] b = t.b();
        double[] bHat = t.bHat();
        double[][] a = t.a();
        double[] c = t.c();
        for (int i = 0; i < t.stages(); i++) {
            sb += b[i];
            sbHat += bHat[i];
            double row = 0;
            for (double x : a[i]) {
                row += x;
            }
            assertEquals(c[i], row, 1e-15, t.name() + " row sum " + i);
        }
        assertEquals(1.0, sb, 1e-15, t.name());
        assertEquals(1.0, sbHat, 1e-15, t.name());
        assertTrue(t.embedded());
    }

    @Test
    void firstSameAsLastIsDetectedForDormandPrinceBogackiShampineAndFehlberg12Only() {
        for (ButcherTableau t : Tableaus.ADAPTIVE) {
            EmbeddedRungeKutta s = new EmbeddedRungeKutta(t, new TestSystems.Decay(1), IntegratorOptions.DEFAULTS);
            boolean expected = t.name().equals("rkdp") || t.name().equals("bs") || t.name().equals("rkf12");
            assertEquals(expected, s.firstSameAsLast(), t.name());
        }
        assertFalse(new EmbeddedRungeKutta(Tableaus.CK, new TestSystems.Decay(1), IntegratorOptions.DEFAULTS)
                .firstSameAsLast());
    }

    private static void assertOrder(String what, int declared, double coarse, double fine) {
        double observed = Math.log(coarse / fine) / Math.log(2.0);
        assertTrue(fine > 1e-14, what + ": error " + fine + " is at round-off, the fit would be meaningless");
        assertEquals(declared, observed, 0.3, what + ": errors " + coarse + " -> " + fine);
    }

    private static double nonlinearError(ButcherTableau t, int steps) {
        double[] y = {1.0};
        run(t, new TestSystems.NonlinearDecay(), y, steps);
        return Math.abs(y[0] - 1.0 / (1.0 + END * END));
    }

    private static double rotationError(ButcherTableau t, int steps) {
        double[] y = {1.0, 0.0};
        run(t, new TestSystems.Rotation(), y, steps);
        return Math.hypot(y[0] - Math.cos(END), y[1] + Math.sin(END));
    }

    private static void run(ButcherTableau t, OdeSystem system, double[] y, int steps) {
        // ExplicitRungeKutta reads only c, a and b: exactly the fixed-step mode of the propagating weights.
        Stepper s = new ExplicitRungeKutta(t, system);
        double h = END / steps;
        for (int i = 0; i < steps; i++) {
            s.step(i, i * h, h, y);
        }
    }
}
