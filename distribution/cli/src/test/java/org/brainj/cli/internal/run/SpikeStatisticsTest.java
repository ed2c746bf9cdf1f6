package org.brainj.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.api.run.SpikeRecord;
import org.junit.jupiter.api.Test;

class SpikeStatisticsTest {

    @Test
    void cvIsMeanOverNeuronsWithThreeSpikesOfPopulationStdOverMean() {
        // Member 0 fires at 0, 10, 30, 60 ms: ISIs 10, 20, 30, mean 20, population sd sqrt(200/3) -> CV 0.408248.
        // Member 1 fires at 5, 10, 15: ISIs 5, 5 -> CV 0. Member 2 fires twice (left out), member 3 never.
        // Mean over members 0 and 1: 0.204124.
        int[] idx = {0, 1, 2, 0, 1, 1, 0, 2, 0};
        double[] t = {0, 5, 7, 10, 10, 15, 30, 40, 60};
        SpikeStatistics s = SpikeStatistics.of(new SpikeRecord("E", 4, idx, t), 100.0);
        assertEquals(Math.sqrt(200.0 / 3) / 20 / 2, s.cvIsi(), 1e-12);
        assertEquals(0.2041241452319315, s.cvIsi(), 1e-12);
        assertEquals(2, s.cvNeurons());
        assertEquals(9, s.spikes());
        assertEquals(9 / (4 * 0.1), s.rateHz(), 1e-12);
    }

    @Test
    void cvIsNaNWhenNoNeuronFiresThreeTimes() {
        SpikeStatistics s = SpikeStatistics.of(new SpikeRecord("E", 3, new int[] {0, 1, 0},
                new double[] {1, 2, 3}), 10.0);
        assertTrue(Double.isNaN(s.cvIsi()));
        assertEquals(0, s.cvNeurons());
    }

    @Test
    void cvStaysExactForNearlyEqualLongIntervals() {
        // ISIs 1e6, 1e6 + 1e-3, 1e6 - 1e-3 ms: deviations 0, +-1e-3, so sd = sqrt(2e-6 / 3) and CV = sd / 1e6,
        // about 8.2e-10; sums of squares (about 3e12) alone would lose it entirely.
        double[] t = {0, 1e6, 2e6 + 1e-3, 3e6};
        SpikeStatistics s = SpikeStatistics.of(new SpikeRecord("E", 1, new int[4], t), 3e6 + 1);
        double expected = Math.sqrt(2e-6 / 3) / 1e6;
        assertEquals(expected, s.cvIsi(), 1e-6 * expected);
    }

    @Test
    void rateOfEmptyPopulationOrNoTimeIsZero() {
        assertEquals(0.0, SpikeStatistics.rate(5, 0, 100));
        assertEquals(0.0, SpikeStatistics.rate(5, 10, 0));
        assertEquals(50.0, SpikeStatistics.rate(5, 1, 100));
    }
}
