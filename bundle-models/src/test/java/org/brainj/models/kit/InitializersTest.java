package org.brainj.models.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.brainj.api.core.ParameterException;
import org.brainj.api.random.CounterRandom;
import org.junit.jupiter.api.Test;

/** BrainPy's initializers: moments against their laws, orthogonality, the distance kernels on small grids. */
class InitializersTest {

    private static final CounterRandom RANDOM = new CounterRandom(2024);
    private static final int N = 200_000;

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    /** Mean within 5 standard errors of the expected value; variance within 5 standard errors of it (≈ σ²√(2/n)). */
    private static void moments(double[] x, double mean, double variance, double kurtosisExcess, String what) {
        double seMean = Math.sqrt(variance / x.length);
        double seVar = variance * Math.sqrt((2 + kurtosisExcess) / x.length);
        assertEquals(mean, mean(x), 5 * seMean, what + " mean");
        assertEquals(variance, variance(x), 5 * seVar, what + " variance");
    }

    @Test
    void independentLawsHaveTheirMoments() {
        // Uniform(a, b): mean (a+b)/2, variance (b-a)^2/12, excess kurtosis -1.2.
        moments(Initializers.uniform(-1, 3).matrix(1, N, RANDOM, 1), 1.0, 16.0 / 12, -1.2, "Uniform");
        moments(Initializers.normal(0.5, 2).matrix(1, N, RANDOM, 2), 0.5, 4.0, 0, "Normal");
        // Gamma(k, theta): mean k theta, variance k theta^2, excess kurtosis 6/k; k < 1 uses the boost.
        moments(Initializers.gamma(2.5, 0.4).matrix(1, N, RANDOM, 3), 1.0, 0.4, 6 / 2.5, "Gamma(2.5)");
        moments(Initializers.gamma(0.5, 2).matrix(1, N, RANDOM, 4), 1.0, 2.0, 12, "Gamma(0.5)");
        // Exponential(scale): mean scale, variance scale^2, excess kurtosis 6.
        moments(Initializers.exponential(3).matrix(1, N, RANDOM, 5), 3.0, 9.0, 6, "Exponential");
        double[] ones = Initializers.oneInit(1.5).matrix(3, 4, RANDOM, 6);
        double[] c = new double[12];
        Arrays.fill(c, 1.5);
        assertArrayEquals(c, ones);
        assertArrayEquals(new double[6], Initializers.zeroInit().matrix(2, 3, RANDOM, 6));
        assertArrayEquals(new double[] {2, 0, 0, 0, 2, 0}, Initializers.identity(2).matrix(2, 3, RANDOM, 6));
    }

    private static double phi(double z) {
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }

    /** Φ(b) − Φ(a) by composite Simpson's rule, 20000 panels. */
    private static double mass(double a, double b) {
        int n = 20000;
        double h = (b - a) / n;
        double s = phi(a) + phi(b);
        for (int k = 1; k < n; k++) {
            s += (k % 2 == 1 ? 4 : 2) * phi(a + k * h);
        }
        return s * h / 3;
    }

    @Test
    void truncatedNormalHasTheTruncatedMoments() {
        // N(mu, s^2) on [lo, hi], alpha/beta standardised: mean mu + s (phi(alpha) - phi(beta)) / Z,
        // variance s^2 [1 + (alpha phi(alpha) - beta phi(beta)) / Z - ((phi(alpha) - phi(beta)) / Z)^2].
        double mu = 1.0;
        double s = 2.0;
        double lo = 0.0;
        double hi = 6.0;
        double a = (lo - mu) / s;
        double b = (hi - mu) / s;
        double z = mass(a, b);
        double m = mu + s * (phi(a) - phi(b)) / z;
        double v = s * s * (1 + (a * phi(a) - b * phi(b)) / z - Math.pow((phi(a) - phi(b)) / z, 2));
        double[] x = Initializers.truncatedNormal(mu, s, lo, hi).matrix(1, N, RANDOM, 7);
        moments(x, m, v, 0, "TruncatedNormal");
        assertTrue(Arrays.stream(x).allMatch(t -> t >= lo && t <= hi));
        assertThrows(ParameterException.class, () -> Initializers.truncatedNormal(0, 1, 2, 1));
    }

