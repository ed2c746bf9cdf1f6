package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.random.CounterRandom;
import org.brainj.models.internal.NeuronModels;
import org.brainj.models.kit.PostSynapse;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

class SpikeTimeGroupTest {

    /** Runs the group for {@code steps} steps and returns the fired members of each step. */
    private static List<int[]> run(SpikeTimeGroup g, double dt, int steps) {
        FixedStepContext ctx = new FixedStepContext(dt);
        g.reset();
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            g.update(ctx);
            int[] f = Arrays.copyOf(g.fired(), g.firedCount());
            int flagged = 0;
            for (boolean b : g.spikes()) {
                flagged += b ? 1 : 0;
            }
            assertEquals(f.length, flagged, "flags agree with the fired list");
            out.add(f);
            ctx.advance();
        }
        return out;
    }

    @Test
    void eventsFireInTheStepWhoseIntervalContainsTheirTime() {
        // dt = 0.1: step s covers [0.1 s, 0.1 s + 0.1). Given unsorted.
        SpikeTimeGroup g = SpikeTimeGroup.of("st", 4,
                new int[] {3, 0, 1, 2, 2, 0},
                new double[] {0.25, 0.0, 0.3, 0.0999999, 0.1, 0.35});
        List<int[]> f = run(g, 0.1, 5);
        // t = 0 and 0.0999999 (1e-7 below the boundary, more than EPS) fall in step 0.
        assertArrayEquals(new int[] {0, 2}, f.get(0));
        // 0.1 is on the boundary: the step that starts there.
        assertArrayEquals(new int[] {2}, f.get(1));
        // 0.25 is in [0.2, 0.3).
        assertArrayEquals(new int[] {3}, f.get(2));
        // 0.3 on the boundary, though step 3 starts at 3 * 0.1 = 0.30000000000000004; 0.35 inside.
        assertArrayEquals(new int[] {0, 1}, f.get(3));
        assertArrayEquals(new int[] {}, f.get(4));
    }

    @Test
    void boundaryRoundingUsesTheDocumentedTolerance() {
        double below = 0.3 - 1e-12;   // within EPS of the boundary: counts as on it -> step 3
        double clearly = 0.3 - 1e-6;  // more than EPS below: step 2
        SpikeTimeGroup g = SpikeTimeGroup.of("st", 2, new int[] {0, 1}, new double[] {below, clearly});
        List<int[]> f = run(g, 0.1, 4);
        assertArrayEquals(new int[] {1}, f.get(2));
        assertArrayEquals(new int[] {0}, f.get(3));
        // Decimal times that are multiples of dt land in their own step over a long run.
        int n = 1000;
        int[] idx = new int[n];
        double[] times = new double[n];
        for (int k = 0; k < n; k++) {
            idx[k] = k % 3;
            times[k] = Double.parseDouble(String.format("%.1f", k * 0.1));
        }
        List<int[]> h = run(SpikeTimeGroup.of("dec", 3, idx, times), 0.1, n);
        for (int k = 0; k < n; k++) {
            assertArrayEquals(new int[] {k % 3}, h.get(k), "event at " + times[k]);
        }
    }

    @Test
    void duplicatesInAStepGiveOneSpikeAndTheListIsAscending() {
        SpikeTimeGroup g = SpikeTimeGroup.of("st", 10, new int[] {7, 2, 7, 5, 0},
                new double[] {1.0, 1.02, 1.05, 1.0, 1.09});
        List<int[]> f = run(g, 0.1, 12);
        assertArrayEquals(new int[] {0, 2, 5, 7}, f.get(10));
        int total = 0;
        for (int[] a : f) {
            total += a.length;
        }
        assertEquals(4, total);
        // Reset replays from the start.
        assertEquals(f.stream().map(Arrays::toString).toList(),
                run(g, 0.1, 12).stream().map(Arrays::toString).toList());
    }

    @Test
    void slicedUpdateGivesTheSameSpikes() {
        int n = 9001;
        int events = 20000;
        int[] idx = new int[events];
        double[] times = new double[events];
        CounterRandom r = new CounterRandom(3);
        for (int k = 0; k < events; k++) {
            idx[k] = (int) (r.uniform(0, k, 0) * n);
            times[k] = r.uniform(0, k, 1) * 20.0;
        }
        SpikeTimeGroup serial = SpikeTimeGroup.of("a", n, idx, times);
        SpikeTimeGroup sliced = SpikeTimeGroup.of("b", n, idx, times);
        sliced.bindLoop(new SlicedLoop(4));
        List<int[]> a = run(serial, 0.1, 200);
        List<int[]> b = run(sliced, 0.1, 200);
        long total = 0;
        for (int s = 0; s < 200; s++) {
            assertArrayEquals(a.get(s), b.get(s));
            total += a.get(s).length;
        }
        assertTrue(total > 19000 && total <= events, "nearly every event fires once: " + total);
    }

    @Test
    void badInputIsNamed() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> SpikeTimeGroup.of("st", 3, new int[] {0, 3}, new double[] {1, 2}));
        assertEquals("st.indices[1]", e.parameter());
        e = assertThrows(ParameterException.class,
                () -> SpikeTimeGroup.of("st", 3, new int[] {-1}, new double[] {1}));
        assertEquals("st.indices[0]", e.parameter());
        e = assertThrows(ParameterException.class,
                () -> SpikeTimeGroup.of("st", 3, new int[] {0, 1}, new double[] {1, -0.5}));
        assertEquals("st.times[1]", e.parameter());
        e = assertThrows(ParameterException.class,
                () -> SpikeTimeGroup.of("st", 3, new int[] {0}, new double[] {Double.NaN}));
        assertEquals("st.times[0]", e.parameter());
        e = assertThrows(ParameterException.class,
                () -> SpikeTimeGroup.of("st", 3, new int[] {0}, new double[] {Double.POSITIVE_INFINITY}));
        assertEquals("st.times[0]", e.parameter());
        e = assertThrows(ParameterException.class,
                () -> SpikeTimeGroup.of("st", 3, new int[] {0, 1}, new double[] {1}));
        assertEquals("st.times", e.parameter());
        assertThrows(ParameterException.class, () -> SpikeTimeGroup.of("st", 0, new int[0], new double[0]));
    }

    @Test
    void isASpikeSourceAndNotInAnyFactory() {
        SpikeTimeGroup g = SpikeTimeGroup.of("st", 3, new int[] {2, 1}, new double[] {5, 1});
        assertNull(g.potential());
        assertArrayEquals(new int[] {1, 2}, g.indices());
        assertArrayEquals(new double[] {1, 5}, g.times());
        assertThrows(ModelException.class, () -> g.attach(PostSynapse.of(new Expon(3, 5.0), new Coba(0.0))));
        assertTrue(new NeuronModels().models().stream().noneMatch(d -> d.name().equals(SpikeTimeGroup.MODEL)));
    }
}
