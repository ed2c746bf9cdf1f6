package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.DivergenceException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Initializer;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

/**
 * Izhikevich neurons. The firing-pattern test uses the parameter table of Izhikevich, "Simple model of spiking
 * neurons", IEEE Trans. Neural Networks 14(6):1569–1572 (2003), Fig. 2, at I = 10 as in that figure's caption.
 */
class IzhikevichTest {

    enum Pattern { RS, IB, CH, FS, LTS, UNKNOWN }

    /**
     * Classifies a spike train by its inter-spike intervals: bursts are groups of spikes with ISIs below 10 ms.
     * FS: tonic high rate (every ISI below 10 ms, the last five within 5 % of each other); CH: three or more bursts
     * (repetitive bursting); IB: one initial burst and an abrupt jump (ISI × 4 or more) to tonic single spikes; LTS:
     * a high-frequency start whose ISIs lengthen gradually (no jump) past 10 ms; RS: no burst, and a later ISI longer
     * than 1.5 × the first (adaptation).
     */
    static Pattern classify(List<Double> spikes) {
        double[] isi = SpikeTrains.isis(spikes);
        if (isi.length < 6) {
            return Pattern.UNKNOWN;
        }
        double max = Arrays.stream(isi).max().orElseThrow();
        double[] last = Arrays.copyOfRange(isi, isi.length - 5, isi.length);
        double lastMean = Arrays.stream(last).average().orElseThrow();
        double lastSpread = Arrays.stream(last).map(x -> Math.abs(x - lastMean)).max().orElseThrow();
        int bursts = SpikeTrains.bursts(spikes, 10.0);
        if (max < 10.0 && lastSpread < 0.05 * lastMean) {
            return Pattern.FS;
        }
        if (bursts >= 3) {
            return Pattern.CH;
        }
        if (bursts == 1 && isi[0] < 10.0 && lastMean >= 10.0) {
            double jump = 0;
            for (int k = 0; k + 1 < isi.length; k++) {
                jump = Math.max(jump, isi[k + 1] / isi[k]);
            }
            return jump >= 4.0 ? Pattern.IB : Pattern.LTS;
        }
        if (bursts == 0 && max > 1.5 * isi[0]) {
            return Pattern.RS;
        }
        return Pattern.UNKNOWN;
    }

    private static Izhikevich izh(Map<String, Double> params) {
        return (Izhikevich) SpikeTrains.create("Izhikevich", 1, params);
    }

    private static List<Double> train(double a, double b, double c, double d, double dt) {
        return SpikeTrains.spikeTimes(izh(Map.of("a", a, "b", b, "c", c, "d", d)), 10.0, dt, 300.0);
    }

    @Test
    void publishedFiringPatternsAtTheDefaultStep() {
        // dt = 0.1 ms resolves the quadratic upstroke: the ISIs agree with dt = 0.01 ms to 0.1 ms (checked below).
        assertEquals(Pattern.RS, classify(train(0.02, 0.2, -65, 8, 0.1)), "regular spiking");
        assertEquals(Pattern.IB, classify(train(0.02, 0.2, -55, 4, 0.1)), "intrinsically bursting");
        assertEquals(Pattern.CH, classify(train(0.02, 0.2, -50, 2, 0.1)), "chattering");
        assertEquals(Pattern.FS, classify(train(0.1, 0.2, -65, 2, 0.1)), "fast spiking");
        assertEquals(Pattern.LTS, classify(train(0.02, 0.25, -65, 2, 0.1)), "low-threshold spiking");
    }

