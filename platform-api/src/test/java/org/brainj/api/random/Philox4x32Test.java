package org.brainj.api.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Philox4x32Test {

    /** Known-answer vectors of Random123's kat_vectors for philox4x32 with 10 rounds. */
    @Test
    void matchesRandom123KnownAnswers() {
        int[] out = new int[4];
        Philox4x32.block(0, 0, 0, 0, 0, 0, out);
        assertArrayEquals(new int[] {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}, out);
        Philox4x32.block(-1, -1, -1, -1, -1, -1, out);
        assertArrayEquals(new int[] {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd}, out);
        Philox4x32.block(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0, out);
        assertArrayEquals(new int[] {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1}, out);
    }

    @Test
    void halvesAgreeWithBlock() {
        int[] out = new int[4];
        Philox4x32.block(7, 11, 13, 17, 19, 23, out);
        long lo = Philox4x32.half(7, 11, 13, 17, 19, 23, false);
        long hi = Philox4x32.half(7, 11, 13, 17, 19, 23, true);
        assertEquals(out[0], (int) (lo >>> 32));
        assertEquals(out[1], (int) lo);
        assertEquals(out[2], (int) (hi >>> 32));
        assertEquals(out[3], (int) hi);
    }

    @Test
    void counterRandomIsAPureFunctionOfItsCoordinates() {
        CounterRandom a = new CounterRandom(42);
        CounterRandom b = new CounterRandom(42);
        assertEquals(a.uniform(1, 5, 100), b.uniform(1, 5, 100));
        assertNotEquals(a.uniform(1, 5, 100), a.uniform(1, 5, 101));
        assertNotEquals(a.uniform(1, 5, 100), a.uniform(2, 5, 100));
        assertNotEquals(a.uniform(1, 5, 100), new CounterRandom(43).uniform(1, 5, 100));
        // steps beyond 2^32 stay distinct from their low 32 bits
        assertNotEquals(a.uniform(1, 5, 3L), a.uniform(1, 5, (1L << 32) + 3L));
    }

    @Test
    void uniformAndNormalHaveTheRightMoments() {
        CounterRandom r = new CounterRandom(2024);
        int n = 200_000;
        double su = 0;
        double suu = 0;
        double sn = 0;
        double snn = 0;
        for (int i = 0; i < n; i++) {
            double u = r.uniform(0, i, 0);
            assertTrue(u >= 0 && u < 1);
            su += u;
            suu += u * u;
            double z = r.normal(1, i, 0);
            sn += z;
            snn += z * z;
        }
        double mu = su / n;
        double varU = suu / n - mu * mu;
        // 5-sigma bounds: sd of the mean of U(0,1) is sqrt(1/12/n)
        assertEquals(0.5, mu, 5 * Math.sqrt(1.0 / 12 / n));
        assertEquals(1.0 / 12, varU, 0.002);
        assertEquals(0.0, sn / n, 5 / Math.sqrt(n));
        assertEquals(1.0, snn / n - (sn / n) * (sn / n), 0.02);
    }
}
