package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.api.core.ParameterException;
import org.brainj.api.integrate.FractionalOdeSystem;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Stepper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Caputo schemes on D<sup>α</sup>x = −x, x(0) = 1, whose solution is the Mittag-Leffler function E<sub>α</sub>(−t<sup>α</sup>). */
class FractionalIntegratorsTest {

    private final FractionalIntegrators provider = new FractionalIntegrators();

    /** D^α x = −x on every component, with per-component orders. */
    static final class Relaxation implements FractionalOdeSystem {
        private final double[] orders;

        Relaxation(double... orders) {
            this.orders = orders;
        }

        @Override
        public int dimension() {
            return orders.length;
        }

        @Override
        public double[] orders() {
            return orders.clone();
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            for (int i = 0; i < y.length; i++) {
                dydt[i] = -y[i];
            }
        }
    }

    /**
     * E<sub>α</sub>(z) = Σ z<sup>k</sup>/Γ(αk + 1), summed in log space (terms up to k = 400) so no factorial overflows;
     * for |z| ≤ 2 the largest term is below 10, so the alternating sum keeps ~1e-14 absolute accuracy.
     */
    static double mittagLeffler(double alpha, double z) {
        double sum = 1.0;
        double logAbs = Math.log(Math.abs(z));
        for (int k = 1; k <= 400; k++) {
            double term = Math.exp(k * logAbs - GammaFunction.logGamma(alpha * k + 1.0));
            sum += (z < 0 && (k & 1) == 1) ? -term : term;
            if (term < 1e-18 && k > 10) {
                break;
            }
        }
        return sum;
    }

    @Test
    void mittagLefflerSeriesAndGammaAreRight() {
        assertEquals(Math.sqrt(Math.PI), GammaFunction.gamma(0.5), 1e-14);
        assertEquals(24.0, GammaFunction.gamma(5.0), 1e-12);
        assertEquals(0.5 * Math.sqrt(Math.PI), GammaFunction.gamma(1.5), 1e-14);
        assertEquals(1.0 / 0.886226925452758, 1.0 / GammaFunction.gamma(1.5), 1e-12);
        for (double t = 0.25; t <= 2.0; t += 0.25) {
            assertEquals(Math.exp(-t), mittagLeffler(1.0, -t), 1e-14, "E_1(-t) = e^-t at t=" + t);
        }
        // E_{1/2}(-1) = e·erfc(1) = 0.42758357615580700...
        assertEquals(0.427583576155807, mittagLeffler(0.5, -1.0), 1e-13);
    }

    @ParameterizedTest(name = "{0} alpha={1}")
    @CsvSource({
        "l1,              0.5, 0.6, 0.02",
        "l1,              0.8, 0.8, 0.01",
        "l1,              1.0, 0.8, 0.01",
        "caputo_euler,    0.5, 0.6, 0.02",
        "caputo_euler,    0.8, 0.8, 0.01",
        "caputo_euler,    1.0, 0.8, 0.01",
        "gl_short_memory, 0.5, 0.6, 0.02",
        "gl_short_memory, 0.8, 0.8, 0.01",
        "gl_short_memory, 1.0, 0.8, 0.01",
    })
    void convergesToMittagLeffler(String method, double alpha, double minOrder, double maxError) {
        double tEnd = 2.0;
        int[] steps = {100, 200, 400, 800};
        double[] errors = new double[steps.length];
        for (int l = 0; l < steps.length; l++) {
            int n = steps[l];
            double dt = tEnd / n;
            Stepper s = provider.create(method, new Relaxation(alpha),
                    IntegratorOptions.DEFAULTS.withMemoryLength(n + 1));
            double[] y = {1.0};
            double worst = 0.0;
            for (int k = 0; k < n; k++) {
                s.step(k, k * dt, dt, y);
                double t = (k + 1) * dt;
                if (t >= 0.5) {
                    worst = Math.max(worst, Math.abs(y[0] - mittagLeffler(alpha, -Math.pow(t, alpha))));
                }
            }
            errors[l] = worst;
        }
        double order = Math.log(errors[0] / errors[steps.length - 1]) / Math.log(8.0);
        System.out.printf("fractional %s alpha=%.1f: max error on [0.5, 2] %.3e %.3e %.3e %.3e, order %.3f%n", method,
                alpha, errors[0], errors[1], errors[2], errors[3], order);
        assertTrue(errors[steps.length - 1] < maxError, method + " error " + errors[steps.length - 1]);
        assertTrue(order > minOrder && order < 1.3, method + " alpha " + alpha + " observed order " + order);
    }

