package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.brainj.api.integrate.DelayedSdeSystem;
import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.integrate.NoiseForm;
import org.brainj.api.integrate.PastValues;
import org.brainj.api.integrate.SdeSystem;
import org.brainj.api.integrate.Stepper;
import org.junit.jupiter.api.Test;

/**
 * The strong order of {@code dde_euler_maruyama}: on an equation whose drift does not read its past it must take
 * exactly the steps of Euler–Maruyama with the same counter-based noise, so the order measured for {@code euler} on
 * geometric Brownian motion ({@link SdeStrongOrderTest}) is its order too.
 */
class DelayedEulerMaruyamaOrderTest {

    private static final double MU = 2.0;
    private static final double SIGMA = 1.0;
    private static final int N = 50;

    /** dX = μ X dt + σ X dW for N independent components, as an SDE. */
    static class Gbm implements SdeSystem {
        @Override
        public int dimension() {
            return N;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            for (int i = 0; i < N; i++) {
                dydt[i] = MU * y[i];
            }
        }

        @Override
        public NoiseForm noiseForm() {
            return NoiseForm.DIAGONAL;
        }

        @Override
        public int wienerDimension() {
            return N;
        }

        @Override
        public void diffusion(double t, double[] y, double[] g) {
            for (int i = 0; i < N; i++) {
                g[i] = SIGMA * y[i];
            }
        }
    }

    /** The same equation as a stochastic delay equation with a 1 ms delay it never reads. */
    static final class DelayedGbm implements DelayedSdeSystem {
        private final Gbm gbm = new Gbm();

        @Override
        public int dimension() {
            return N;
        }

        @Override
        public double maxDelay() {
            return 1.0;
        }

        @Override
        public void history(double t, double[] out) {
            java.util.Arrays.fill(out, 1.0);
        }

        @Override
        public void derivatives(double t, double[] y, PastValues past, double[] dydt) {
            gbm.derivatives(t, y, dydt);
        }

        @Override
        public NoiseForm noiseForm() {
            return gbm.noiseForm();
        }

        @Override
        public int wienerDimension() {
            return gbm.wienerDimension();
        }

        @Override
        public void diffusion(double t, double[] y, double[] g) {
            gbm.diffusion(t, y, g);
        }
    }

    @Test
    void takesExactlyTheEulerMaruyamaSteps() {
        IntegratorOptions o = IntegratorOptions.DEFAULTS.withSeed(7);
        Stepper dde = Integrators.create("dde_euler_maruyama", new DelayedGbm(), o);
        Stepper em = Integrators.create("euler", new Gbm(), o);
        double[] a = new double[N];
        double[] b = new double[N];
        java.util.Arrays.fill(a, 1.0);
        java.util.Arrays.fill(b, 1.0);
        double dt = 0.01;
        for (int i = 0; i < 300; i++) {
            dde.step(i, i * dt, dt, a);
            em.step(i, i * dt, dt, b);
            assertArrayEquals(b, a, 0.0, "step " + i);
        }
        MethodDescriptor listed = Integrators.providerOf("dde_euler_maruyama", EquationKind.DDE).methods().stream()
                .filter(m -> m.name().equals("dde_euler_maruyama")).findFirst().orElseThrow();
        MethodDescriptor euler = Integrators.providerOf("euler", EquationKind.SDE).methods().stream()
                .filter(m -> m.name().equals("euler") && m.kind() == EquationKind.SDE).findFirst().orElseThrow();
        assertEquals(euler.order(), listed.order(), "the declared order is Euler-Maruyama's");
    }
}