    @Test
    void varianceScalingPresetsHaveVarianceScaleOverFan() {
        // He et al. 2015 (Kaiming): 2 / fan_in; Glorot & Bengio 2010 (Xavier): 2 / (fan_in + fan_out);
        // LeCun 1998: 1 / fan_in. Truncated normals are rescaled by 0.8796... so the variance is exact.
        int rows = 400;
        int cols = 500;
        Object[][] cases = {
                {Initializers.kaimingUniform(), 2.0 / rows, -1.2},
                {Initializers.kaimingNormal(), 2.0 / rows, -0.6},
                {Initializers.xavierUniform(), 2.0 / (rows + cols), -1.2},
                {Initializers.xavierNormal(), 2.0 / (rows + cols), -0.6},
                {Initializers.lecunUniform(), 1.0 / rows, -1.2},
                {Initializers.lecunNormal(), 1.0 / rows, -0.6},
                {Initializers.varianceScaling(3.0, "fan_out", "normal"), 3.0 / cols, 0.0}};
        int stream = 10;
        for (Object[] c : cases) {
            MatrixInitializer init = (MatrixInitializer) c[0];
            double[] w = init.matrix(rows, cols, RANDOM, stream++);
            moments(w, 0.0, (double) c[1], (double) c[2], init.toString());
        }
        // Uniform presets are bounded by sqrt(3 variance), truncated ones by 2 sd / 0.8796.
        double limit = Math.sqrt(3 * 2.0 / rows);
        assertTrue(Arrays.stream(Initializers.kaimingUniform().matrix(rows, cols, RANDOM, 30))
                .allMatch(t -> Math.abs(t) <= limit));
        double cut = 2 * Math.sqrt(2.0 / rows) / 0.87962566103423978;
        assertTrue(Arrays.stream(Initializers.kaimingNormal().matrix(rows, cols, RANDOM, 31))
                .allMatch(t -> Math.abs(t) <= cut + 1e-15));
        assertThrows(ParameterException.class, () -> Initializers.varianceScaling(1, "fan_sum", "normal"));
    }