    @Test
    void perComponentOrdersMatchSeparateRuns() {
        for (String method : new String[] {"l1", "caputo_euler", "gl_short_memory"}) {
            Stepper mixed = provider.create(method, new Relaxation(0.5, 0.8, 0.5), IntegratorOptions.DEFAULTS);
            Stepper a = provider.create(method, new Relaxation(0.5), IntegratorOptions.DEFAULTS);
            Stepper b = provider.create(method, new Relaxation(0.8), IntegratorOptions.DEFAULTS);
            double[] y = {1.0, 2.0, 3.0};
            double[] ya = {1.0};
            double[] yb = {2.0};
            for (int k = 0; k < 50; k++) {
                mixed.step(k, k * 0.01, 0.01, y);
                a.step(k, k * 0.01, 0.01, ya);
                b.step(k, k * 0.01, 0.01, yb);
            }
            assertEquals(ya[0], y[0], 1e-15, method);
            assertEquals(yb[0], y[1], 1e-15, method);
            assertEquals(3.0 * ya[0], y[2], 1e-14, method);
        }
    }

    @Test
    void shortMemoryTruncatesAndResetRestarts() {
        Stepper full = provider.create("gl_short_memory", new Relaxation(0.7), IntegratorOptions.DEFAULTS);
        Stepper shortMem = provider.create("gl_short_memory", new Relaxation(0.7),
                IntegratorOptions.DEFAULTS.withMemoryLength(20));
        double[] yf = {1.0};
        double[] ys = {1.0};
        for (int k = 0; k < 300; k++) {
            full.step(k, k * 0.01, 0.01, yf);
            shortMem.step(k, k * 0.01, 0.01, ys);
        }
        assertTrue(Math.abs(yf[0] - ys[0]) > 1e-4, "a 20-step memory must differ from a 1000-step one");
        assertTrue(Math.abs(yf[0] - mittagLeffler(0.7, -Math.pow(3.0, 0.7))) < 0.02);

        double[] again = {1.0};
        full.reset();
        for (int k = 0; k < 300; k++) {
            full.step(k, k * 0.01, 0.01, again);
        }
        assertArrayEquals(yf, again, 0.0);
    }

    @Test
    void badOrdersKindAndStepAreNamed() {
        for (double bad : new double[] {0.0, 1.5, -0.2, Double.NaN}) {
            ParameterException e = assertThrows(ParameterException.class,
                    () -> provider.create("l1", new Relaxation(0.5, bad), IntegratorOptions.DEFAULTS));
            assertEquals("alpha[1]", e.parameter());
            assertTrue(e.getMessage().contains("alpha[1]") && e.getMessage().contains("component 1"),
                    e.getMessage());
        }
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> provider.create("l1", new TestSystems.Decay(2), IntegratorOptions.DEFAULTS));
        assertTrue(kind.getMessage().contains("FDE") && kind.getMessage().contains("FractionalOdeSystem"),
                kind.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> provider.create("euler", new Relaxation(0.5), IntegratorOptions.DEFAULTS));
        assertTrue(unknown.getMessage().contains("'euler'") && unknown.getMessage().contains("gl_short_memory"),
                unknown.getMessage());
        Stepper s = provider.create("caputo_euler", new Relaxation(0.5), IntegratorOptions.DEFAULTS);
        double[] y = {1.0};
        s.step(0, 0.0, 0.01, y);
        IllegalArgumentException dt = assertThrows(IllegalArgumentException.class, () -> s.step(1, 0.01, 0.02, y));
        assertTrue(dt.getMessage().contains("dt = 0.02"), dt.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.step(1, 0.01, 0.01, new double[2]));
    }
}
