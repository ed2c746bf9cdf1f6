package org.brainj.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

class CrossCorrelationTest {

    private final CrossCorrelation measure = new CrossCorrelation();

    private double kappa(RecordedRun run, String target, double bin) {
        double[] out = measure.compute(run, target, Parameters.empty().with("bin", bin));
        assertEquals(1, out.length);
        return out[0];
    }

    // dt 1 ms, 6 steps. Neuron 0 spikes at steps 0, 1, 4; neuron 1 at 1, 3; neuron 2 never.
    private final RecordedRun run = new RecordedRun(6.0, 1.0).spikes("E", 3,
            new int[] {0, 0, 1, 1, 0}, new double[] {0, 1, 1, 3, 4});

    @Test
    void pairCoherenceByHand() {
        // bin 2 steps: neuron 0 in bins {0, 2}, neuron 1 in {0, 1}: kappa_01 = 1 / sqrt(2 * 2) = 1/2,
        // pairs with the silent neuron count 0, so the mean over 3 pairs is 1/6.
        assertEquals(1.0 / 6.0, kappa(run, "E", 2.0), 1e-15);
        // bin = 2.5 ms truncates to 2 steps, as BrainPy's int(bin / dt).
        assertEquals(1.0 / 6.0, kappa(run, "E", 2.5), 1e-15);
        // bin 3 steps: both in bins {0, 1}: kappa_01 = 2 / sqrt(2 * 2) = 1, mean 1/3.
        assertEquals(1.0 / 3.0, kappa(run, "E", 3.0), 1e-15);
        // bin 1 step: neuron 0 in {0, 1, 4}, neuron 1 in {1, 3}: kappa_01 = 1 / sqrt(6).
        assertEquals(1.0 / Math.sqrt(6.0) / 3.0, kappa(run, "E", 1.0), 1e-15);
    }

    @Test
    void paddedLastBinAndSynchrony() {
        // 5 steps in bins of 2: the third bin holds step 4 and a padding step.
        RecordedRun sync = new RecordedRun(5.0, 1.0).spikes("S", 2,
                new int[] {0, 1, 1, 0}, new double[] {1, 1, 4, 4});
        assertEquals(1.0, kappa(sync, "S", 2.0), 1e-15);
        RecordedRun silent = new RecordedRun(5.0, 1.0).spikes("Q", 4, new int[0], new double[0]);
        assertEquals(0.0, kappa(silent, "Q", 2.0));
    }

    @Test
    void matchesPairwiseDefinitionOnRandomTrains() {
        Random rnd = new Random(5);
        int n = 25;
        int steps = 400;
        double dt = 0.1;
        int binSteps = 7;
        boolean[][] fired = new boolean[n][steps];
        int count = 0;
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < n; i++) {
                // Neuron-dependent rates, a few silent neurons.
                fired[i][s] = i % 6 != 5 && rnd.nextDouble() < 0.01 * (1 + i % 4);
                count += fired[i][s] ? 1 : 0;
            }
        }
        int[] idx = new int[count];
        double[] times = new double[count];
        int k = 0;
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < n; i++) {
                if (fired[i][s]) {
                    idx[k] = i;
                    times[k++] = s * dt;
                }
            }
        }
        int bins = (steps + binSteps - 1) / binSteps;
        double[][] x = new double[n][bins];
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < steps; s++) {
                if (fired[i][s]) {
                    x[i][s / binSteps] = 1.0;
                }
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double xy = 0;
                double sx = 0;
                double sy = 0;
                for (int l = 0; l < bins; l++) {
                    xy += x[i][l] * x[j][l];
                    sx += x[i][l];
                    sy += x[j][l];
                }
                double den = Math.sqrt(sx * sy);
                total += den == 0 ? 0 : xy / den;
            }
        }
        double expected = total / (n * (n - 1) / 2.0);
        RecordedRun random = new RecordedRun(steps * dt, dt).spikes("R", n, idx, times);
        assertEquals(expected, kappa(random, "R", binSteps * dt + 1e-9), 1e-12);
    }

    @Test
    void badInputIsRejected() {
        assertEquals("bin", assertThrows(ParameterException.class, () -> kappa(run, "E", 0.5)).parameter());
        RecordedRun single = new RecordedRun(6.0, 1.0).spikes("O", 1, new int[] {0}, new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> kappa(single, "O", 2.0));
        RecordedRun badIndex = new RecordedRun(6.0, 1.0).spikes("B", 2, new int[] {2}, new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> kappa(badIndex, "B", 2.0));
    }
}
