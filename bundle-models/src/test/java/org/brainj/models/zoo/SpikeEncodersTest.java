package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.api.random.CounterRandom;
import org.brainj.models.internal.NeuronModels;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

/** PoissonEncoder, LatencyEncoder, DiffEncoder and WeightedPhaseEncoder against their definitions. */
class SpikeEncodersTest {

    // ---- PoissonEncoder ----

    @Test
    void poissonEncoderWithEqualRatesSpikesExactlyLikeAPoissonGroup() {
        int n = 1001;
        double[] rates = new double[n];
        java.util.Arrays.fill(rates, 40.0);
        PoissonEncoder.Source enc = PoissonEncoder.encode("enc", rates);
        PoissonGroup group = (PoissonGroup) new NeuronModels().create("PoissonGroup", "pg", n,
                Parameters.of(Map.of("freqs", 40.0)));
        enc.bindRandom(new CounterRandom(21), 5);
        group.bindRandom(new CounterRandom(21), 5);
        FixedStepContext ctx = new FixedStepContext(0.1);
        long spikes = 0;
        for (int s = 0; s < 300; s++) {
            enc.update(ctx);
            group.update(ctx);
            assertArrayEquals(group.spikes(), enc.spikes());
            assertEquals(group.firedCount(), enc.firedCount());
            spikes += enc.firedCount();
            ctx.advance();
        }
        assertTrue(spikes > 0);
    }

    @Test
    void poissonEncoderMemberFiresWithItsOwnProbability() {
        // Half the members at 0 Hz, a quarter at 10 Hz, a quarter at 100 Hz; dt = 0.5 ms.
        int n = 4000;
        double[] rates = new double[n];
        for (int i = 0; i < n; i++) {
            rates[i] = i < n / 2 ? 0.0 : (i % 2 == 0 ? 10.0 : 100.0);
        }
        PoissonEncoder.Source enc = PoissonEncoder.encode("enc", rates);
        enc.bindRandom(new CounterRandom(2), 1);
        FixedStepContext ctx = new FixedStepContext(0.5);
        long[] counts = new long[3];
        int steps = 2000;
        for (int s = 0; s < steps; s++) {
            enc.update(ctx);
            for (int k = 0; k < enc.firedCount(); k++) {
                int i = enc.fired()[k];
                counts[i < n / 2 ? 0 : (i % 2 == 0 ? 1 : 2)]++;
            }
            ctx.advance();
        }
        assertEquals(0, counts[0]);
        for (int c = 1; c <= 2; c++) {
            double p = (c == 1 ? 10.0 : 100.0) * 0.5 / 1000.0;
            double trials = (double) n / 4 * steps;
            assertEquals(trials * p, counts[c], 3 * Math.sqrt(trials * p * (1 - p)), "rate class " + c);
        }
    }

    @Test
    void poissonEncoderRatesAndValidation() {
        assertArrayEquals(new double[] {0.0, 50.0, 100.0, 0.0, 100.0},
                PoissonEncoder.rates(new double[] {0, 127.5, 255, -3, 300}, 0, 255, 100.0), 1e-12);
        assertThrows(ParameterException.class, () -> PoissonEncoder.encode("e", new double[] {1, -1}));
        assertThrows(ParameterException.class, () -> PoissonEncoder.encode("e", new double[0]));
        PoissonEncoder.Source s = PoissonEncoder.encode("e", new double[] {1, 2});
        assertThrows(ParameterException.class, () -> s.setRates(new double[] {1}));
        assertThrows(ParameterException.class, () -> s.setRates(new double[] {1, Double.NaN}));
        assertArrayEquals(new double[] {1, 2}, s.rates());
        assertThrows(ParameterException.class, () -> PoissonEncoder.rates(new double[] {1}, 1, 1, 10));
    }

    // ---- LatencyEncoder ----

    @Test
    void linearLatencyOfMaxIsFirstSpikeTimeAndOfMinIsTheWindowEnd() {
        LatencyEncoder e = LatencyEncoder.linear().withTau(10.0).withFirstSpikeTime(1.0).withRange(0, 255);
        double dt = 0.1;
        assertEquals(1.0, e.spikeTime(255, dt, 10.0), 1e-12);
        assertEquals(10, e.spikeStep(255, dt, 10.0));
        // Min: T - dt, the last step of the window [0, T).
        assertEquals(9.9, e.spikeTime(0, dt, 10.0), 1e-12);
        assertEquals(99, e.spikeStep(0, dt, 10.0));
        // In between, linear: x = 0.25 -> 8.9 * 0.75 + 1 = 7.675 ms, step round(76.75) = 77.
        assertEquals(7.675, e.spikeTime(0.25 * 255, dt, 10.0), 1e-12);
        assertEquals(77, e.spikeStep(0.25 * 255, dt, 10.0));
        // A window shorter than the latency: no spike.
        assertEquals(-1, e.spikeStep(0, dt, 5.0));
    }

