package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.brainj.api.integrate.DelayedOdeSystem;
import org.brainj.api.integrate.DelayedSdeSystem;
import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.integrate.NoiseForm;
import org.brainj.api.integrate.PastValues;
import org.brainj.api.integrate.Stepper;
import org.junit.jupiter.api.Test;

/** Length (step) delays through {@link PastValues#atStep}, and stochastic delays with {@code dde_euler_maruyama}. */
class DelayStepsAndStochasticDelayTest {

    private final DelayIntegrators provider = new DelayIntegrators();

    /** x' = −x(n − k steps), read exactly from the grid, history x(t) = 1 + t for t ≤ 0. */
    static class StepDelayed implements DelayedOdeSystem {
        final int stepsBack;
        final double dt;
        double lastCurrent = Double.NaN;
        double lastStateAtStage0 = Double.NaN;

        StepDelayed(int stepsBack, double dt) {
            this.stepsBack = stepsBack;
            this.dt = dt;
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double maxDelay() {
            return stepsBack * dt;
        }

        @Override
        public void history(double t, double[] out) {
            out[0] = 1.0 + t;
        }

        @Override
        public void derivatives(double t, double[] y, PastValues past, double[] dydt) {
            lastCurrent = past.atStep(0, 0);
            lastStateAtStage0 = y[0];
            dydt[0] = -past.atStep(0, stepsBack);
        }
    }

    @Test
    void stepDelayMatchesTheRecurrenceBitForBit() {
        double dt = 0.125;
        int k = 5;
        StepDelayed sys = new StepDelayed(k, dt);
        Stepper s = provider.create("dde_euler", sys, IntegratorOptions.DEFAULTS);
        int steps = 40;
        // y[j + k] holds the state at step j (j ≥ −k): the history on the grid, then Euler's recurrence.
        double[] ref = new double[steps + k + 1];
        for (int j = -k; j <= 0; j++) {
            ref[j + k] = 1.0 + j * dt;
        }
        double[] y = {1.0};
        for (int n = 0; n < steps; n++) {
            ref[n + 1 + k] = ref[n + k] + dt * -ref[n];
            s.step(n, n * dt, dt, y);
            assertEquals(sys.lastStateAtStage0, sys.lastCurrent, 0.0, "atStep(0, 0) is the state at t_n");
            assertEquals(ref[n + 1 + k], y[0], 0.0, "step " + n);
        }
    }