    private static double orthogonalityError(double[] w, int rows, int cols, double scale) {
        // max |W^T W - s^2 I| over columns (rows >= cols) or |W W^T - s^2 I| over rows.
        boolean tall = rows >= cols;
        int m = tall ? cols : rows;
        int n = tall ? rows : cols;
        double err = 0;
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < m; q++) {
                double dot = 0;
                for (int r = 0; r < n; r++) {
                    double a = tall ? w[r * cols + p] : w[p * cols + r];
                    double b = tall ? w[r * cols + q] : w[q * cols + r];
                    dot += a * b;
                }
                err = Math.max(err, Math.abs(dot - (p == q ? scale * scale : 0)));
            }
        }
        return err;
    }

    @Test
    void orthogonalMatricesAreOrthogonal() {
        for (int[] shape : new int[][] {{50, 50}, {80, 30}, {20, 64}}) {
            double[] w = Initializers.orthogonal(1.5).matrix(shape[0], shape[1], RANDOM, 40);
            assertTrue(orthogonalityError(w, shape[0], shape[1], 1.5) < 1e-12, Arrays.toString(shape));
        }
        // Haar measure: entries of an n x n orthogonal matrix have mean 0 and variance 1/n.
        int n = 200;
        double[] w = Initializers.orthogonal(1.0).matrix(n, n, RANDOM, 41);
        assertEquals(0.0, mean(w), 5 * Math.sqrt(1.0 / n / w.length));
        assertEquals(1.0 / n, variance(w), 5 * (1.0 / n) * Math.sqrt(2.0 / w.length));
        // Delta orthogonal: 3x3 kernel, 4 -> 6 channels; only the centre tap (index 4) is non-zero, and orthogonal.
        DeltaOrthogonalInit d = Initializers.deltaOrthogonal(1.0, 3, 3);
        double[] k = d.matrix(4, 6, RANDOM, 42);
        assertEquals(9 * 24, k.length);
        assertEquals(4, d.centre());
        for (int t = 0; t < 9; t++) {
            double[] tap = Arrays.copyOfRange(k, t * 24, (t + 1) * 24);
            if (t == 4) {
                assertTrue(orthogonalityError(tap, 4, 6, 1.0) < 1e-12);
            } else {
                assertArrayEquals(new double[24], tap);
            }
        }
        assertThrows(ParameterException.class, () -> d.matrix(6, 4, RANDOM, 42));
    }

    @Test
    void valuesDependOnlyOnSeedStreamAndPosition() {
        MatrixInitializer init = Initializers.xavierNormal();
        double[] a = init.matrix(30, 20, new CounterRandom(7), 3);
        assertArrayEquals(a, init.matrix(30, 20, new CounterRandom(7), 3));
        assertFalse(Arrays.equals(a, init.matrix(30, 20, new CounterRandom(7), 4)));
        assertFalse(Arrays.equals(a, init.matrix(30, 20, new CounterRandom(8), 3)));
        // Element-wise laws do not depend on the shape: position k is position k.
        double[] g = Initializers.gamma(2, 1).matrix(1, 100, RANDOM, 5);
        double[] h = Initializers.gamma(2, 1).matrix(10, 10, RANDOM, 5);
        assertArrayEquals(g, h);
    }

    @Test
    void distanceKernelsOnSmallGrids() {
        // 3 x 3 grid, sigma 0.5, max_w 2, normalised distances (divided by 3), no periodic boundary.
        MatrixInitializer gauss = Initializers.gaussianDecay(0.5, 2.0, Double.NaN, new int[] {3, 3}, false, true,
                false);
        double[] w = gauss.matrix(9, 9, RANDOM, 0);
        assertEquals(0.0, w[0], 0.0, "include_self = false");
        // (0,0) -> (0,1): d = 1/3; (0,0) -> (2,2): d^2 = 2 (2/3)^2.
        assertEquals(2 * Math.exp(-(1.0 / 9) / (2 * 0.25)), w[1], 1e-15);
        assertEquals(2 * Math.exp(-(8.0 / 9) / (2 * 0.25)), w[8], 1e-15);
        // Periodic 4-ring, raw distances: 0 -> 3 is distance 1 as 0 -> 1; min_w cuts distance 2 (2 e^-2 < 0.3).
        double[] ring = Initializers.gaussianDecay(1.0, 2.0, 0.3, new int[] {4}, true, false, true)
                .matrix(4, 4, RANDOM, 0);
        assertEquals(2.0, ring[0], 0.0);
        assertEquals(ring[1], ring[3], 0.0);
        assertEquals(2 * Math.exp(-0.5), ring[1], 1e-15);
        assertEquals(0.0, ring[2], 0.0);
        // Difference of Gaussians: centre excitation minus broader inhibition.
        double[] dog = Initializers.dogDecay(new double[] {1, 2}, new double[] {1, 0.5}, Double.NaN, new int[] {5},
                false, false, true).matrix(5, 5, RANDOM, 0);
        assertEquals(0.5, dog[0], 1e-15);
        assertEquals(Math.exp(-4.0 / 2) - 0.5 * Math.exp(-4.0 / 8), dog[2], 1e-15);
        assertThrows(ParameterException.class, () -> gauss.matrix(8, 8, RANDOM, 0));
        assertEquals(0.5, Initializers.clip(Initializers.constant(3), -0.5, 0.5).matrix(1, 1, RANDOM, 0)[0]);
    }

    @Test
    void byNameUsesBrainPysDefaultsAndRefusesUnknownNames() {
        assertEquals("Uniform(min_val=0.0, max_val=1.0)", Initializers.byName("Uniform").toString());
        assertEquals("VarianceScaling(scale=2.0, mode=fan_in, distribution=truncated_normal)",
                Initializers.byName("KaimingNormal").toString());
        ParameterException e = assertThrows(ParameterException.class, () -> Initializers.byName("He"));
        assertTrue(e.getMessage().contains("KaimingNormal"));
        assertThrows(ParameterException.class, () -> Initializers.byName("Gamma"));
        assertThrows(ParameterException.class, () -> Initializers.uniform(1, 0));
    }
}
