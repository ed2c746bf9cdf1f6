package org.brainj.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

/** Raster, CV(ISI) and Fano factor on small trains, each expected value worked out in its comment. */
class SpikeTrainMeasuresTest {

    @Test
    void rasterSortsTiesByIndex() {
        // dt 1 ms, 6 steps; at t = 1 neurons 2 then 0 fire, at t = 3 neurons 1 then 0. numpy.where on the
        // time x neuron matrix lists (1, 0), (1, 2), (3, 0), (3, 1).
        RecordedRun run = new RecordedRun(6.0, 1.0).spikes("E", 3, new int[] {2, 0, 1, 0},
                new double[] {1, 1, 3, 3});
        assertArrayEquals(new double[] {0, 2, 0, 1, 1, 1, 3, 3},
                new Raster().compute(run, "E", Parameters.empty()));
        RecordedRun none = new RecordedRun(6.0, 1.0).spikes("E", 3, new int[0], new double[0]);
        assertEquals(0, new Raster().compute(none, "E", Parameters.empty()).length);
    }

    @Test
    void cvOfInterSpikeIntervals() {
        // Neuron 0 at 0, 2, 4, 6: ISIs 2, 2, 2 -> CV 0.
        // Neuron 1 at 0, 1, 4: ISIs 1, 3, mean 2, population sd 1 -> CV 1/2.
        // Neuron 2 once (no interval), neuron 3 twice (one interval, no spread): NaN.
        RecordedRun run = new RecordedRun(10.0, 1.0).spikes("E", 4,
                new int[] {0, 1, 1, 0, 3, 1, 0, 2, 0, 3},
                new double[] {0, 0, 1, 2, 3, 4, 4, 5, 6, 8});
        double[] cv = new CvIsi().compute(run, "E", Parameters.empty());
        assertEquals(4, cv.length);
        assertEquals(0.0, cv[0], 1e-15);
        assertEquals(0.5, cv[1], 1e-15);
        assertTrue(Double.isNaN(cv[2]));
        assertTrue(Double.isNaN(cv[3]));
    }

    @Test
    void fanoFactorOverWholeWindows() {
        // dt 1 ms, 10 steps. Neuron 0 at steps 0, 1, 2, 5; neuron 1 at 0, 2, 4, 6, 8; neuron 2 silent.
        RecordedRun run = new RecordedRun(10.0, 1.0).spikes("E", 3,
                new int[] {0, 1, 0, 0, 1, 1, 0, 1, 1},
                new double[] {0, 0, 1, 2, 2, 4, 5, 6, 8});
        FanoFactor ff = new FanoFactor();
        // bin 2 ms -> 5 windows. Neuron 0 counts [2, 1, 1, 0, 0]: mean 4/5, E[c^2] = 6/5, Var = 6/5 - 16/25 = 14/25,
        // F = (14/25)/(4/5) = 7/10. Neuron 1 counts [1, 1, 1, 1, 1]: Var 0, F 0. Neuron 2: NaN.
        double[] f2 = ff.compute(run, "E", Parameters.empty().with("bin", 2.0));
        assertEquals(0.7, f2[0], 1e-15);
        assertEquals(0.0, f2[1], 1e-15);
        assertTrue(Double.isNaN(f2[2]));
        // bin 3 ms -> 3 whole windows [0,3), [3,6), [6,9); step 9 is left out. Neuron 0 counts [3, 1, 0]: mean 4/3,
        // E[c^2] = 10/3, Var = 10/3 - 16/9 = 14/9, F = 7/6. Neuron 1 counts [2, 1, 2]: mean 5/3, E[c^2] = 3,
        // Var = 2/9, F = 2/15.
        double[] f3 = ff.compute(run, "E", Parameters.empty().with("bin", 3.0));
        assertEquals(7.0 / 6.0, f3[0], 1e-15);
        assertEquals(2.0 / 15.0, f3[1], 1e-15);
        assertEquals("bin", assertThrows(ParameterException.class,
                () -> ff.compute(run, "E", Parameters.empty().with("bin", 6.0))).parameter());
        assertEquals("bin", assertThrows(ParameterException.class,
                () -> ff.compute(run, "E", Parameters.empty().with("bin", 0.5))).parameter());
    }

    @Test
    void badSpikesAreRejected() {
        RecordedRun badIndex = new RecordedRun(6.0, 1.0).spikes("B", 2, new int[] {2}, new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> new CvIsi().compute(badIndex, "B", Parameters.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Raster().compute(badIndex, "B", Parameters.empty()));
        RecordedRun late = new RecordedRun(6.0, 1.0).spikes("L", 2, new int[] {0, 1}, new double[] {1, 7});
        assertThrows(IllegalArgumentException.class, () -> new Raster().compute(late, "L", Parameters.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new FanoFactor().compute(late, "L", Parameters.empty().with("bin", 2.0)));
    }
}