    @Test
    void stepDelayOutOfRangeNamesComponentStepsAndBufferLength() {
        double dt = 0.25;
        for (int[] bad : new int[][] {{0, 6}, {0, -1}, {1, 2}}) {
            DelayedOdeSystem sys = new StepDelayed(4, dt) {
                @Override
                public void derivatives(double t, double[] y, PastValues past, double[] dydt) {
                    dydt[0] = past.atStep(bad[0], bad[1]);
                }
            };
            Stepper s = provider.create("dde_rk4", sys, IntegratorOptions.DEFAULTS);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.step(0, 0.0, dt, new double[] {1.0}));
            String m = e.getMessage();
            // maxDelay 1 ms at dt 0.25 ms: ⌈4⌉ + 2 = 6 stored steps.
            assertTrue(m.contains("component " + bad[0]) && m.contains(bad[1] + " steps back")
                    && m.contains("holds 6 steps"), m);
        }
        PastValues noGrid = (component, t) -> 0.0;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> noGrid.atStep(2, 3));
        assertTrue(e.getMessage().contains("component 2") && e.getMessage().contains("3 steps back"),
                e.getMessage());
    }

    /** x_i' = −x_i(t − 1) + σ dW_i, x = 1 for t ≤ 0: n independent paths (DIAGONAL noise). */
    static final class NoisyDelayedDecay extends DelayIntegratorsTest.DelayedDecay implements DelayedSdeSystem {
        private final double sigma;

        NoisyDelayedDecay(int n, double sigma) {
            super(n, 1.0);
            this.sigma = sigma;
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
        public void diffusion(double t, double[] y, double[] g) {
            Arrays.fill(g, sigma);
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

    @Test
    void withoutNoiseItIsDdeEulerBitForBit() {
        double dt = 1.0 / 16.0;
        IntegratorOptions o = IntegratorOptions.DEFAULTS.withSeed(7);
        double[] stochastic = run(provider.create("dde_euler_maruyama", new NoisyDelayedDecay(3, 0.0), o), 3, dt, 48);
        double[] deterministic = run(provider.create("dde_euler", new DelayIntegratorsTest.DelayedDecay(3, 1.0), o),
                3, dt, 48);
        assertArrayEquals(deterministic, stochastic, 0.0);
    }

    @Test
    void meanAndVarianceMatchTheAnalyticOnes() {
        int paths = 4000;
        double sigma = 0.5;
        double dt = 1.0 / 64.0;
        Stepper s = provider.create("dde_euler_maruyama", new NoisyDelayedDecay(paths, sigma),
                IntegratorOptions.DEFAULTS.withSeed(2026));
        double[] y = new double[paths];
        Arrays.fill(y, 1.0);
        double[] meanDeterministic = run(provider.create("dde_euler", new DelayIntegratorsTest.DelayedDecay(1, 1.0),
                IntegratorOptions.DEFAULTS), 1, dt, 128);
        for (int k = 0; k < 128; k++) {
            s.step(k, k * dt, dt, y);
            if (k == 63) {
                // On [0, 1] the delayed term is the history: x(1) = 0 + σ W(1), exactly also for the scheme.
                assertMoments("t = 1", y, 0.0, sigma * sigma, paths);
            }
        }
        // On [1, 2]: x(t) = 1 − t + (t−1)²/2 + σ W(t) − σ ∫_0^{t−1} W, so Var x(2) = σ²(2 + 1/3 − 2·1/2) = 4σ²/3.
        // The scheme is linear, so its mean is dde_euler's solution and its variance σ² dt Σ h(k)² with h the
        // impulse response h(k + 1) = h(k) − dt·h(k − 64), h(0) = 1; that in turn is within O(dt) of 4σ²/3.
        double[] h = new double[128];
        double var = 0.0;
        for (int k = 0; k < 128; k++) {
            h[k] = k == 0 ? 1.0 : h[k - 1] - (k - 1 >= 64 ? dt * h[k - 1 - 64] : 0.0);
            var += h[k] * h[k];
        }
        var *= sigma * sigma * dt;
        assertEquals(4.0 * sigma * sigma / 3.0, var, 0.02 * var, "scheme variance vs analytic");
        assertEquals(-0.5, meanDeterministic[0], 0.02, "scheme mean vs analytic");
        assertMoments("t = 2", y, meanDeterministic[0], var, paths);
    }

    /** Sample mean and variance within 4 standard errors (normal paths: Var of the sample variance 2σ⁴/(N−1)). */
    private static void assertMoments(String what, double[] x, double mean, double var, int n) {
        double m = 0.0;
        for (double v : x) {
            m += v;
        }
        m /= n;
        double s2 = 0.0;
        for (double v : x) {
            s2 += (v - m) * (v - m);
        }
        s2 /= n - 1;
        assertEquals(mean, m, 4.0 * Math.sqrt(var / n), what + " mean");
        assertEquals(var, s2, 4.0 * var * Math.sqrt(2.0 / (n - 1)), what + " variance");
    }

    @Test
    void sameSeedSamePathOtherSeedOtherPath() {
        double dt = 1.0 / 32.0;
        double[] a = run(provider.create("dde_euler_maruyama", new NoisyDelayedDecay(5, 0.3),
                IntegratorOptions.DEFAULTS.withSeed(11)), 5, dt, 80);
        double[] b = run(provider.create("dde_euler_maruyama", new NoisyDelayedDecay(5, 0.3),
                IntegratorOptions.DEFAULTS.withSeed(11)), 5, dt, 80);
        double[] c = run(provider.create("dde_euler_maruyama", new NoisyDelayedDecay(5, 0.3),
                IntegratorOptions.DEFAULTS.withSeed(12)), 5, dt, 80);
        assertArrayEquals(a, b, 0.0);
        assertFalse(Arrays.equals(a, c));
        // A reset run with the same step indices replays the path.
        Stepper s = provider.create("dde_euler_maruyama", new NoisyDelayedDecay(5, 0.3),
                IntegratorOptions.DEFAULTS.withSeed(11));
        run(s, 5, dt, 10);
        s.reset();
        assertArrayEquals(a, run(s, 5, dt, 80), 0.0);
    }

    @Test
    void stochasticMethodIsListedAndKindsAreChecked() {
        MethodDescriptor d = provider.methods().stream().filter(m -> m.name().equals("dde_euler_maruyama"))
                .findFirst().orElseThrow();
        assertEquals(EquationKind.DDE, d.kind());
        assertEquals(0.5, d.order(), 0.0);
        assertEquals("delay", Integrators.providerOf("dde_euler_maruyama", EquationKind.DDE).name());
        IllegalArgumentException noisy = assertThrows(IllegalArgumentException.class,
                () -> provider.create("dde_rk4", new NoisyDelayedDecay(2, 0.1), IntegratorOptions.DEFAULTS));
        assertTrue(noisy.getMessage().contains("dde_euler_maruyama"), noisy.getMessage());
        IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
                () -> provider.create("dde_euler_maruyama", new DelayIntegratorsTest.DelayedDecay(2, 1.0),
                        IntegratorOptions.DEFAULTS));
        assertTrue(plain.getMessage().contains("DelayedSdeSystem"), plain.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> provider.create("dde_nope", new DelayIntegratorsTest.DelayedDecay(2, 1.0),
                        IntegratorOptions.DEFAULTS));
        assertTrue(unknown.getMessage().contains("dde_euler_maruyama"), unknown.getMessage());
    }
}
