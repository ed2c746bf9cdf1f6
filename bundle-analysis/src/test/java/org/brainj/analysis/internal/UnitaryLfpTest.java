package org.brainj.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

/** The Telenczuk et al. (2020) kernel LFP against the kernel written out by hand. */
class UnitaryLfpTest {

    private final UnitaryLfp measure = new UnitaryLfp();

    /** A sheet 1e-15 mm wide puts every neuron on the electrode: d < 1e-15 mm, so A = A0 and the delay is 10.4 ms to
     * within 1e-14 relative. */
    private static final Parameters POINT = Parameters.empty().with("xmax", 1e-15).with("ymax", 1e-15);

    @Test
    void singleSpikeAtTheElectrode() {
        // One excitatory spike at t = 0, soma layer: LFP(t) = 0.48 exp(-(t - 10.4)^2 / (2 * 3.15^2)) [uV].
        RecordedRun run = new RecordedRun(30.0, 0.1).spikes("E", 1, new int[] {0}, new double[] {0.0});
        double[] lfp = measure.compute(run, "E", POINT);
        assertEquals(300, lfp.length);
        for (int s = 0; s < 300; s++) {
            double u = s * 0.1 - 10.4;
            assertEquals(0.48 * Math.exp(-u * u / (2 * 3.15 * 3.15)), lfp[s], 1e-12, "step " + s);
        }
        assertEquals(0.48, lfp[104], 1e-12);
        // Inhibitory, deep layer (location 1): A0 = -0.2, sigma 2.1 ms.
        double[] deep = measure.compute(run, "E:inh", POINT.with("location", 1));
        for (int s = 0; s < 300; s++) {
            double u = s * 0.1 - 10.4;
            assertEquals(-0.2 * Math.exp(-u * u / (2 * 2.1 * 2.1)), deep[s], 1e-12, "step " + s);
        }
    }

    @Test
    void distanceScalesAndDelaysTheKernel() {
        // One neuron on a 0.2 x 0.2 mm sheet, placed by java.util.Random(seed): x then y, uniform. Its distance d
        // to the centre gives A = 0.48 exp(-d / 0.2 mm) and delay 10.4 ms + d / (0.2 mm/ms) (v_a = 0.2 m/s): with
        // d up to 0.14 mm that is up to 0.7 ms later than at the electrode.
        Random rnd = new Random(42);
        double x = rnd.nextDouble() * 0.2 - 0.1;
        double y = rnd.nextDouble() * 0.2 - 0.1;
        double d = Math.hypot(x, y);
        RecordedRun run = new RecordedRun(40.0, 0.05).spikes("E", 1, new int[] {0}, new double[] {2.0});
        double[] lfp = measure.compute(run, "E:exc", Parameters.empty().with("seed", 42));
        double a = 0.48 * Math.exp(-d / 0.2);
        double peak = 2.0 + 10.4 + d / 0.2;
        for (int s = 0; s < lfp.length; s++) {
            double u = s * 0.05 - peak;
            assertEquals(a * Math.exp(-u * u / (2 * 3.15 * 3.15)), lfp[s], 1e-12, "step " + s);
        }
    }

    @Test
    void populationsAdd() {
        // E (2 neurons) excitatory and I (1 neuron) inhibitory, all at the electrode, soma layer:
        // LFP = 0.48 [g_e(t - 1 - 10.4) + g_e(t - 4 - 10.4)] + 3 g_i(t - 2 - 10.4), g(u) = exp(-u^2 / (2 sigma^2)).
        RecordedRun run = new RecordedRun(50.0, 0.1)
                .spikes("E", 2, new int[] {1, 0}, new double[] {1.0, 4.0})
                .spikes("I", 1, new int[] {0}, new double[] {2.0});
        double[] lfp = measure.compute(run, "E:exc, I:inh", POINT);
        for (int s = 0; s < lfp.length; s++) {
            double t = s * 0.1;
            double expected = 0.48 * (g(t - 11.4, 3.15) + g(t - 14.4, 3.15)) + 3.0 * g(t - 12.4, 2.1);
            assertEquals(expected, lfp[s], 1e-12, "step " + s);
        }
    }

    private static double g(double u, double sigma) {
        return Math.exp(-u * u / (2 * sigma * sigma));
    }

    @Test
    void badInput() {
        RecordedRun run = new RecordedRun(10.0, 0.1).spikes("E", 1, new int[] {0}, new double[] {0.0});
        assertThrows(IllegalArgumentException.class, () -> measure.compute(run, "E:glia", POINT));
        assertThrows(IllegalArgumentException.class, () -> measure.compute(run, "X", POINT));
        assertEquals("location", assertThrows(ParameterException.class,
                () -> measure.compute(run, "E", POINT.with("location", 1.5))).parameter());
        assertEquals("location", assertThrows(ParameterException.class,
                () -> measure.compute(run, "E", POINT.with("location", 4))).parameter());
        assertEquals("va", assertThrows(ParameterException.class,
                () -> measure.compute(run, "E", POINT.with("va", 0))).parameter());
    }
}
