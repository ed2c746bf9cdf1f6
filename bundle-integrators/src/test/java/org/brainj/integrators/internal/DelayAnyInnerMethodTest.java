package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.brainj.api.integrate.DelayInterpolation;
import org.brainj.api.integrate.DelayedOdeSystem;
import org.brainj.api.integrate.DelayedSdeSystem;
import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.integrate.NoiseForm;
import org.brainj.api.integrate.SdeCalculus;
import org.brainj.api.integrate.Stepper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code dde:<method>}: delay equations by any registered ODE or SDE method, over the same ring buffer. */
class DelayAnyInnerMethodTest {

    private final DelayIntegrators provider = new DelayIntegrators();

    /** x_i' = −x_i(t − τ), dx_i = ... + σ x_i dW_i (diagonal, multiplicative), in the calculus given. */
    static final class NoisyDecay extends DelayIntegratorsTest.DelayedDecay implements DelayedSdeSystem {
        private final double sigma;
        private final SdeCalculus calculus;

        NoisyDecay(int n, double tau, double sigma, SdeCalculus calculus) {
            super(n, tau);
            this.sigma = sigma;
            this.calculus = calculus;
        }

        @Override
        public NoiseForm noiseForm() {
            return NoiseForm.DIAGONAL;
        }

        @Override
        public int wienerDimension() {
            return dimension();
        }

        @Override
        public SdeCalculus calculus() {
            return calculus;
        }

        @Override
        public void diffusion(double t, double[] y, double[] g) {
            for (int i = 0; i < y.length; i++) {
                g[i] = sigma * y[i];
            }
        }
    }

    private static double[] run(Stepper s, int n, double dt, int steps) {
        double[] y = new double[n];
        Arrays.fill(y, 1.0);
        for (int k = 0; k < steps; k++) {
            s.step(k, k * dt, dt, y);
        }
        return y;
    }

    /** Max error against the method-of-steps solution on [0, 3] of x' = −x(t − 1), x = 1 for t ≤ 0. */
    private static double maxError(Stepper s, int perUnit) {
        double dt = 1.0 / perUnit;
        double[] y = {1.0};
        double worst = 0.0;
        for (int k = 0; k < 3 * perUnit; k++) {
            s.step(k, k * dt, dt, y);
            worst = Math.max(worst, Math.abs(y[0] - DelayIntegratorsTest.exact((k + 1) * dt)));
        }
        return worst;
    }

    private double order(String method, IntegratorOptions o) {
        int[] perUnit = {10, 20, 40, 80};
        double[] e = new double[perUnit.length];
        for (int l = 0; l < perUnit.length; l++) {
            e[l] = maxError(provider.create(method, new DelayIntegratorsTest.DelayedDecay(1, 1.0), o), perUnit[l]);
        }
        double p = Math.log(e[0] / e[3]) / Math.log(8.0);
        System.out.printf("delay %s %s: max error on [0,3] %.3e %.3e %.3e %.3e, order %.3f%n", method,
                o.interpolation(), e[0], e[1], e[2], e[3], p);
        return p;
    }

    @ParameterizedTest
    @EnumSource(value = DelayInterpolation.class, names = {"LINEAR", "HERMITE"})
    void expAutoConvergesAtFirstOrderAndIsEulerForAStateIndependentRightHandSide(DelayInterpolation how) {
        IntegratorOptions o = IntegratorOptions.DEFAULTS.withInterpolation(how);
        assertEquals(1.0, order("dde:exp_auto", o), 0.3);
        // x' = −x(t − 1) does not depend on x(t): the diagonal Jacobian is 0 and φ1(0) = 1, so exponential Euler is
        // forward Euler.
        double[] exp = run(provider.create("dde:exp_auto", new DelayIntegratorsTest.DelayedDecay(2, 1.0), o), 2,
                0.05, 60);
        double[] euler = run(provider.create("dde_euler", new DelayIntegratorsTest.DelayedDecay(2, 1.0), o), 2,
                0.05, 60);
        assertArrayEquals(euler, exp, 1e-12);
    }

