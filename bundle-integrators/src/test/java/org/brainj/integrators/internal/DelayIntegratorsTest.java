package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

import org.brainj.api.integrate.DelayInterpolation;
import org.brainj.api.integrate.DelayedOdeSystem;
import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.integrate.PastValues;
import org.brainj.api.integrate.Stepper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** x'(t) = −x(t − 1), x = 1 for t ≤ 0, against its method-of-steps solution on [0, 3]. */
class DelayIntegratorsTest {

    private final DelayIntegrators provider = new DelayIntegrators();

    /** x_i' = −x_i(t − τ) on n components, constant history 1. */
    static class DelayedDecay implements DelayedOdeSystem {
        private final int n;
        private final double tau;
        private final double readDelay;

        DelayedDecay(int n, double tau) {
            this(n, tau, tau);
        }

        /** @param readDelay the delay the right-hand side really reads (to provoke out-of-window reads) */
        DelayedDecay(int n, double tau, double readDelay) {
            this.n = n;
            this.tau = tau;
            this.readDelay = readDelay;
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public double maxDelay() {
            return tau;
        }

        @Override
        public void history(double t, double[] out) {
            Arrays.fill(out, 1.0);
        }

        @Override
        public void derivatives(double t, double[] y, PastValues past, double[] dydt) {
            double tp = t - readDelay;
            for (int i = 0; i < n; i++) {
                dydt[i] = -past.at(i, tp);
            }
        }
    }

    /** The method-of-steps solution on [0, 3]. */
    static double exact(double t) {
        if (t <= 1.0) {
            return 1.0 - t;
        }
        double a = t - 1.0;
        if (t <= 2.0) {
            return 1.0 - t + a * a / 2.0;
        }
        double b = t - 2.0;
        return 1.0 - t + a * a / 2.0 - b * b * b / 6.0;
    }

    private static double maxError(Stepper s, int perUnit) {
        double dt = 1.0 / perUnit;
        double[] y = {1.0};
        double worst = 0.0;
        for (int k = 0; k < 3 * perUnit; k++) {
            s.step(k, k * dt, dt, y);
            worst = Math.max(worst, Math.abs(y[0] - exact((k + 1) * dt)));
        }
        return worst;
    }

    @ParameterizedTest(name = "{0} {1} -> order {2}")
    @CsvSource({
        "dde_euler,    LINEAR, 1.0",
        "dde_euler,    ROUND,  1.0",
        "dde_midpoint, LINEAR, 2.0",
        "dde_heun2,    LINEAR, 2.0",
        "dde_ralston2, LINEAR, 2.0",
        "dde_rk3,      LINEAR, 2.0",
        "dde_rk4,      LINEAR, 2.0",
        "dde_rk4_38rule, LINEAR, 2.0",
    })
    void convergesWithTheInnerMethodsOrderCappedByInterpolation(String method, DelayInterpolation how,
                                                                double nominal) {
        int[] perUnit = {10, 20, 40, 80};
        double[] errors = new double[perUnit.length];
        for (int l = 0; l < perUnit.length; l++) {
            errors[l] = maxError(provider.create(method, new DelayedDecay(1, 1.0),
                    IntegratorOptions.DEFAULTS.withInterpolation(how)), perUnit[l]);
        }
        double order = Math.log(errors[0] / errors[perUnit.length - 1]) / Math.log(8.0);
        System.out.printf("delay %s %s: max error on [0,3] %.3e %.3e %.3e %.3e, order %.3f%n", method, how,
                errors[0], errors[1], errors[2], errors[3], order);
        assertEquals(nominal, order, 0.3, method + " " + how + " order " + order + " errors "
                + Arrays.toString(errors));
        MethodDescriptor d = provider.methods().stream().filter(m -> m.name().equals(method)).findFirst()
                .orElseThrow();
        assertEquals(EquationKind.DDE, d.kind());
    }

    /** x' = −x(t) − x(t − 1), x = 1 for t ≤ 0: the same derivative jumps at 0, 1, 2, but not polynomial. */
    static final class DampedDelayedDecay extends DelayedDecay {
        DampedDelayedDecay() {
            super(1, 1.0);
        }

        @Override
        public void derivatives(double t, double[] y, PastValues past, double[] dydt) {
            dydt[0] = -y[0] - past.at(0, t - 1.0);
        }

