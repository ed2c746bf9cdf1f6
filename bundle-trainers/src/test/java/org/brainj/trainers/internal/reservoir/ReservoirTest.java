package org.brainj.trainers.internal.reservoir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.api.core.ParameterException;
import org.junit.jupiter.api.Test;

class ReservoirTest {

    private static EsnSettings settings(boolean sparse, double radius, double noise) {
        return new EsnSettings(2, 60, 1, 0.5, radius, 0.5, 1.0, 0.1, 1.0, 0.2, sparse, noise, 0.0, false, 42);
    }

    private static double[] drive(int steps) {
        double[] u = new double[2 * steps];
        for (int k = 0; k < steps; k++) {
            u[2 * k] = Math.sin(0.2 * k);
            u[2 * k + 1] = Math.cos(0.05 * k);
        }
        return u;
    }

    @Test
    void spectralRadiusIsExactAndTheGrowthEstimateAgrees() {
        // A rotation by 90° scaled by 2 in a 2 × 2 block and 0.5 on the diagonal elsewhere: ρ = 2 (eigenvalues ±2i).
        int n = 5;
        double[] w = new double[n * n];
        w[1] = -2;
        w[n] = 2;
        for (int i = 2; i < n; i++) {
            w[i * n + i] = 0.5;
        }
        assertEquals(2.0, SpectralRadius.of(w, n), 1e-12);
        // ESN rescaling reaches the requested radius: the state map's linearisation at 0 has W_rec scaled by it.
        EchoStateNetwork esn = new EchoStateNetwork(settings(false, 0.9, 0));
        assertTrue(esn.scaledBy() > 0 && esn.scaledBy() != 1.0);
    }

    @Test
    void denseAndSparseStorageGiveTheSameFeatures() {
        int steps = 50;
        double[] a = new double[steps * 60];
        double[] b = new double[steps * 60];
        new EchoStateNetwork(settings(false, 0.9, 0)).features(drive(steps), steps, a);
        new EchoStateNetwork(settings(true, 0.9, 0)).features(drive(steps), steps, b);
        assertArrayEquals(a, b, 1e-12);
        // Same seed, same network; the step-by-step path gives the same features.
        EchoStateNetwork esn = new EchoStateNetwork(settings(true, 0.9, 0));
        esn.resetState();
        double[] one = new double[60];
        for (int k = 0; k < steps; k++) {
            esn.step(new double[] {drive(steps)[2 * k], drive(steps)[2 * k + 1]}, one);
        }
        assertArrayEquals(java.util.Arrays.copyOfRange(a, (steps - 1) * 60, steps * 60), one, 1e-12);
    }

    @Test
    void leakAndNoiseFollowTheUpdateRule() {
        // One unit, no recurrence reaching it from a zero state: r1 = a tanh(W_in u + b) with leak a.
        EsnSettings s = new EsnSettings(1, 1, 1, 0.25, Double.NaN, 1.0, 1.0, 0.0, 1.0, 1.0, false, 0.0, 0.0, true, 3);
        EchoStateNetwork esn = new EchoStateNetwork(s);
        double[] f = new double[2];
        esn.resetState();
        esn.step(new double[] {0.0}, f);
        assertEquals(0.0, f[0], 0.0);        // tanh(0) = 0 with no bias
        assertEquals(0.0, f[1], 0.0);        // the input appended
        esn.step(new double[] {1.0}, f);
        double r1 = f[0];
        assertTrue(r1 != 0.0 && Math.abs(r1) <= 0.25, "leak 0.25 bounds the first step: " + r1);
        assertEquals(1.0, f[1], 0.0);
        // Noise changes the features, reproducibly.
        double[] quiet = new double[20 * 60];
        double[] noisy = new double[20 * 60];
        double[] again = new double[20 * 60];
        new EchoStateNetwork(settings(false, 0.9, 0)).features(drive(20), 20, quiet);
        new EchoStateNetwork(settings(false, 0.9, 0.1)).features(drive(20), 20, noisy);
        new EchoStateNetwork(settings(false, 0.9, 0.1)).features(drive(20), 20, again);
        assertNotEquals(quiet[quiet.length - 1], noisy[noisy.length - 1]);
        assertArrayEquals(noisy, again, 0.0);
    }

    @Test
    void nvarFeaturesAreLagsAndTheirMonomials() {
        // 1 input, delay 2, stride 2, order 2, constant: [1, u_t, u_{t−2}, u_t², u_t u_{t−2}, u_{t−2}²].
        Nvar nvar = new Nvar(1, 2, 2, 2, true, 1);
        assertEquals(6, nvar.featureSize());
        double[] out = new double[4 * 6];
        nvar.features(new double[] {1, 2, 3, 4}, 4, out);
        assertArrayEquals(new double[] {1, 1, 0, 1, 0, 0}, java.util.Arrays.copyOfRange(out, 0, 6), 0);
        assertArrayEquals(new double[] {1, 3, 1, 9, 3, 1}, java.util.Arrays.copyOfRange(out, 12, 18), 0);
        assertArrayEquals(new double[] {1, 4, 2, 16, 8, 4}, java.util.Arrays.copyOfRange(out, 18, 24), 0);
        assertEquals(7, nvar.readout().length);
    }

    @Test
    void badSettingsAreNamed() {
        ParameterException e = assertThrows(ParameterException.class, () -> new EsnSettings(1, 10, 1, 1.5,
                Double.NaN, 1, 1, 0, 1, 1, false, 0, 0, false, 1));
        assertTrue(e.getMessage().contains("leaky_rate") && e.getMessage().contains("(0, 1]"), e.getMessage());
        assertThrows(ParameterException.class, () -> new Nvar(1, 0, 2, 1, false, 1));
        assertThrows(ParameterException.class, () -> new RateNetwork(10, 1.5, 0.0, 0.1, 1, 1));
    }

    @Test
    void rateNetworkIsChaoticWithoutTrainingAtGainOnePointFive() {
        // Sompolinsky et al. 1988: g > 1 gives self-sustained irregular activity; g < 1 decays to rest.
        assertTrue(activity(1.5) > 0.1, "g = 1.5 keeps activity");
        assertTrue(activity(0.5) < 1e-3, "g = 0.5 decays");
    }

    private static double activity(double g) {
        RateNetwork net = new RateNetwork(200, g, 0.1, 0.1, 1, 5);
        double[] f = new double[200];
        double[] zero = new double[1];
        double sq = 0;
        for (int k = 0; k < 3000; k++) {
            net.step(zero, f);
            if (k >= 2000) {
                for (double v : f) {
                    sq += v * v;
                }
            }
        }
        return Math.sqrt(sq / (1000.0 * 200));
    }
}
