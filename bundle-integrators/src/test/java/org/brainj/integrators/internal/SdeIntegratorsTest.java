package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.IntegratorProvider;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.integrate.NoiseForm;
import org.brainj.api.integrate.SdeCalculus;
import org.brainj.api.integrate.Stepper;
import org.brainj.api.platform.Providers;
import org.brainj.api.random.CounterRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SdeIntegratorsTest {

    private static final List<String> NAMES = List.of("euler", "heun", "milstein", "milstein2", "exp_euler",
            "srk1w1", "srk2w1");

    private final SdeIntegrators provider = new SdeIntegrators();

    private static GeometricBrownianMotion gbm(int n, NoiseForm form, SdeCalculus calculus) {
        return new GeometricBrownianMotion(n, 0.5, 0.3, form, calculus, false);
    }

    private static double[] run(Stepper s, int n, int steps, double dt) {
        double[] y = new double[n];
        Arrays.fill(y, 1.0);
        for (int k = 0; k < steps; k++) {
            s.step(k, k * dt, dt, y);
        }
        return y;
    }

    private static SdeCalculus calculusFor(String method) {
        return method.equals("heun") ? SdeCalculus.STRATONOVICH : SdeCalculus.ITO;
    }

    @Test
    void describesSevenSdeMethods() {
        assertEquals(NAMES, provider.methods().stream().map(MethodDescriptor::name).toList());
        for (MethodDescriptor m : provider.methods()) {
            assertEquals(EquationKind.SDE, m.kind(), m.name());
            assertFalse(m.adaptive());
        }
        assertEquals("sde", provider.name());
        assertEquals(0, provider.ranking());
    }

    @Test
    void sameSeedSamePathOtherSeedOtherPathOnAnyThread() throws Exception {
        for (String method : NAMES) {
            GeometricBrownianMotion sys = gbm(50, NoiseForm.DIAGONAL, calculusFor(method));
            IntegratorOptions opts = IntegratorOptions.DEFAULTS.withSeed(42L);
            double[] a = run(provider.create(method, sys, opts), 50, 200, 0.01);
            double[][] b = new double[1][];
            Thread other = new Thread(() -> b[0] = run(provider.create(method, sys, opts), 50, 200, 0.01));
            other.start();
            other.join();
            assertArrayEquals(a, b[0], 0.0, method + ": same seed on another thread must give the same bits");
            double[] c = run(provider.create(method, sys, opts.withSeed(43L)), 50, 200, 0.01);
            assertFalse(Arrays.equals(a, c), method + ": another seed must give another path");
        }
    }

    @Test
    void noiseIsTheDocumentedCounterDraw() {
        // dX = dW (f = 0, g = 1): after one Euler step X = √dt · N(seed, stream 0x5DE0, index k, step s, draw 0).
        GeometricBrownianMotion zero = new GeometricBrownianMotion(3, 0.0, 0.0, NoiseForm.DIAGONAL, SdeCalculus.ITO,
                true) {
            @Override
            public void diffusion(double t, double[] y, double[] g) {
                Arrays.fill(g, 1.0);
            }
        };
        Stepper s = provider.create("euler", zero, IntegratorOptions.DEFAULTS.withSeed(7L));
        double[] y = new double[3];
        s.step(5, 0.0, 0.04, y);
        CounterRandom r = new CounterRandom(7L);
        for (int k = 0; k < 3; k++) {
            assertEquals(0.2 * r.normal(CounterWiener.STREAM, k, 5, 0), y[k], 1e-15);
        }
    }

    @Test
    void generalNoiseWithADiagonalMatrixReproducesDiagonalNoise() {
        for (String method : new String[] {"euler", "exp_euler"}) {
            double[] diag = run(provider.create(method, gbm(6, NoiseForm.DIAGONAL, SdeCalculus.ITO),
                    IntegratorOptions.DEFAULTS.withSeed(3)), 6, 100, 0.01);
            double[] general = run(provider.create(method, gbm(6, NoiseForm.GENERAL, SdeCalculus.ITO),
                    IntegratorOptions.DEFAULTS.withSeed(3)), 6, 100, 0.01);
            assertArrayEquals(diag, general, 1e-12, method);
        }
        double[] diag = run(provider.create("heun", gbm(6, NoiseForm.DIAGONAL, SdeCalculus.STRATONOVICH),
                IntegratorOptions.DEFAULTS.withSeed(3)), 6, 100, 0.01);
        double[] general = run(provider.create("heun", gbm(6, NoiseForm.GENERAL, SdeCalculus.STRATONOVICH),
                IntegratorOptions.DEFAULTS.withSeed(3)), 6, 100, 0.01);
        assertArrayEquals(diag, general, 1e-12, "heun");
    }

    @Test
    void finiteDifferenceJacobianMatchesTheAnalyticOneForExpEuler() {
        GeometricBrownianMotion fd = new GeometricBrownianMotion(4, -3.0, 0.4, NoiseForm.DIAGONAL, SdeCalculus.ITO,
                false);
        GeometricBrownianMotion exact = new GeometricBrownianMotion(4, -3.0, 0.4, NoiseForm.DIAGONAL,
                SdeCalculus.ITO, true);
        double[] a = run(provider.create("exp_euler", fd, IntegratorOptions.DEFAULTS), 4, 100, 0.01);
        double[] b = run(provider.create("exp_euler", exact, IntegratorOptions.DEFAULTS), 4, 100, 0.01);
        assertArrayEquals(b, a, 1e-6);
    }

    @Test
    void sriTableausSatisfyRoesslersOrderConditions() {
        for (SriTableau t : List.of(SriTableau.SRK1W1, SriTableau.SRK2W1)) {
            double[] b0e = rowSums(t.b0());
            double[] b1e = rowSums(t.b1());
            double[] a1b0e = times(t.a1(), b0e);
            double[][] checks = {
                {sum(t.alpha()), 1}, {sum(t.beta1()), 1}, {sum(t.beta2()), 0}, {sum(t.beta3()), 0},
                {sum(t.beta4()), 0},
                {dot(t.beta1(), b1e), 0}, {dot(t.beta2(), b1e), 1}, {dot(t.beta3(), b1e), 0}, {dot(t.beta4(), b1e), 0},
                {dot(t.alpha(), rowSums(t.a0())), 0.5}, {dot(t.alpha(), b0e), 1}, {dot(t.alpha(), sq(b0e)), 1.5},
                {dot(t.beta1(), rowSums(t.a1())), 1}, {dot(t.beta2(), rowSums(t.a1())), 0},
                {dot(t.beta3(), rowSums(t.a1())), -1}, {dot(t.beta4(), rowSums(t.a1())), 0},
                {dot(t.beta1(), sq(b1e)), 1}, {dot(t.beta2(), sq(b1e)), 0}, {dot(t.beta3(), sq(b1e)), -1},
                {dot(t.beta4(), sq(b1e)), 2},
                {dot(t.beta1(), times(t.b1(), b1e)), 0}, {dot(t.beta2(), times(t.b1(), b1e)), 0},
                {dot(t.beta3(), times(t.b1(), b1e)), 0}, {dot(t.beta4(), times(t.b1(), b1e)), 1},
                {0.5 * dot(t.beta1(), a1b0e) + dot(t.beta3(), a1b0e) / 3.0, 0},
            };
            for (int i = 0; i < checks.length; i++) {
                assertEquals(checks[i][1], checks[i][0], 1e-14, t.name() + " order condition " + (i + 1));
            }
            assertArrayEquals(t.c0(), rowSums(t.a0()), 1e-15, t.name() + " c0 = A0 e");
            assertArrayEquals(t.c1(), rowSums(t.a1()), 1e-15, t.name() + " c1 = A1 e");
        }
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] rowSums(double[][] m) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = sum(m[i]);
        }
        return out;
    }

    private static double[] times(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = dot(m[i], v);
        }
        return out;
    }

    private static double[] sq(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * v[i];
        }
        return out;
    }

    @Test
    void unsupportedCombinationsAreNamed() {
        IllegalArgumentException heunIto = assertThrows(IllegalArgumentException.class,
                () -> provider.create("heun", gbm(2, NoiseForm.DIAGONAL, SdeCalculus.ITO), IntegratorOptions.DEFAULTS));
        assertTrue(heunIto.getMessage().contains("calculus = ITO") && heunIto.getMessage().contains("STRATONOVICH"),
                heunIto.getMessage());
        for (String method : new String[] {"milstein", "milstein2", "srk1w1", "srk2w1"}) {
            IllegalArgumentException general = assertThrows(IllegalArgumentException.class,
                    () -> provider.create(method, gbm(2, NoiseForm.GENERAL, SdeCalculus.ITO),
                            IntegratorOptions.DEFAULTS));
            assertTrue(general.getMessage().contains("GENERAL") && general.getMessage().contains(method),
                    general.getMessage());
        }
        IllegalArgumentException srkStrat = assertThrows(IllegalArgumentException.class,
                () -> provider.create("srk1w1", gbm(2, NoiseForm.SCALAR, SdeCalculus.STRATONOVICH),
                        IntegratorOptions.DEFAULTS));
        assertTrue(srkStrat.getMessage().contains("STRATONOVICH"), srkStrat.getMessage());
        IllegalArgumentException ode = assertThrows(IllegalArgumentException.class,
                () -> provider.create("euler", new TestSystems.Decay(2), IntegratorOptions.DEFAULTS));
        assertTrue(ode.getMessage().contains("SDE") && ode.getMessage().contains("kind ODE"), ode.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> provider.create("klpl", gbm(2, NoiseForm.SCALAR, SdeCalculus.ITO), IntegratorOptions.DEFAULTS));
        assertTrue(unknown.getMessage().contains("'klpl'") && unknown.getMessage().contains("srk2w1"),
                unknown.getMessage());
        Stepper s = provider.create("euler", gbm(2, NoiseForm.SCALAR, SdeCalculus.ITO), IntegratorOptions.DEFAULTS);
        IllegalArgumentException dt = assertThrows(IllegalArgumentException.class,
                () -> s.step(0, 0, Double.NaN, new double[2]));
        assertTrue(dt.getMessage().contains("dt = NaN"), dt.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.step(0, 0, 0.1, new double[3]));
    }

    @Test
    void providersAreFoundByServiceLoaderAndPickedByKind() {
        List<String> names = Providers.all(IntegratorProvider.class).stream().map(IntegratorProvider::name).toList();
        assertTrue(names.containsAll(List.of("sde", "delay", "fractional")), names.toString());
        assertEquals("sde", Integrators.providerOf("euler", EquationKind.SDE).name());
        assertEquals("runge-kutta", Integrators.providerOf("euler", EquationKind.ODE).name());
        assertEquals("fractional", Integrators.providerOf("l1", EquationKind.FDE).name());
        assertEquals("delay", Integrators.providerOf("dde_rk4", EquationKind.DDE).name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Integrators.providerOf("rk4", EquationKind.SDE));
        assertTrue(e.getMessage().contains("'rk4'") && e.getMessage().contains("SDE")
                && e.getMessage().contains("srk1w1"), e.getMessage());
        Stepper s = Integrators.create("euler", EquationKind.SDE, gbm(2, NoiseForm.SCALAR, SdeCalculus.ITO),
                IntegratorOptions.DEFAULTS);
        assertInstanceOf(EulerMaruyama.class, s);
        assertEquals(EquationKind.FDE, Integrators.kindOf(new FractionalIntegratorsTest.Relaxation(0.5)));
        assertThrows(IllegalArgumentException.class, () -> Integrators.create("euler", EquationKind.ODE,
                gbm(2, NoiseForm.SCALAR, SdeCalculus.ITO), IntegratorOptions.DEFAULTS));
    }

    @Test
    void eulerStepAllocatesNothingOnATenThousandElementSystem() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);
        int n = 10_000;
        for (String method : new String[] {"euler"}) {
            Stepper s = provider.create(method, gbm(n, NoiseForm.DIAGONAL, SdeCalculus.ITO),
                    IntegratorOptions.DEFAULTS);
            double[] y = new double[n];
            Arrays.fill(y, 1.0);
            for (int k = 0; k < 200; k++) {               // warm-up: let the JIT compile step() and its loops
                s.step(k, k * 1e-3, 1e-3, y);
            }
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int k = 200; k < 500; k++) {
                s.step(k, k * 1e-3, 1e-3, y);
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(allocated < 1024, method + ": 300 steps of " + n + " elements allocated " + allocated
                    + " bytes");
        }
    }
}
