package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

/**
 * Pinsky & Rinzel (1994), J. Comput. Neurosci. 1:39–60: with weak soma–dendrite coupling (g_c = 2.1 mS/cm²) the cell
 * fires bursts — a few somatic spikes riding a dendritic calcium spike, then a long quiescence set by the slow AHP —
 * while with strong coupling (g_c = 10.5 mS/cm²) the two compartments act as one and fire single spikes.
 */
class PinskyRinzelTest {

    private static List<Double> spikeTimes(PinskyRinzel pr, double current, double ms, double dt) {
        FixedStepContext ctx = new FixedStepContext(dt);
        List<Double> times = new ArrayList<>();
        long steps = Math.round(ms / dt);
        for (long s = 0; s < steps; s++) {
            pr.input()[0] = current;
            pr.update(ctx);
            if (pr.spikes()[0]) {
                times.add(ctx.t());
            }
            ctx.advance();
        }
        return times;
    }

    /** Groups spikes closer than 20 ms into bursts; returns the size of each. */
    private static List<Integer> bursts(List<Double> times) {
        List<Integer> sizes = new ArrayList<>();
        for (int k = 0; k < times.size(); k++) {
            if (k == 0 || times.get(k) - times.get(k - 1) > 20.0) {
                sizes.add(1);
            } else {
                sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + 1);
            }
        }
        return sizes;
    }

    @Test
    void weakCouplingBurstsStrongCouplingSpikes() {
        // I_s = 0.75 uA/cm^2 for 2 s at dt = 0.05 ms (our run: 6 bursts of 2-3 spikes, about 494 ms apart after the
        // first; strong coupling: 7 single spikes).
        List<Double> weak = spikeTimes(PinskyRinzel.create("pr", 1, Parameters.empty()), 0.75, 2000, 0.05);
        List<Integer> weakBursts = bursts(weak);
        assertTrue(weakBursts.size() >= 4, "bursts " + weakBursts + " from " + weak);
        for (int size : weakBursts) {
            assertTrue(size >= 2 && size <= 4, "burst sizes " + weakBursts);
        }
        List<Double> strong = spikeTimes(PinskyRinzel.create("pr", 1, Parameters.empty().with("gc", 10.5)), 0.75,
                2000, 0.05);
        List<Integer> strongBursts = bursts(strong);
        assertTrue(strong.size() >= 4, "spikes " + strong);
        for (int size : strongBursts) {
            assertEquals(1, size, "strong coupling fires single spikes: " + strong);
        }
    }

    @Test
    void exponentialEulerConvergesToTheRk4BurstRhythm() {
        // The interval between the last two bursts with the native step at 0.05 ms and with RK4 at 0.02 ms.
        List<Double> native05 = burstStarts(spikeTimes(PinskyRinzel.create("a", 1, Parameters.empty()), 0.75, 1500,
                0.05));
        PinskyRinzel rk = PinskyRinzel.create("b", 1, Parameters.empty());
        rk.useMethod("rk4");
        List<Double> rk4 = burstStarts(spikeTimes(rk, 0.75, 1500, 0.02));
        assertTrue(native05.size() >= 3 && rk4.size() >= 3, native05 + " / " + rk4);
        double periodNative = native05.get(native05.size() - 1) - native05.get(native05.size() - 2);
        double periodRk4 = rk4.get(rk4.size() - 1) - rk4.get(rk4.size() - 2);
        assertEquals(periodRk4, periodNative, 0.02 * periodRk4);
    }

    private static List<Double> burstStarts(List<Double> times) {
        List<Double> starts = new ArrayList<>();
        for (int k = 0; k < times.size(); k++) {
            if (k == 0 || times.get(k) - times.get(k - 1) > 20.0) {
                starts.add(times.get(k));
            }
        }
        return starts;
    }

    @Test
    void restsWithoutDriveAndRefusesABadAreaFraction() {
        PinskyRinzel pr = PinskyRinzel.create("pr", 1, Parameters.empty());
        assertEquals(0, spikeTimes(pr, -0.5, 500, 0.05).size());
        assertEquals(-64.6, PinskyRinzel.create("pr", 1, Parameters.empty()).potential()[0], 0.0);
        assertThrows(ParameterException.class, () -> PinskyRinzel.create("pr", 1, Parameters.empty().with("p", 1.0)));
    }
}
