package org.brainj.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

class VoltageFluctuationTest {

    private final VoltageFluctuation measure = new VoltageFluctuation();

    private double[] chi2(double[] v0, double[] v1) {
        double[] values = new double[2 * v0.length];
        double[] times = new double[v0.length];
        for (int s = 0; s < v0.length; s++) {
            values[2 * s] = v0[s];
            values[2 * s + 1] = v1[s];
            times[s] = s;
        }
        RecordedRun run = new RecordedRun(v0.length, 1.0).trace("E.V", new int[] {0, 1}, times, values);
        return measure.compute(run, "E.V", Parameters.empty());
    }

    @Test
    void handComputedValues() {
        // Anti-phase: the population mean is flat, chi^2 = 0.
        assertArrayEquals(new double[] {0.0}, chi2(new double[] {0, 2, 4}, new double[] {4, 2, 0}), 1e-15);
        // In phase: chi^2 = 1.
        assertArrayEquals(new double[] {1.0}, chi2(new double[] {0, 2, 4}, new double[] {0, 2, 4}), 1e-15);
        // Mean trace [0.5, 1, 3]: variance 7/6; member variances 2/3 and 2, mean 4/3; chi^2 = 7/8.
        assertArrayEquals(new double[] {0.875}, chi2(new double[] {1, 2, 3}, new double[] {0, 0, 3}), 1e-15);
        // Nothing varies: defined as 1.
        assertArrayEquals(new double[] {1.0}, chi2(new double[] {-65, -65}, new double[] {-60, -60}));
    }

    @Test
    void missingOrEmptyTraceIsRejected() {
        RecordedRun run = new RecordedRun(1.0, 1.0).trace("E.V", new int[] {0}, new double[0], new double[0]);
        assertThrows(IllegalArgumentException.class, () -> measure.compute(run, "E.V", Parameters.empty()));
        assertThrows(IllegalArgumentException.class, () -> measure.compute(run, "I.V", Parameters.empty()));
    }
}
