package org.brainj.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

class FiringRateTest {

    private final FiringRate measure = new FiringRate();

    // 2 neurons, dt 0.5 ms, 10 steps; population spike counts per step = [1, 0, 2, 1, 0, 0, 0, 0, 0, 1].
    private final RecordedRun run = new RecordedRun(5.0, 0.5).spikes("E", 2,
            new int[] {0, 0, 1, 1, 0}, new double[] {0.0, 1.0, 1.0, 1.5, 4.5});

    @Test
    void threeStepBoxByHand() {
        // width 1.5 ms: w = 2 * int(1.5) + 1 = 3 steps; rate = window count / (2 neurons * 3 * 0.5 ms) * 1000.
        double third = 1000.0 / 3.0;
        double[] expected = {third, 1000, 1000, 1000, third, 0, 0, 0, third, third};
        assertArrayEquals(expected, measure.compute(run, "E", Parameters.empty().with("width", 1.5)), 1e-9);
        // width 1.0 ms rounds to the same 3-step box.
        assertArrayEquals(expected, measure.compute(run, "E", Parameters.empty().with("width", 1.0)), 1e-9);
    }

    @Test
    void oneStepBoxIsTheRawRate() {
        // width 0.9 ms: w = 1, rate = count / 2 neurons / 0.5 ms * 1000.
        double[] expected = {1000, 0, 2000, 1000, 0, 0, 0, 0, 0, 1000};
        assertArrayEquals(expected, measure.compute(run, "E", Parameters.empty().with("width", 0.9)), 1e-9);
    }

    @Test
    void constantFiringIsUnbiasedAwayFromTheEdges() {
        // 4 neurons spiking every step at dt 0.1 ms: 10 000 Hz; default width 10 ms gives w = 101 steps.
        int steps = 1000;
        int[] idx = new int[4 * steps];
        double[] times = new double[4 * steps];
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < 4; i++) {
                idx[4 * s + i] = i;
                times[4 * s + i] = s * 0.1;
            }
        }
        RecordedRun full = new RecordedRun(steps * 0.1, 0.1).spikes("P", 4, idx, times);
        double[] rate = measure.compute(full, "P", Parameters.empty());
        assertEquals(steps, rate.length);
        for (int s = 50; s < steps - 50; s++) {
            assertEquals(10_000.0, rate[s], 1e-9, "step " + s);
        }
        // At the first step only the 51 steps [0, 50] of the box lie inside the run.
        assertEquals(10_000.0 * 51 / 101, rate[0], 1e-9);
        assertEquals(10_000.0 * 51 / 101, rate[steps - 1], 1e-9);
    }

    @Test
    void badInputIsRejected() {
        assertEquals("width", assertThrows(ParameterException.class,
                () -> measure.compute(run, "E", Parameters.empty().with("width", 0.0))).parameter());
        assertEquals("bin", assertThrows(ParameterException.class,
                () -> measure.compute(run, "E", Parameters.empty().with("bin", 1.0))).parameter());
        assertThrows(IllegalArgumentException.class, () -> measure.compute(run, "I", Parameters.empty()));
        RecordedRun late = new RecordedRun(1.0, 0.5).spikes("E", 1, new int[] {0}, new double[] {1.0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> measure.compute(late, "E", Parameters.empty()));
        assertEquals(true, e.getMessage().contains("t = 1.0 ms"), e.getMessage());
    }
}