    @Test
    void linearNormalizedMatchesBrainPysDocExample() {
        // bp.encoding.LatencyEncoder(method='linear', normalize=True).multi_steps([0.02, 0.5, 1], n_time=5), dt = 1:
        // steps 4, 2, 0.
        LatencyEncoder e = LatencyEncoder.linear().withNormalize(true);
        assertEquals(4, e.spikeStep(0.02, 1.0, 5.0));
        assertEquals(2, e.spikeStep(0.5, 1.0, 5.0));
        assertEquals(0, e.spikeStep(1.0, 1.0, 5.0));
        SpikeTimeGroup g = e.encode("lat", new double[] {0.02, 0.5, 1.0}, 1.0, 5.0);
        FixedStepContext ctx = new FixedStepContext(1.0);
        g.reset();
        int[][] expected = {{2}, {}, {1}, {}, {0}};
        for (int s = 0; s < 5; s++) {
            g.update(ctx);
            assertArrayEquals(expected[s], java.util.Arrays.copyOf(g.fired(), g.firedCount()), "step " + s);
            ctx.advance();
        }
    }

    @Test
    void logLatencyFollowsTheRcFormulaAndSaturatesBelowThreshold() {
        LatencyEncoder e = LatencyEncoder.log().withTau(5.0);
        double dt = 0.1;
        double span = 5.0 - 0.1;
        assertEquals(span * Math.log(0.5 / 0.49), e.spikeTime(0.5, dt, 20.0), 1e-12);
        assertEquals(span * Math.log(1.0 / 0.99), e.spikeTime(1.0, dt, 20.0), 1e-12);
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 2; k <= 100; k++) {
            double t = e.spikeTime(k / 100.0, dt, 20.0);
            assertTrue(t < previous, "later spike for smaller input at " + k);
            previous = t;
        }
        double saturated = span * Math.log((0.01 + 1e-7) / 1e-7);
        assertEquals(saturated, e.spikeTime(0.005, dt, 20.0), 1e-9);
        assertEquals(saturated, e.spikeTime(0.0, dt, 20.0), 1e-9);
        assertEquals(-1, e.spikeStep(0.0, dt, 20.0));
        assertEquals(Math.rint(saturated / dt), e.spikeStep(0.0, dt, 100.0), 0.0);
        // Clip: below the threshold never fires, whatever the window.
        LatencyEncoder c = e.withClip(true);
        assertEquals(Double.POSITIVE_INFINITY, c.spikeTime(0.005, dt, 100.0));
        assertEquals(-1, c.spikeStep(0.005, dt, 100.0));
        assertEquals(e.spikeStep(0.5, dt, 20.0), c.spikeStep(0.5, dt, 20.0));
        assertThrows(ParameterException.class, () -> e.withThreshold(1.5));
        assertThrows(ParameterException.class, () -> e.withTau(0.0));
        assertThrows(ParameterException.class, () -> e.spikeTime(0.5, 0.0, 10.0));
    }

    // ---- DiffEncoder ----

    @Test
    void diffEncoderReconstructsTheSignalWithinTheThreshold() {
        int steps = 400;
        double theta = 0.05;
        double[][] x = new double[steps][2];
        for (int s = 0; s < steps; s++) {
            x[s][0] = Math.sin(2 * Math.PI * s / 100.0);  // max change per step 0.063 > theta: brief overload
            x[s][1] = 0.5 * Math.cos(2 * Math.PI * s / 80.0) + 0.3;  // change per step <= 0.04
        }
        DiffEncoder.Spikes sp = DiffEncoder.encode(x, theta);
        double[][] r = sp.reconstruct(steps);
        for (int s = 0; s < steps; s++) {
            assertTrue(Math.abs(x[s][1] - r[s][1]) <= theta + 1e-12, "channel 1 at step " + s);
        }
        // Channel 0 changes by up to 0.063 per step near its zero crossings (slope overload against 0.05): the error
        // grows beyond theta there, and is back within theta at every peak and trough, where the signal is slow.
        double worst = 0;
        for (int s = 0; s < steps; s++) {
            worst = Math.max(worst, Math.abs(x[s][0] - r[s][0]));
        }
        assertTrue(worst > theta, "overload shows: worst error " + worst);
        for (int s = 25; s < steps; s += 50) {
            assertTrue(Math.abs(x[s][0] - r[s][0]) <= theta + 1e-12, "recovered at extremum step " + s);
        }
        // Spike count is the signal's total variation over theta, to within one per monotone stretch.
        int on1 = 0;
        int off1 = 0;
        for (int k = 0; k < sp.count(); k++) {
            if (sp.indices()[k] == 1) {
                on1 += sp.signs()[k] > 0 ? 1 : 0;
                off1 += sp.signs()[k] < 0 ? 1 : 0;
            }
        }
        double variation = 0;
        for (int s = 1; s < steps; s++) {
            variation += Math.abs(x[s][1] - x[s - 1][1]);
        }
        assertEquals(variation / theta, on1 + off1, 12.0);
        int[][] on = sp.on();
        int[][] off = sp.off();
        assertEquals(sp.count(), on[0].length + off[0].length);
    }

    @Test
    void diffEncoderStepInputAndConstantInput() {
        // A jump of 0.35 with theta 0.1: one ON spike per step until within theta (3 spikes), then silence.
        double[][] x = new double[8][1];
        for (int s = 3; s < 8; s++) {
            x[s][0] = 0.35;
        }
        DiffEncoder.Spikes sp = DiffEncoder.encode(x, 0.1);
        assertArrayEquals(new int[] {3, 4, 5}, sp.steps());
        assertArrayEquals(new int[] {1, 1, 1}, sp.signs());
        assertEquals(0.3, sp.reconstruct(8)[7][0], 1e-12);
        // A drop of exactly theta is not "more than theta": no spike.
        assertEquals(0, DiffEncoder.encode(new double[][] {{1.0}, {0.5}}, 0.5).count());
        assertEquals(0, DiffEncoder.encode(new double[][] {{1.0}, {1.0}, {1.0}}, 0.01).count());
        assertThrows(ParameterException.class, () -> DiffEncoder.encode(x, 0.0));
        assertThrows(ParameterException.class, () -> DiffEncoder.encode(new double[][] {{1, 2}, {1}}, 0.1));
        assertThrows(ParameterException.class, () -> DiffEncoder.encode(new double[][] {{Double.NaN}}, 0.1));
    }

    // ---- WeightedPhaseEncoder ----

    @Test
    void weightedPhasePatternIsTheBinaryExpansion() {
        WeightedPhaseEncoder e = WeightedPhaseEncoder.of(4);
        // 0.6875 = 0.1011b
        assertArrayEquals(new boolean[] {true, false, true, true}, e.pattern(0.6875));
        assertEquals(0.6875, e.decode(e.pattern(0.6875)), 0.0);
        assertArrayEquals(new boolean[] {false, false, false, false}, e.pattern(0.0));
        // Just below 1: all phases, 1 - 2^-4.
        assertEquals(0.9375, e.decode(e.pattern(0.99)), 0.0);
        assertEquals(0.5, e.weight(0));
        assertEquals(0.0625, e.weight(3));
        assertEquals(0.5, e.weight(4));
        assertThrows(ParameterException.class, () -> e.pattern(1.0));
        assertThrows(ParameterException.class, () -> e.pattern(-0.1));
        assertThrows(ParameterException.class, () -> WeightedPhaseEncoder.of(0));
    }

    @Test
    void weightedPhaseMatchesTheGreedyRuleAndDecodesWithinOneLsb() {
        CounterRandom r = new CounterRandom(8);
        for (int k : new int[] {1, 3, 8, 16}) {
            WeightedPhaseEncoder e = WeightedPhaseEncoder.of(k);
            for (int j = 0; j < 500; j++) {
                double x = r.uniform(0, j, k);
                boolean[] p = e.pattern(x);
                // BrainPy's loop: spike iff remainder >= w, then subtract w.
                double rest = x;
                for (int i = 0; i < k; i++) {
                    double w = Math.pow(2, -(i + 1));
                    boolean spike = rest >= w;
                    rest -= spike ? w : 0;
                    assertEquals(spike, p[i], "x = " + x + ", phase " + i);
                }
                double d = e.decode(p);
                assertTrue(d <= x && x - d < Math.pow(2, -k), "x = " + x + " decodes to " + d);
            }
        }
    }

    @Test
    void weightedPhaseEncodingRepeatsEveryPeriod() {
        WeightedPhaseEncoder e = WeightedPhaseEncoder.of(3);
        // 0.75 = 0.110b, 0.125 = 0.001b
        int[][] sp = e.encode(new double[] {0.75, 0.125}, 7);
        assertArrayEquals(new int[] {0, 0, 1, 0, 0, 1, 0}, sp[0]);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, sp[1]);
        assertEquals(0, e.encode(new double[] {0.5}, 0)[0].length);
    }
}
