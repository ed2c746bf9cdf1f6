package org.brainj.operators.cpu.internal;

import static org.brainj.operators.cpu.internal.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.brainj.api.ops.CsrMatrix;
import org.junit.jupiter.api.Test;

class EventCsrMatVecTest {

    private final EventCsrMatVec ops = new EventCsrMatVec();

    @Test
    void theThreeEventFormsAgreeAndAccumulateTheDenseTransposedProduct() {
        Random rng = new Random(31);
        for (int[] s : Reference.SHAPES) {
            for (boolean homogeneous : new boolean[] {false, true}) {
                Reference.Pair m = Reference.randomCsr(rng, s[0], s[1], homogeneous);
                boolean[] flags = new boolean[s[0]];
                double[] values = new double[s[0]];
                double[] indicator = new double[s[0]];
                int[] fired = new int[s[0] + 3];  // longer than needed: only count entries are read
                int count = 0;
                for (int i = 0; i < s[0]; i++) {
                    flags[i] = rng.nextInt(3) == 0;
                    if (flags[i]) {
                        // Any non-zero value fires and the weight is added unscaled.
                        values[i] = rng.nextBoolean() ? -3.5 : 0.25;
                        indicator[i] = 1;
                        fired[count++] = i;
                    }
                }
                double[] start = Reference.randomVector(rng, s[1]);
                double[] expected = Reference.matvec(m.dense(), s[0], s[1], indicator, true);
                for (int j = 0; j < expected.length; j++) {
                    expected[j] += start[j];
                }
                double[] byFlag = start.clone();
                double[] byValue = start.clone();
                double[] byList = start.clone();
                ops.eventCsrmv(m.csr(), flags, byFlag);
                ops.eventCsrmv(m.csr(), values, byValue);
                ops.eventCsrmv(m.csr(), fired, count, byList);
                String what = Arrays.toString(s) + " homo=" + homogeneous;
                assertClose(expected, byFlag, what);
                assertArrayEquals(byFlag, byValue, 0, what);
                assertArrayEquals(byFlag, byList, 0, what);
            }
        }
    }

    @Test
    void gatherAccumulatesTheDenseProductOfTheFiringColumns() {
        Random rng = new Random(32);
        for (int[] s : Reference.SHAPES) {
            for (boolean homogeneous : new boolean[] {false, true}) {
                Reference.Pair m = Reference.randomCsr(rng, s[0], s[1], homogeneous);
                boolean[] events = new boolean[s[1]];
                double[] indicator = new double[s[1]];
                for (int j = 0; j < s[1]; j++) {
                    events[j] = rng.nextBoolean();
                    indicator[j] = events[j] ? 1 : 0;
                }
                double[] start = Reference.randomVector(rng, s[0]);
                double[] expected = Reference.matvec(m.dense(), s[0], s[1], indicator, false);
                for (int i = 0; i < expected.length; i++) {
                    expected[i] += start[i];
                }
                double[] out = start.clone();
                ops.eventCsrmvGather(m.csr(), events, out);
                assertClose(expected, out, Arrays.toString(s) + " homo=" + homogeneous);
            }
        }
    }

    @Test
    void aRowListedTwiceAddsTwiceAndNanFires() {
        CsrMatrix m = new CsrMatrix(2, 3, new int[] {0, 2, 3}, new int[] {0, 2, 1}, new double[] {1, 2, 4});
        double[] out = new double[3];
        ops.eventCsrmv(m, new int[] {0, 0, 1}, 2, out);
        assertArrayEquals(new double[] {2, 0, 4}, out, 0);
        double[] out2 = new double[3];
        ops.eventCsrmv(m, new double[] {Double.NaN, 0.0}, out2);
        assertArrayEquals(new double[] {1, 0, 2}, out2, 0);
    }

    @Test
    void errorsNameTheArgument() {
        CsrMatrix m = new CsrMatrix(2, 3, new int[] {0, 1, 2}, new int[] {0, 2}, new double[] {1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ops.eventCsrmv(m, new boolean[3], new double[3]));
        assertTrue(e.getMessage().contains("events has length 3, expected 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.eventCsrmv(m, new double[2], new double[2]));
        assertTrue(e.getMessage().contains("out has length 2, expected 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.eventCsrmv(m, new int[] {0, 5}, 2, new double[3]));
        assertTrue(e.getMessage().contains("fired[1] = 5 is outside [0, 2)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.eventCsrmv(m, new int[] {0}, 2, new double[3]));
        assertTrue(e.getMessage().contains("count = 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ops.eventCsrmvGather(m, new boolean[2], new double[2]));
        assertTrue(e.getMessage().contains("events has length 2, expected 3"), e.getMessage());
    }
}
