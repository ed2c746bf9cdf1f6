package org.brainj.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlotsTest {

    @Test
    void fewSamplesAreKeptAll() {
        assertArrayEquals(new int[] {0, 1, 2}, Plots.decimate(new double[] {3, 1, 2}, 10));
    }

    @Test
    void decimationKeepsASingleSampleSpike() {
        double[] v = new double[100_000];
        v[54_321] = 40.0; // one sample of a spike in a flat trace
        int[] keep = Plots.decimate(v, 1000);
        assertTrue(keep.length <= 1000);
        boolean found = false;
        for (int i = 1; i < keep.length; i++) {
            assertTrue(keep[i] > keep[i - 1], "ascending");
            found |= keep[i] == 54_321;
        }
        assertTrue(found, "the spike survives");
        assertEquals(0, keep[0]);
    }
}