    @Test
    void adaptiveInnerMethodMeetsATightTolerance() {
        IntegratorOptions o = IntegratorOptions.DEFAULTS.withInterpolation(DelayInterpolation.HERMITE)
                .withTolerances(1e-11, 1e-11);
        double error = maxError(provider.create("dde:rkdp", new DelayIntegratorsTest.DelayedDecay(1, 1.0), o), 10);
        double rk4 = maxError(provider.create("dde_rk4", new DelayIntegratorsTest.DelayedDecay(1, 1.0), o), 10);
        System.out.printf("delay dde:rkdp HERMITE tol 1e-11, dt 0.1: max error %.3e (dde_rk4: %.3e)%n", error, rk4);
        assertTrue(error <= 1e-9, "dde:rkdp error " + error);
        // LINEAR reads cap it at the interpolation's second order whatever the tolerance.
        assertEquals(2.0, order("dde:rkdp", IntegratorOptions.DEFAULTS.withTolerances(1e-11, 1e-11)), 0.3);
        // Also reachable through the platform's lookup by name.
        Stepper s = Integrators.create("dde:rkdp", new DelayIntegratorsTest.DelayedDecay(1, 1.0), o);
        assertEquals(error, maxError(s, 10), 0.0);
    }

    /** x' = −a x(t) + b x(t − 1), x = 1 for t ≤ 0: state-dependent, so no fixed-step method is exact. */
    static final class DampedDelay implements DelayedOdeSystem {
        static final double A = 2.0;
        static final double B = 1.0;

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double maxDelay() {
            return 1.0;
        }

        @Override
        public void history(double t, double[] out) {
            out[0] = 1.0;
        }

        @Override
        public void derivatives(double t, double[] y, org.brainj.api.integrate.PastValues past, double[] dydt) {
            dydt[0] = -A * y[0] + B * past.at(0, t - 1.0);
        }

        @Override
        public boolean diagonalJacobian(double t, double[] y, org.brainj.api.integrate.PastValues past,
                                        double[] diag) {
            diag[0] = -A;
            return true;
        }

        /** Method of steps on [0, 2]: x = c + d e^(−at) on [0, 1], then a resonant forcing on [1, 2]. */
        static double exact(double t) {
            double c = B / A;
            double d = 1.0 - c;
            if (t <= 1.0) {
                return c + d * Math.exp(-A * t);
            }
            double x1 = c + d * Math.exp(-A);
            double s = t - 1.0;
            return B * c / A + B * d * s * Math.exp(-A * s) + (x1 - B * c / A) * Math.exp(-A * s);
        }
    }

    private static double dampedError(Stepper s, double dt, double end) {
        double[] y = {1.0};
        double worst = 0.0;
        int steps = (int) Math.round(end / dt);
        for (int k = 0; k < steps; k++) {
            s.step(k, k * dt, dt, y);
            worst = Math.max(worst, Math.abs(y[0] - DampedDelay.exact((k + 1) * dt)));
        }
        return worst;
    }

    @Test
    void adaptiveInnerMethodControlsItsErrorWithinEachGridStep() {
        IntegratorOptions o = IntegratorOptions.DEFAULTS.withInterpolation(DelayInterpolation.HERMITE)
                .withTolerances(1e-11, 1e-11);
        // On [0, 1] only the history is read: the inner method's own accuracy, at a grid step of 0.25 ms.
        double rkdp = dampedError(provider.create("dde:rkdp", new DampedDelay(), o), 0.25, 1.0);
        double rk4 = dampedError(provider.create("dde_rk4", new DampedDelay(), o), 0.25, 1.0);
        // On [0, 2] the past is read between grid points, through the Hermite cubic (O(dt^4)).
        double rkdp2 = dampedError(provider.create("dde:rkdp", new DampedDelay(), o), 0.05, 2.0);
        double rk42 = dampedError(provider.create("dde_rk4", new DampedDelay(), o), 0.05, 2.0);
        System.out.printf("delay x' = -2x + x(t-1): [0,1] dt 0.25 dde:rkdp %.3e dde_rk4 %.3e; [0,2] dt 0.05 "
                + "dde:rkdp %.3e dde_rk4 %.3e%n", rkdp, rk4, rkdp2, rk42);
        assertTrue(rkdp <= 1e-9, "dde:rkdp on [0,1]: " + rkdp);
        assertTrue(rk4 > 1e-5, "dde_rk4 on [0,1]: " + rk4);
        assertTrue(rkdp2 <= 1e-7 && rkdp2 < rk42, "dde:rkdp on [0,2]: " + rkdp2 + ", dde_rk4 " + rk42);
    }

    @Test
    void expAutoUsesTheSystemsDiagonalAndIsExactWhileOnlyTheHistoryIsRead() {
        // On [0, 1], x' = −2x + 1: linear with constant forcing, which exponential Euler integrates exactly.
        Stepper s = provider.create("dde:exp_auto", new DampedDelay(), IntegratorOptions.DEFAULTS);
        double error = dampedError(s, 0.25, 1.0);
        assertTrue(error <= 1e-14, "dde:exp_auto on [0,1]: " + error);
        assertEquals(0L, ((ExponentialEuler) ((DelayedStepper) s).inner()).differenceSteps());
        double later = dampedError(provider.create("dde:exp_auto", new DampedDelay(),
                IntegratorOptions.DEFAULTS.withInterpolation(DelayInterpolation.HERMITE)), 0.01, 2.0);
        assertTrue(later <= 1e-3, "dde:exp_auto on [0,2]: " + later);
    }

