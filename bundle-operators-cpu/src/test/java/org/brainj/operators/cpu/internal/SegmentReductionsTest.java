package org.brainj.operators.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.brainj.api.ops.Reduction;
import org.junit.jupiter.api.Test;

class SegmentReductionsTest {

    private final SegmentReductions ops = new SegmentReductions();

    /** Synapses in no particular order onto 4 posts; posts 1 and 3 receive nothing. */
    private static final int[] POST = {2, 0, 2, 0, 2};
    private static final double[] SYN = {3, -1, -2, 4, 0.5};

    private double[] syn2post(Reduction how) {
        double[] out = new double[4];
        Arrays.fill(out, 99);
        ops.syn2post(SYN, POST, how, out);
        return out;
    }

    @Test
    void syn2postReducesEachSegmentAndEmptySegmentsGiveZero() {
        assertArrayEquals(new double[] {3, 0, 1.5, 0}, syn2post(Reduction.SUM), 0);
        assertArrayEquals(new double[] {-4, 0, -3, 0}, syn2post(Reduction.PROD), 0);
        assertArrayEquals(new double[] {4, 0, 3, 0}, syn2post(Reduction.MAX), 0);
        assertArrayEquals(new double[] {-1, 0, -2, 0}, syn2post(Reduction.MIN), 0);
        assertArrayEquals(new double[] {1.5, 0, 0.5, 0}, syn2post(Reduction.MEAN), 0);
    }

    @Test
    void maxAndMinOfNegativeSegmentsAreNotClampedAtZero() {
        double[] out = new double[2];
        ops.syn2post(new double[] {-5, -7, -1}, new int[] {1, 1, 0}, Reduction.MAX, out);
        assertArrayEquals(new double[] {-1, -5}, out, 0);
        ops.syn2post(new double[] {5, 7, 1}, new int[] {1, 1, 0}, Reduction.MIN, out);
        assertArrayEquals(new double[] {1, 5}, out, 0);
    }

    @Test
    void softmaxIsNormalisedPerSegment() {
        double[] out = new double[SYN.length];
        ops.syn2post(SYN, POST, Reduction.SOFTMAX, out);
        double z0 = Math.exp(-1) + Math.exp(4);
        double z2 = Math.exp(3) + Math.exp(-2) + Math.exp(0.5);
        double[] expected = {Math.exp(3) / z2, Math.exp(-1) / z0, Math.exp(-2) / z2, Math.exp(4) / z0,
            Math.exp(0.5) / z2};
        assertArrayEquals(expected, out, 1e-15);
    }

    @Test
    void softmaxSurvivesValuesThatWouldOverflowExpAndWorksInPlace() {
        double[] syn = {1000, 1001, -1000, 5};
        ops.syn2post(syn, new int[] {0, 0, 1, 2}, Reduction.SOFTMAX, syn);
        double e = Math.exp(-1);
        assertArrayEquals(new double[] {e / (1 + e), 1 / (1 + e), 1, 1}, syn, 1e-15);
    }

    @Test
    void pre2synGathers() {
        double[] out = new double[4];
        ops.pre2syn(new double[] {10, 20, 30}, new int[] {2, 0, 0, 1}, out);
        assertArrayEquals(new double[] {30, 10, 10, 20}, out, 0);
    }

    @Test
    void pre2postScattersThroughSynapses() {
        double[] pre = {1, 2, 3};
        int[] preIds = {0, 1, 2, 2, 1};
        int[] postIds = {1, 1, 0, 1, 3};
        double[] out = new double[4];
        ops.pre2post(pre, preIds, postIds, Reduction.SUM, out);
        assertArrayEquals(new double[] {3, 6, 0, 2}, out, 0);
        ops.pre2post(pre, preIds, postIds, Reduction.PROD, out);
        assertArrayEquals(new double[] {3, 6, 0, 2}, out, 0);
        ops.pre2post(pre, preIds, postIds, Reduction.MAX, out);
        assertArrayEquals(new double[] {3, 3, 0, 2}, out, 0);
        ops.pre2post(pre, preIds, postIds, Reduction.MIN, out);
        assertArrayEquals(new double[] {3, 1, 0, 2}, out, 0);
        ops.pre2post(pre, preIds, postIds, Reduction.MEAN, out);
        assertArrayEquals(new double[] {3, 2, 0, 2}, out, 0);
    }

    @Test
    void growingScratchKeepsResultsCorrect() {
        ops.syn2post(SYN, POST, Reduction.MEAN, new double[4]);
        int n = 1000;
        double[] syn = new double[n];
        int[] post = new int[n];
        for (int k = 0; k < n; k++) {
            syn[k] = k;
            post[k] = k % 500;
        }
        double[] out = new double[500];
        ops.syn2post(syn, post, Reduction.MEAN, out);
        for (int p = 0; p < 500; p++) {
            assertEquals(p + 250, out[p], 0);
        }
        assertArrayEquals(new double[] {1.5, 0, 0.5, 0}, syn2post(Reduction.MEAN), 0);
    }

    @Test
    void errorsNameTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ops.pre2post(new double[2], new int[1], new int[1], Reduction.SOFTMAX, new double[1]));
        assertTrue(e.getMessage().contains("SOFTMAX"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.syn2post(SYN, POST, Reduction.SUM, new double[2]));
        assertTrue(e.getMessage().contains("postIds[0] = 2 is outside [0, 2)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.syn2post(SYN, new int[4], Reduction.SUM, new double[2]));
        assertTrue(e.getMessage().contains("postIds has length 4, expected 5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.syn2post(SYN, POST, Reduction.SOFTMAX, new double[4]));
        assertTrue(e.getMessage().contains("out has length 4, expected 5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.pre2syn(new double[2], new int[] {0, 2}, new double[2]));
        assertTrue(e.getMessage().contains("preIds[1] = 2 is outside [0, 2)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.pre2post(new double[2], new int[] {0, -1}, new int[] {0, 0}, Reduction.MAX,
                        new double[1]));
        assertTrue(e.getMessage().contains("preIds[1] = -1"), e.getMessage());
    }
}
