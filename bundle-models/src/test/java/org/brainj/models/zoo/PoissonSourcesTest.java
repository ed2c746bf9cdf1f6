package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.api.random.CounterRandom;
import org.brainj.models.internal.NeuronModels;
import org.brainj.models.kit.PostSynapse;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

class PoissonSourcesTest {

    private static PoissonGroup group(int size, double freqs) {
        return (PoissonGroup) new NeuronModels().create("PoissonGroup", "p", size,
                Parameters.of(Map.of("freqs", freqs)));
    }

    @Test
    void empiricalRateIsWithinThreeSigma() {
        int n = 5000;
        int steps = 2000;
        PoissonGroup g = group(n, 20.0);
        g.bindRandom(new CounterRandom(11), 4);
        FixedStepContext ctx = new FixedStepContext(0.1);
        long count = 0;
        for (int s = 0; s < steps; s++) {
            g.update(ctx);
            int flagged = 0;
            for (boolean b : g.spikes()) {
                flagged += b ? 1 : 0;
            }
            assertEquals(flagged, g.firedCount());
            count += g.firedCount();
            ctx.advance();
        }
        double p = 20.0 * 0.1 / 1000.0;
        double mean = (double) n * steps * p;
        double sigma = Math.sqrt(n * steps * p * (1 - p));
        assertEquals(mean, count, 3 * sigma);
        assertNull(g.potential());
        assertThrows(ModelException.class, () -> g.attach(PostSynapse.of(new Expon(n, 5.0), new Coba(0.0))));
    }

    @Test
    void spikesDependOnSeedAndStreamButNotOnSlicing() {
        int n = 6001;
        PoissonGroup serial = group(n, 50.0);
        PoissonGroup sliced = group(n, 50.0);
        PoissonGroup other = group(n, 50.0);
        serial.bindRandom(new CounterRandom(5), 2);
        sliced.bindRandom(new CounterRandom(5), 2);
        sliced.bindLoop(new SlicedLoop(4));
        other.bindRandom(new CounterRandom(5), 3);
        FixedStepContext ctx = new FixedStepContext(0.1);
        int differ = 0;
        for (int s = 0; s < 200; s++) {
            serial.update(ctx);
            sliced.update(ctx);
            other.update(ctx);
            assertArrayEquals(serial.spikes(), sliced.spikes());
            assertEquals(serial.firedCount(), sliced.firedCount());
            for (int k = 0; k < serial.firedCount(); k++) {
                assertEquals(serial.fired()[k], sliced.fired()[k]);
            }
            differ += java.util.Arrays.equals(serial.spikes(), other.spikes()) ? 0 : 1;
            ctx.advance();
        }
        assertTrue(differ > 190, "another stream gives other spikes");
    }

    @Test
    void silentAtZeroRate() {
        PoissonGroup g = group(100, 0.0);
        g.update(new FixedStepContext(0.1));
        assertEquals(0, g.firedCount());
        assertThrows(ParameterException.class, () -> group(10, -1.0));
    }

    private static PoissonStim stim(Map<String, Double> params) {
        return (PoissonStim) new NeuronModels().create("PoissonStim", "stim", 2000, Parameters.of(params));
    }

    @Test
    void stimulusRateIsRedrawnEveryIntervalInsideTheWindowOnly() {
        PoissonStim s = stim(Map.of("t_start", 100.0, "t_end", 1100.0, "freq_mean", 40.0, "freq_var", 10.0));
        s.bindRandom(new CounterRandom(3), 7);
        assertEquals(0.0, s.rate(99.9));
        assertEquals(0.0, s.rate(1100.0));
        assertEquals(0.0, s.rate(5000.0));
        double sum = 0.0;
        double previous = -1.0;
        int changes = 0;
        for (int k = 0; k < 20; k++) {
            double t0 = 100.0 + 50.0 * k;
            double r = s.rate(t0);
            // Constant within the interval (step times t0 + i*0.1 carry rounding) ...
            assertEquals(r, s.rate(t0 + 0.1 * 250), 0.0);
            assertEquals(r, s.rate(t0 + 49.9), 0.0);
            assertTrue(r >= 0.0);
            changes += r != previous ? 1 : 0;
            previous = r;
            sum += r;
        }
        // ... and redrawn at every interval.
        assertEquals(20, changes);
        assertEquals(40.0, sum / 20, 3 * 10.0 / Math.sqrt(20));
    }

    @Test
    void stimulusRatesAverageToTheirMeanAndFireAccordingly() {
        PoissonStim s = stim(Map.of("freq_mean", 40.0, "freq_var", 10.0, "t_interval", 10.0));
        s.bindRandom(new CounterRandom(9), 1);
        double sum = 0.0;
        int intervals = 2000;
        for (int k = 0; k < intervals; k++) {
            sum += s.rate(10.0 * k);
        }
        // max(0, N(40, 10)) has mean 40 up to 1e-5: within 3 sigma of the sample mean.
        assertEquals(40.0, sum / intervals, 3 * 10.0 / Math.sqrt(intervals));
        // Spikes follow the drawn rate: over 1 s, count = sum over steps of n rate dt/1000, within 3 sigma.
        FixedStepContext ctx = new FixedStepContext(0.1);
        double expected = 0.0;
        long count = 0;
        for (int step = 0; step < 10000; step++) {
            expected += 2000 * s.rate(ctx.t()) * 0.1 / 1000.0;
            s.update(ctx);
            count += s.firedCount();
            ctx.advance();
        }
        assertEquals(expected, count, 3 * Math.sqrt(expected));
    }

    @Test
    void stimulusWithZeroVarianceIsAPlainPoissonGroupInTheWindow() {
        PoissonStim s = stim(Map.of("freq_var", 0.0, "freq_mean", 25.0, "t_start", 10.0, "t_end", 20.0));
        assertEquals(25.0, s.rate(10.0));
        assertEquals(25.0, s.rate(19.9));
        assertNotEquals(25.0, s.rate(20.0));
        assertThrows(ParameterException.class, () -> stim(Map.of("t_start", 10.0, "t_end", 5.0)));
    }
}