    @Test
    void genericStepsAllocateNothing() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        org.junit.jupiter.api.Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);
        int n = 200;
        double dt = 1e-3;
        IntegratorOptions o = IntegratorOptions.DEFAULTS.withInterpolation(DelayInterpolation.HERMITE);
        Stepper[] steppers = {
            provider.create("dde:rkdp", new DelayIntegratorsTest.DelayedDecay(n, 0.01), o),
            provider.create("dde:milstein", new NoisyDecay(n, 0.01, 0.1, SdeCalculus.ITO), o),
            provider.create("dde:srk1w1", new NoisyDecay(n, 0.01, 0.1, SdeCalculus.ITO), o),
        };
        for (Stepper s : steppers) {
            double[] y = new double[n];
            Arrays.fill(y, 1.0);
            for (int k = 0; k < 200; k++) {               // warm-up, including the ring allocation of the first step
                s.step(k, k * dt, dt, y);
            }
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int k = 200; k < 1200; k++) {
                s.step(k, k * dt, dt, y);
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(allocated < 1024, s + ": 1000 steps allocated " + allocated + " bytes");
            assertTrue(Double.isFinite(y[n - 1]) && y[n - 1] != 1.0, s.toString());
        }
    }

    @Test
    void rk4ThroughTheGenericFormIsDdeRk4BitForBit() {
        for (DelayInterpolation how : DelayInterpolation.values()) {
            IntegratorOptions o = IntegratorOptions.DEFAULTS.withInterpolation(how);
            for (double tau : new double[] {1.0, 0.73, 0.05}) {
                double[] named = run(provider.create("dde_rk4", new DelayIntegratorsTest.DelayedDecay(3, tau), o), 3,
                        0.1, 40);
                double[] generic = run(provider.create("dde:rk4", new DelayIntegratorsTest.DelayedDecay(3, tau), o),
                        3, 0.1, 40);
                assertArrayEquals(named, generic, 0.0, how + " tau " + tau);
            }
        }
    }

    @Test
    void stochasticInnerMethodsRunAndWithoutNoiseMatchTheirDeterministicCounterparts() {
        IntegratorOptions o = IntegratorOptions.DEFAULTS.withSeed(11).withInterpolation(DelayInterpolation.HERMITE);
        double dt = 1.0 / 32.0;
        // Milstein without noise is forward Euler.
        double[] milstein0 = run(provider.create("dde:milstein", new NoisyDecay(3, 1.0, 0.0, SdeCalculus.ITO), o), 3,
                dt, 96);
        double[] euler = run(provider.create("dde_euler", new DelayIntegratorsTest.DelayedDecay(3, 1.0), o), 3, dt,
                96);
        assertArrayEquals(euler, milstein0, 1e-15);
        // Stochastic Heun (Stratonovich) without noise is Heun's method.
        double[] heun0 = run(provider.create("dde:heun", new NoisyDecay(3, 1.0, 0.0, SdeCalculus.STRATONOVICH), o),
                3, dt, 96);
        double[] heun2 = run(provider.create("dde_heun2", new DelayIntegratorsTest.DelayedDecay(3, 1.0), o), 3, dt,
                96);
        assertArrayEquals(heun2, heun0, 1e-14);
        for (double v : heun0) {
            assertEquals(DelayIntegratorsTest.exact(3.0), v, 1e-3);
        }

        // With noise: finite, noisy, reproducible by seed, different paths per component.
        for (String m : new String[] {"dde:milstein", "dde:heun"}) {
            SdeCalculus c = m.equals("dde:heun") ? SdeCalculus.STRATONOVICH : SdeCalculus.ITO;
            double[] a = run(provider.create(m, new NoisyDecay(3, 1.0, 0.3, c), o), 3, dt, 96);
            double[] b = run(provider.create(m, new NoisyDecay(3, 1.0, 0.3, c), o), 3, dt, 96);
            double[] other = run(provider.create(m, new NoisyDecay(3, 1.0, 0.3, c), o.withSeed(12)), 3, dt, 96);
            assertArrayEquals(a, b, 0.0, m);
            assertFalse(Arrays.equals(a, other), m);
            assertFalse(a[0] == a[1], m);
            for (double v : a) {
                assertTrue(Double.isFinite(v) && Math.abs(v - DelayIntegratorsTest.exact(3.0)) > 1e-9, m + " " + v);
            }
        }
        // The inner method still checks the calculus it is handed.
        IllegalArgumentException ito = assertThrows(IllegalArgumentException.class,
                () -> provider.create("dde:heun", new NoisyDecay(1, 1.0, 0.3, SdeCalculus.ITO), o));
        assertTrue(ito.getMessage().contains("ITO") && ito.getMessage().contains("STRATONOVICH"), ito.getMessage());
    }

    @Test
    void eulerOnANoisySystemIsDdeEulerMaruyamaBitForBit() {
        IntegratorOptions o = IntegratorOptions.DEFAULTS.withSeed(5);
        double[] generic = run(provider.create("dde:euler", new NoisyDecay(2, 1.0, 0.2, SdeCalculus.ITO), o), 2,
                0.05, 60);
        double[] named = run(provider.create("dde_euler_maruyama", new NoisyDecay(2, 1.0, 0.2, SdeCalculus.ITO), o),
                2, 0.05, 60);
        assertArrayEquals(named, generic, 0.0);
    }

    @Test
    void everyMethodOfTheBundleIsOfferedInTheGenericForm() {
        for (MethodFamily f : new MethodFamily[] {new RungeKuttaIntegrators(), new AdaptiveRungeKuttaIntegrators(),
                new ExponentialIntegrators(), new SdeIntegrators()}) {
            for (MethodDescriptor m : f.methods()) {
                String name = "dde:" + m.name();
                assertTrue(provider.offers(name, EquationKind.DDE), name + " not offered");
                assertFalse(provider.offers(name, EquationKind.ODE), name + " offered for ODEs");
                assertEquals("delay", Integrators.providerOf(name, EquationKind.DDE).name());
            }
        }
        // listed methods are the ones whose order is measured here; composed names are offered, not listed
        assertTrue(provider.methods().stream().noneMatch(m -> m.name().startsWith("dde:")));
        assertFalse(provider.offers("dde:", EquationKind.DDE));
        assertTrue(provider.description().contains("dde:<method>"), provider.description());
    }

    @Test
    void integratorsCommandShowsTheGenericForm() {
        org.brainj.api.command.testing.RecordingInvocation inv =
                org.brainj.api.command.testing.RecordingInvocation.of(java.util.Map.of("--kind", "DDE"));
        assertEquals(org.brainj.api.command.Command.OK, new IntegratorsCommand().execute(inv));
        String listing = inv.outText();
        assertTrue(listing.contains("dde:<method>") && listing.contains("dde:exp_auto")
                && listing.contains("dde:rkdp") && listing.contains("dde:milstein") && listing.contains("dde_rk4"),
                listing);
        assertTrue(listing.contains("dde_euler_maruyama"), listing);
        assertTrue(new IntegratorsCommand().spec().description().contains("dde:<method>"));
    }

    @Test
    void badNamesListTheForm() {
        DelayedOdeSystem plain = new DelayIntegratorsTest.DelayedDecay(1, 1.0);
        IllegalArgumentException unknownInner = assertThrows(IllegalArgumentException.class,
                () -> provider.create("dde:nope", plain, IntegratorOptions.DEFAULTS));
        String m = unknownInner.getMessage();
        assertTrue(m.contains("'nope'") && m.contains("dde:<method>") && m.contains("ODE") && m.contains("rkdp")
                && m.contains("exp_auto"), m);
        IllegalArgumentException odeOnNoise = assertThrows(IllegalArgumentException.class,
                () -> provider.create("dde:rk4", new NoisyDecay(1, 1.0, 0.1, SdeCalculus.ITO),
                        IntegratorOptions.DEFAULTS));
        m = odeOnNoise.getMessage();
        assertTrue(m.contains("'rk4'") && m.contains("SDE") && m.contains("milstein"), m);
        for (String bad : new String[] {"dde_nope", "dde:", "rk4"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> provider.create(bad, plain, IntegratorOptions.DEFAULTS));
            assertTrue(e.getMessage().contains("'" + bad + "'") && e.getMessage().contains("dde:<method>")
                    && e.getMessage().contains("dde_rk4"), e.getMessage());
        }
        IllegalArgumentException noisy = assertThrows(IllegalArgumentException.class,
                () -> provider.create("dde_rk4", new NoisyDecay(1, 1.0, 0.1, SdeCalculus.ITO),
                        IntegratorOptions.DEFAULTS));
        assertTrue(noisy.getMessage().contains("dde:milstein"), noisy.getMessage());
    }
}