        /** Method of steps on u = x·e^t, u' = −e^t·x(t − 1), interval by interval. */
        static double exact(double t) {
            double e = Math.E;
            if (t <= 1.0) {
                return 2.0 * Math.exp(-t) - 1.0;
            }
            if (t <= 2.0) {
                return Math.exp(-t) * (2.0 - 2.0 * e - 2.0 * e * (t - 1.0) + Math.exp(t));
            }
            double s = t - 2.0;
            double u = 2.0 - 4.0 * e + e * e - e * (2.0 - 2.0 * e) * s + e * e * s * s - (Math.exp(t) - e * e);
            return Math.exp(-t) * u;
        }
    }

    private static double dampedMaxError(Stepper s, int perUnit) {
        double dt = 1.0 / perUnit;
        double[] y = {1.0};
        double worst = 0.0;
        for (int k = 0; k < 3 * perUnit; k++) {
            s.step(k, k * dt, dt, y);
            worst = Math.max(worst, Math.abs(y[0] - DampedDelayedDecay.exact((k + 1) * dt)));
        }
        return worst;
    }

    /**
     * HERMITE reads keep the inner method's order up to 4: dt = 2^-k divides the delay exactly, so the derivative
     * jumps of the solution at t = 0, 1, 2 are grid points and every cubic lies where the solution is smooth. The
     * fitted order over dt = 1/8 .. 1/64 must be within ±0.3 of the order each descriptor declares.
     *
     * <p>On x' = −x(t − 1) itself the solution is a polynomial of degree ≤ 3 on each unit interval, which the cubic
     * reproduces and every method whose quadrature is exact for cubics (order ≥ 3, and ralston2/rk2, whose nodes
     * 0, 2/3 integrate quadratics exactly) solves to round-off: there the test asserts that instead. The order is
     * fitted on x' = −x(t) − x(t − 1), whose method-of-steps solution mixes exponentials with the same jumps.
     */
    @ParameterizedTest(name = "{0} HERMITE -> order {1}")
    @CsvSource({
        "dde_euler,      1.0",
        "dde_midpoint,   2.0",
        "dde_heun2,      2.0",
        "dde_ralston2,   2.0",
        "dde_rk2,        2.0",
        "dde_rk3,        3.0",
        "dde_heun3,      3.0",
        "dde_ralston3,   3.0",
        "dde_ssprk3,     3.0",
        "dde_rk4,        4.0",
        "dde_ralston4,   4.0",
        "dde_rk4_38rule, 4.0",
    })
    void hermiteReadsKeepTheInnerMethodsFullOrder(String method, double nominal) {
        IntegratorOptions hermite = IntegratorOptions.DEFAULTS.withInterpolation(DelayInterpolation.HERMITE);
        double plain = maxError(provider.create(method, new DelayedDecay(1, 1.0), hermite), 16);
        if (nominal >= 3.0 || method.equals("dde_ralston2") || method.equals("dde_rk2")) {
            assertTrue(plain < 1e-13, method + ": x' = -x(t-1) is piecewise cubic, error " + plain);
        } else {
            assertTrue(plain > 1e-8, method + ": error " + plain);
        }
        int[] perUnit = {8, 16, 32, 64};
        double[] errors = new double[perUnit.length];
        for (int l = 0; l < perUnit.length; l++) {
            errors[l] = dampedMaxError(provider.create(method, new DampedDelayedDecay(), hermite), perUnit[l]);
        }
        double order = Math.log(errors[0] / errors[perUnit.length - 1]) / Math.log(8.0);
        System.out.printf("delay %s HERMITE: max error on [0,3] %.3e %.3e %.3e %.3e, order %.3f%n", method,
                errors[0], errors[1], errors[2], errors[3], order);
        assertTrue(errors[perUnit.length - 1] > 1e-13, method + ": error at round-off, the fit is meaningless");
        assertEquals(nominal, order, 0.3, method + " HERMITE order " + order + " errors " + Arrays.toString(errors));
        MethodDescriptor d = provider.methods().stream().filter(m -> m.name().equals(method)).findFirst()
                .orElseThrow();
        assertEquals(EquationKind.DDE, d.kind());
        assertEquals(nominal, d.order(), 0.0, method + " declared order");
    }