    @Test
    void classifierCanFail() {
        // A pure tonic train (no adaptation, slow) is none of the five.
        List<Double> tonic = List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0, 120.0, 140.0);
        assertEquals(Pattern.UNKNOWN, classify(tonic));
    }

    @Test
    void spikeTimesConvergeWithTheStep() {
        List<Double> coarse = train(0.02, 0.2, -65, 8, 0.1);
        List<Double> fine = train(0.02, 0.2, -65, 8, 0.01);
        assertEquals(fine.size(), coarse.size());
        for (int k = 0; k < fine.size(); k++) {
            assertEquals(fine.get(k), coarse.get(k), 0.6, "spike " + k);
        }
    }

    @Test
    void nativeStepAgreesWithRk4() {
        // Independent integration: the same equations through the platform's rk4 (generic path) at dt = 0.0025 ms.
        // Exponential Euler is first order: its spike-time error accumulates over the resets (chattering, 17 spikes
        // in 150 ms: 0.05 ms at dt = 0.005); it must stay within 0.1 ms, and not grow when dt shrinks.
        for (double[] p : new double[][] {{0.02, 0.2, -65, 8}, {0.02, 0.2, -50, 2}}) {
            Map<String, Double> params = Map.of("a", p[0], "b", p[1], "c", p[2], "d", p[3]);
            Izhikevich rk = izh(params);
            rk.useMethod("rk4");
            List<Double> ref = SpikeTrains.spikeTimes(rk, 10.0, 0.0025, 150.0);
            double e1 = maxError(ref, SpikeTrains.spikeTimes(izh(params), 10.0, 0.01, 150.0));
            double e2 = maxError(ref, SpikeTrains.spikeTimes(izh(params), 10.0, 0.005, 150.0));
            assertTrue(e2 < 0.1, "max error " + e2 + " ms at dt = 0.005 for " + Arrays.toString(p));
            assertTrue(e2 <= e1 + 0.0025, "errors " + e1 + ", " + e2 + " for " + Arrays.toString(p));
        }
    }

    private static double maxError(List<Double> ref, List<Double> got) {
        assertEquals(ref.size(), got.size(), ref + " vs " + got);
        double e = 0;
        for (int k = 0; k < ref.size(); k++) {
            e = Math.max(e, Math.abs(ref.get(k) - got.get(k)));
        }
        return e;
    }

    @Test
    void restingStateIsTheFixedPoint() {
        // With I = 0 and b = 0.2 the stable rest solves 0.04V^2 + 4.8V + 140 = 0: V = -70, u = -14.
        Izhikevich pop = izh(Map.of());
        FixedStepContext ctx = new FixedStepContext(0.1);
        for (int s = 0; s < 2000; s++) {
            pop.update(ctx);
            assertFalse(pop.spikes()[0]);
            ctx.advance();
        }
        assertEquals(-70.0, pop.potential()[0], 1e-9);
        assertEquals(-14.0, pop.recovery()[0], 1e-9);
    }

    @Test
    void oneStepIsExponentialEuler() {
        Izhikevich pop = izh(Map.of());
        double v = -60.0;
        double u = -10.0;
        double i = 4.0;
        double dt = 0.1;
        pop.potential()[0] = v;
        pop.recovery()[0] = u;
        pop.input()[0] = i;
        pop.update(new FixedStepContext(dt));
        double f = 0.04 * v * v + 5 * v + 140 - u + i;
        double lin = 0.08 * v + 5;
        assertEquals(v + Math.expm1(lin * dt) / lin * f, pop.potential()[0], 1e-12);
        assertEquals(0.2 * v + (u - 0.2 * v) * Math.exp(-0.02 * dt), pop.recovery()[0], 1e-12);
        // At V = -62.5 the linear coefficient vanishes and the weight is dt.
        pop.potential()[0] = -62.5;
        pop.recovery()[0] = 0.0;
        pop.update(new FixedStepContext(dt));
        assertEquals(-62.5 + dt * (0.04 * 62.5 * 62.5 - 5 * 62.5 + 140), pop.potential()[0], 1e-12);
    }

    @Test
    void spikeResetsVAndIncrementsU() {
        Izhikevich pop = izh(Map.of());
        pop.potential()[0] = 29.0;
        pop.recovery()[0] = 1.0;
        pop.input()[0] = 1000.0;
        pop.update(new FixedStepContext(0.1));
        assertTrue(pop.spikes()[0]);
        assertEquals(-65.0, pop.potential()[0]);
        double uInf = 0.2 * 29.0;
        assertEquals(uInf + (1.0 - uInf) * Math.exp(-0.002) + 8.0, pop.recovery()[0], 1e-12);
        assertEquals(0, pop.fired()[0]);
        assertEquals(1, pop.firedCount());
    }

    @Test
    void defaultsAreBrainPys() {
        Izhikevich pop = izh(Map.of());
        assertEquals(List.of("V", "u"), pop.state().stream().map(s -> s.name()).toList());
        assertEquals(-70.0, pop.potential()[0]);
        assertEquals(-14.0, pop.recovery()[0], 1e-12, "u0 = b V0");
        assertNull(pop.lastSpikeTime());
        assertTrue(Double.isNaN(pop.tauRef()));
        pop.initialize("V", Initializer.constant(-60.0));
        pop.reset();
        assertEquals(-12.0, pop.recovery()[0], 1e-12, "u follows an initialised V");
        pop.initialize("u", Initializer.constant(3.0));
        pop.reset();
        assertEquals(3.0, pop.recovery()[0]);
        IzhikevichRef ref = (IzhikevichRef) SpikeTrains.create("IzhikevichRef", 2, Map.of());
        assertEquals(0.0, ref.tauRef());
        assertEquals(List.of("V", "u", "t_last_spike"), ref.state().stream().map(s -> s.name()).toList());
        assertEquals(-1e7, ref.lastSpikeTime()[1]);
    }

    @Test
    void refractoryVariantHoldsVAtC() {
        IzhikevichRef pop = (IzhikevichRef) SpikeTrains.create("IzhikevichRef", 1, Map.of("tau_ref", 2.05));
        FixedStepContext ctx = new FixedStepContext(0.1);
        pop.potential()[0] = 29.9;
        pop.input()[0] = 1000.0;
        pop.update(ctx);
        assertTrue(pop.spikes()[0]);
        double u = pop.recovery()[0];
        for (int s = 1; s <= 20; s++) {
            ctx.advance();
            pop.input()[0] = 1000.0;
            pop.deltaInput()[0] = 50.0;
            pop.update(ctx);
            assertFalse(pop.spikes()[0], "step " + s);
            assertEquals(-65.0, pop.potential()[0], "step " + s);
        }
        assertTrue(pop.recovery()[0] != u, "u keeps integrating during the refractory period");
        ctx.advance();
        pop.input()[0] = 1000.0;
        pop.update(ctx);
        assertTrue(pop.potential()[0] > -65.0 || pop.spikes()[0], "integrates once t - t_last > tau_ref");
        // The generic path holds the same way.
        IzhikevichRef rk = (IzhikevichRef) SpikeTrains.create("IzhikevichRef", 1, Map.of("tau_ref", 2.05));
        rk.useMethod("rk4");
        List<Double> a = SpikeTrains.spikeTimes(rk, 10.0, 0.1, 100.0);
        List<Double> b = SpikeTrains.spikeTimes(
                SpikeTrains.create("IzhikevichRef", 1, Map.of("tau_ref", 2.05)), 10.0, 0.1, 100.0);
        assertEquals(a.size(), b.size());
    }

    @Test
    void nanThrowsDivergenceNamingV() {
        Izhikevich pop = (Izhikevich) SpikeTrains.create("Izhikevich", 3, Map.of());
        pop.input()[1] = Double.NaN;
        DivergenceException e = assertThrows(DivergenceException.class,
                () -> pop.update(new FixedStepContext(0.1)));
        assertEquals("V", e.variable());
        assertEquals(1, e.index());
    }

    @Test
    void badParametersAreRejectedByName() {
        assertEquals("V_th", assertThrows(ParameterException.class, () -> izh(Map.of("c", 40.0))).parameter());
        assertEquals("a", assertThrows(ParameterException.class, () -> izh(Map.of("a", -0.1))).parameter());
        assertEquals("tau_ref", assertThrows(ParameterException.class,
                () -> SpikeTrains.create("IzhikevichRef", 1, Map.of("tau_ref", -1.0))).parameter());
        assertEquals("tau_ref", assertThrows(ParameterException.class,
                () -> izh(Map.of("tau_ref", 1.0))).parameter(), "only the Ref variant has tau_ref");
    }
}
