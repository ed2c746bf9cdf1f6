package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.integrate.Stepper;
import org.junit.jupiter.api.Test;

class ExponentialEulerTest {

    @Test
    void phi1IsAccurateNearZeroAndHasLimitOne() {
        assertEquals(1.0, ExponentialEuler.phi1(0.0), 0.0);
        for (double z : new double[] {1e-300, 1e-12, -1e-8, 1e-4, -0.3, 0.49, -0.4999, 0.5, 2.0, -50.0, -700.0}) {
            // Reference: the series 1 + z/2 + z²/6 + z³/24 + z⁴/120 for tiny z, expm1(z)/z (about 1 ulp) otherwise.
            double expected = Math.abs(z) < 1e-3 ? 1 + z / 2 + z * z / 6 + z * z * z / 24 + z * z * z * z / 120
                    : Math.expm1(z) / z;
            assertEquals(expected, ExponentialEuler.phi1(z), 4 * Math.ulp(expected), "z = " + z);
        }
        // Continuous across the switch from the polynomial to expm1.
        double below = ExponentialEuler.phi1(Math.nextDown(ExponentialEuler.SERIES_LIMIT));
        double above = ExponentialEuler.phi1(ExponentialEuler.SERIES_LIMIT);
        assertEquals(above, below, 4 * Math.ulp(above));
    }

    @Test
    void lifWithConstantInputIsExact() {
        LifSystems.Lif lif = new LifSystems.Lif(4, 10.0, -65.0, 20.0);
        Stepper s = Integrators.create("exp_auto", EquationKind.ODE, lif, IntegratorOptions.DEFAULTS);
        double[] v = {-65.0, -60.0, -45.0, -80.0};
        double[] v0 = v.clone();
        double dt = 0.5;
        for (int i = 0; i < 100; i++) {
            s.step(i, i * dt, dt, v);
        }
        for (int i = 0; i < 4; i++) {
            // Exact but for rounding: 100 steps, each good to a few ulps of 65 mV.
            assertEquals(lif.exact(v0[i], 50.0), v[i], 1e-12, "neuron " + i);
        }
    }

    @Test
    void gatingVariablesAreExactForFixedVoltage() {
        LifSystems.Gates gates = new LifSystems.Gates(5);
        Stepper s = new ExponentialIntegrators().create("exponential_euler", gates, IntegratorOptions.DEFAULTS);
        double[] x = new double[5];
        for (int i = 0; i < 20; i++) {
            s.step(i, i * 1.0, 1.0, x);
        }
        for (int i = 0; i < 5; i++) {
            double rate = gates.alpha[i] + gates.beta[i];
            double inf = gates.alpha[i] / rate;
            assertEquals(inf * (1 - Math.exp(-20.0 * rate)), x[i], 1e-14, "gate " + i);
        }
    }

    @Test
    void firstOrderOnACoupledLinearSystem() {
        // y1' = -y1 + y2, y2' = -2 y2: the off-diagonal coupling is what exponential Euler treats explicitly.
        OdeSystem coupled = new OdeSystem() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void derivatives(double t, double[] y, double[] dydt) {
                dydt[0] = -y[0] + y[1];
                dydt[1] = -2.0 * y[1];
            }

            @Override
            public boolean diagonalJacobian(double t, double[] y, double[] diag) {
                diag[0] = -1.0;
                diag[1] = -2.0;
                return true;
            }
        };
        // From (0, 1): y2 = e^{-2t}, y1 = e^{-t} - e^{-2t}.
        double end = 2.0;
        double coarse = expError(coupled, new double[] {0, 1}, end, 40,
                y -> Math.abs(y[0] - (Math.exp(-end) - Math.exp(-2 * end))));
        double fine = expError(coupled, new double[] {0, 1}, end, 80,
                y -> Math.abs(y[0] - (Math.exp(-end) - Math.exp(-2 * end))));
        assertEquals(1.0, Math.log(coarse / fine) / Math.log(2), 0.3, coarse + " -> " + fine);
    }

    @Test
    void firstOrderOnANonlinearSystemWithDifferencedDiagonal() {
        // y' = -2ty² has no analytic diagonal here: the finite-difference fallback supplies L = -4ty.
        double end = 2.0;
        double coarse = expError(new TestSystems.NonlinearDecay(), new double[] {1}, end, 40,
                y -> Math.abs(y[0] - 1 / (1 + end * end)));
        double fine = expError(new TestSystems.NonlinearDecay(), new double[] {1}, end, 80,
                y -> Math.abs(y[0] - 1 / (1 + end * end)));
        assertEquals(1.0, Math.log(coarse / fine) / Math.log(2), 0.3, coarse + " -> " + fine);
    }

    @Test
    void differencedDiagonalMatchesTheAnalyticOneOnACoupledSystem() {
        // V depends on the gate and the gate on V: moving both at once would measure row sums, not the diagonal.
        double[] analytic = new double[2];
        OdeSystem withDiagonal = coupledNonlinear(true, analytic);
        OdeSystem without = coupledNonlinear(false, null);
        ExponentialEuler a = new ExponentialEuler("exp_auto", withDiagonal);
        ExponentialEuler b = new ExponentialEuler("exp_auto", without);
        double[] ya = {-60.0, 0.3};
        double[] yb = ya.clone();
        for (int i = 0; i < 50; i++) {
            a.step(i, i * 0.1, 0.1, ya);
            b.step(i, i * 0.1, 0.1, yb);
        }
        assertEquals(ya[0], yb[0], 1e-7);
        assertEquals(ya[1], yb[1], 1e-9);
        assertEquals(50, b.differenceSteps());
        assertEquals(0, a.differenceSteps());
    }

    private static OdeSystem coupledNonlinear(boolean analytic, double[] unused) {
        return new OdeSystem() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void derivatives(double t, double[] y, double[] dydt) {
                double v = y[0];
                double m = y[1];
                dydt[0] = (-(v + 65.0) - 10.0 * m * m * (v - 50.0)) / 5.0;
                dydt[1] = 0.1 * (1.0 + Math.tanh(v / 20.0)) * (1.0 - m) - 0.2 * m;
            }

            @Override
            public boolean diagonalJacobian(double t, double[] y, double[] diag) {
                if (!analytic) {
                    return false;
                }
                diag[0] = (-1.0 - 10.0 * y[1] * y[1]) / 5.0;
                diag[1] = -0.1 * (1.0 + Math.tanh(y[0] / 20.0)) - 0.2;
                return true;
            }
        };
    }

    @Test
    void badInputIsRefused() {
        Stepper s = new ExponentialIntegrators().create("exp_auto", new TestSystems.Rotation(),
                IntegratorOptions.DEFAULTS);
        IllegalArgumentException len = assertThrows(IllegalArgumentException.class,
                () -> s.step(0, 0.0, 0.1, new double[3]));
        assertTrue(len.getMessage().contains("state length = 3"), len.getMessage());
        for (double dt : new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.step(0, 0.0, dt, new double[2]));
            assertTrue(e.getMessage().contains("dt = " + dt), e.getMessage());
        }
    }

    private interface Error {
        double of(double[] y);
    }

    private static double expError(OdeSystem system, double[] y0, double end, int steps, Error error) {
        Stepper s = new ExponentialEuler("exp_auto", system);
        double[] y = y0.clone();
        double h = end / steps;
        for (int i = 0; i < steps; i++) {
            s.step(i, i * h, h, y);
        }
        return error.of(y);
    }
}