    @Test
    void hermiteIsExactForACubicHistory() {
        // Reads inside the history of a cubic are reproduced up to the slopes' central-difference error.
        DelayedOdeSystem sys = new DelayedOdeSystem() {
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
                out[0] = t * t * t - t;
            }

            @Override
            public void derivatives(double t, double[] y, PastValues past, double[] dydt) {
                double tp = t - 0.7;
                double expected = tp * tp * tp - tp;
                if (tp < 0 && Math.abs(past.at(0, tp) - expected) > 1e-9) {
                    throw new AssertionError("Hermite read at " + tp + ": " + past.at(0, tp) + " vs " + expected);
                }
                dydt[0] = 0.0;
            }
        };
        Stepper s = provider.create("dde_rk4", sys, IntegratorOptions.DEFAULTS.withInterpolation(
                DelayInterpolation.HERMITE));
        double[] y = {0.0};
        for (int k = 0; k < 5; k++) {
            s.step(k, k * 0.125, 0.125, y);
        }
        assertEquals(0.0, y[0], 0.0);
    }

    @Test
    void historyBeforeStartIsSampledFromTheSystem() {
        // x' = x(t − 0.5) with history x = e^t: the delayed value is the known curve, x(t) = e^t·... on [0, 0.5]
        // x' = e^{t − 0.5} so x(t) = 1 + e^{t − 0.5} − e^{−0.5}.
        DelayedOdeSystem sys = new DelayedOdeSystem() {
            @Override
            public double maxDelay() {
                return 0.5;
            }

            @Override
            public void history(double t, double[] out) {
                out[0] = Math.exp(t);
            }

            @Override
            public void derivatives(double t, double[] y, PastValues past, double[] dydt) {
                dydt[0] = past.at(0, t - 0.5);
            }

            @Override
            public int dimension() {
                return 1;
            }
        };
        Stepper s = provider.create("dde_rk4", sys, IntegratorOptions.DEFAULTS);
        double dt = 0.001;
        double[] y = {1.0};
        for (int k = 0; k < 500; k++) {
            s.step(k, k * dt, dt, y);
        }
        assertEquals(1.0 + Math.exp(0.0) - Math.exp(-0.5), y[0], 1e-7);
    }

    /**
     * x'(t) = x'(t − 1) with history h. With h = sin(2πt)/2π the history's derivative is 1-periodic, so the solution
     * continues it smoothly; with h = sin t the derivative jumps at t0 (x'(0+) = cos 1 ≠ h'(0) = 1) and the jump
     * propagates to every integer t: x = sin(t − 1) + sin 1 on [0, 1], 2 sin 1 + sin(t − 2) on [1, 2].
     */
    static final class NeutralSine implements DelayedOdeSystem {
        private final boolean smooth;

        NeutralSine(boolean smooth) {
            this.smooth = smooth;
        }

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
            out[0] = smooth ? Math.sin(2.0 * Math.PI * t) / (2.0 * Math.PI) : Math.sin(t);
        }

        @Override
        public void derivatives(double t, double[] y, PastValues past, double[] dydt) {
            dydt[0] = past.derivativeAt(0, t - 1.0);
        }

