package org.brainj.operators.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FdlibmLogTest {

    /** Same bits, except that every NaN counts as one (the NaN payload is hardware-dependent). */
    private static void same(double x) {
        assertEquals(Double.doubleToLongBits(StrictMath.log(x)), Double.doubleToLongBits(FdlibmLog.log(x)),
                () -> "log(" + x + ") = " + FdlibmLog.log(x) + ", StrictMath gives " + StrictMath.log(x));
    }

    @Test
    void equalsStrictMathBitForBit() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int n = 0; n < 400_000; n++) {
            same(((rng.nextLong() >>> 11) + 1) * 0x1.0p-53);            // the generator's uniforms
            same(Double.longBitsToDouble(rng.nextLong() >>> 1));          // every positive double, subnormals too
            same(1.0 + (rng.nextDouble() - 0.5) * 0x1.0p-18);             // the |f| < 2^-20 branch
            same(1.0 - rng.nextDouble() * 0.1);                           // 1 - p
        }
        for (double x : new double[] {0.0, -0.0, -1.0, 1.0, 2.0, 0.5, Double.MIN_VALUE, Double.MIN_NORMAL,
                Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN, 1.0 - 0x1.0p-53, 0x1.0p-53}) {
            same(x);
        }
    }
}