        double exact(double t) {
            if (smooth) {
                return Math.sin(2.0 * Math.PI * t) / (2.0 * Math.PI);
            }
            return t <= 1.0 ? Math.sin(t - 1.0) + Math.sin(1.0) : 2.0 * Math.sin(1.0) + Math.sin(t - 2.0);
        }
    }

    @ParameterizedTest(name = "smooth={0} -> order {1}")
    @CsvSource({"true, 2.0, 1e-3", "false, 1.0, 2e-2"})
    void neutralDelayReadsStoredDerivatives(boolean smooth, double nominal, double maxError) {
        int[] perUnit = {20, 40, 80};
        double[] errors = new double[perUnit.length];
        NeutralSine sys = new NeutralSine(smooth);
        for (int l = 0; l < perUnit.length; l++) {
            Stepper s = provider.create("dde_rk4", sys, IntegratorOptions.DEFAULTS);
            double dt = 1.0 / perUnit[l];
            double[] y = {sys.exact(0.0)};
            for (int k = 0; k < 2 * perUnit[l]; k++) {
                s.step(k, k * dt, dt, y);
                errors[l] = Math.max(errors[l], Math.abs(y[0] - sys.exact((k + 1) * dt)));
            }
        }
        double order = Math.log(errors[0] / errors[2]) / Math.log(4.0);
        System.out.printf("neutral dde_rk4 smooth=%s: max error on [0,2] %.3e %.3e %.3e, order %.3f%n", smooth,
                errors[0], errors[1], errors[2], order);
        // A derivative jump propagated to a grid point is read from the right by the step that ends there, so
        // such problems converge with first order (documented on DelayedRungeKutta).
        assertTrue(errors[2] < maxError, "error " + errors[2]);
        assertEquals(nominal, order, 0.3, "order " + order);
    }

    @Test
    void neutralDelayShorterThanTheStepIsRefusedWithAReason() {
        DelayedOdeSystem sys = new DelayedDecay(1, 0.05) {
            @Override
            public void derivatives(double t, double[] y, PastValues past, double[] dydt) {
                dydt[0] = -past.derivativeAt(0, t - 0.05);
            }
        };
        Stepper s = provider.create("dde_euler", sys, IntegratorOptions.DEFAULTS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.step(0, 0.0, 0.1, new double[] {1.0}));
        assertTrue(e.getMessage().contains("neutral delay must be at least one step"), e.getMessage());
    }

    @Test
    void delayShorterThanTheStepIsExtrapolatedWithinOneStep() {
        // τ = 0.05 < dt = 0.1: stages read inside the current step. Compare with a fine run (τ a multiple of dt).
        Stepper coarse = provider.create("dde_heun2", new DelayedDecay(1, 0.05), IntegratorOptions.DEFAULTS);
        Stepper fine = provider.create("dde_heun2", new DelayedDecay(1, 0.05), IntegratorOptions.DEFAULTS);
        double[] yc = {1.0};
        double[] yf = {1.0};
        for (int k = 0; k < 10; k++) {
            coarse.step(k, k * 0.1, 0.1, yc);
        }
        for (int k = 0; k < 1000; k++) {
            fine.step(k, k * 0.001, 0.001, yf);
        }
        assertEquals(yf[0], yc[0], 5e-3);
    }

    @Test
    void readOutsideTheBufferNamesComponentTimeAndWindow() {
        Stepper s = provider.create("dde_euler", new DelayedDecay(3, 1.0, 5.0), IntegratorOptions.DEFAULTS);
        double[] y = {1, 1, 1};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.step(0, 0.0, 0.1, y));
        String msg = e.getMessage();
        assertTrue(msg.contains("component 0") && msg.contains("t = -5.0") && msg.contains("window")
                && msg.contains("[-1.1"), msg);
    }

    @Test
    void wrongKindUnknownMethodAndRunBreaksAreNamed() {
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> provider.create("dde_rk4", new TestSystems.Decay(2), IntegratorOptions.DEFAULTS));
        assertTrue(kind.getMessage().contains("DDE") && kind.getMessage().contains("DelayedOdeSystem"),
                kind.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> provider.create("rk4", new DelayedDecay(1, 1.0), IntegratorOptions.DEFAULTS));
        assertTrue(unknown.getMessage().contains("'rk4'") && unknown.getMessage().contains("dde_rk4"),
                unknown.getMessage());
        Stepper s = provider.create("dde_rk4", new DelayedDecay(1, 1.0), IntegratorOptions.DEFAULTS);
        double[] y = {1.0};
        s.step(0, 0.0, 0.1, y);
        assertThrows(IllegalArgumentException.class, () -> s.step(1, 0.1, 0.05, y));
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> s.step(1, 0.7, 0.1, y));
        assertTrue(gap.getMessage().contains("t = 0.7") && gap.getMessage().contains("reset()"), gap.getMessage());
        s.reset();
        double[] again = {1.0};
        s.step(0, 5.0, 0.05, again);                       // a new run may start anywhere, with another dt
        assertEquals(1.0 - 0.05, again[0], 1e-15);
    }

    @Test
    void stepAllocatesNothingOnATenThousandElementSystem() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);
        int n = 10_000;
        int steps = 10_000;
        double dt = 1e-3;
        Stepper s = provider.create("dde_euler", new DelayedDecay(n, 0.01), IntegratorOptions.DEFAULTS);
        double[] y = new double[n];
        Arrays.fill(y, 1.0);
        for (int k = 0; k < 1000; k++) {                 // warm-up, including the ring allocation of the first step
            s.step(k, k * dt, dt, y);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int k = 1000; k < 1000 + steps; k++) {
            s.step(k, k * dt, dt, y);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 1024, steps + " dde_euler steps of " + n + " elements allocated " + allocated
                + " bytes");
        assertTrue(Double.isFinite(y[n - 1]) && y[n - 1] != 1.0);
    }
}
