package org.brainj.operators.cpu.internal;

/**
 * The natural logarithm of fdlibm 5.3 ({@code e_log.c}, Sun Microsystems, freely distributable), the algorithm behind
 * {@link StrictMath#log(double)}, written out in Java arithmetic. Just-in-time connectivity needs a logarithm whose
 * every bit is specified, so that another backend (CUDA, with FMA contraction disabled) can reproduce the same matrix;
 * {@link Math#log(double)} may differ by an ulp between JVMs, and {@link StrictMath#log(double)} is a native call on
 * JDK 17 that costs half again as much as this method.
 *
 * <p>Algorithm: x = 2<sup>k</sup>·(1 + f) with √2/2 &lt; 1 + f &lt; √2; s = f / (2 + f); log(1 + f) = f − s·(f − R)
 * with R a degree-14 minimax polynomial in s (coefficients Lg1..Lg7); result k·ln2_hi + (log(1 + f) + k·ln2_lo),
 * with ln2 split so that k·ln2_hi is exact. A unit test checks bit equality with {@link StrictMath#log(double)}.
 *
 * <p>Pure static function; no allocation.
 */
final class FdlibmLog {

    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    private static final long LOW_32 = 0xFFFF_FFFFL;

    /**
     * @param x the argument
     * @return the natural logarithm of {@code x}, bit for bit equal to {@link StrictMath#log(double)} (a NaN for
     *         x &lt; 0 or NaN, whose payload may differ)
     */
    static double log(double x) {
        int hx = (int) (Double.doubleToRawLongBits(x) >> 32);
        if (hx < 0x00100000 || hx >= 0x7ff00000) {
            return special(x);
        }
        return normal(x, 0);
    }

    /** Zero, negative, subnormal, infinite and NaN arguments: rare, kept out of the small hot method. */
    private static double special(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (((hx & 0x7fffffff) | (int) bits) == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (hx < 0) {
            return (x - x) / 0.0;
        }
        // Subnormal: scale into the normal range and remember the exponent.
        return normal(x * TWO54, -54);
    }

    /**
     * fdlibm's main path, for a positive normal finite {@code x}; small enough for the JIT compiler to inline.
     *
     * @param x the argument, positive, normal and finite
     * @param k the binary exponent already removed from x (0, or −54 after scaling a subnormal)
     */
    private static double normal(double x, int k) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        // Normalise x or x/2 into [sqrt(2)/2, sqrt(2)).
        double f = Double.longBitsToDouble(((long) (hx | (i ^ 0x3ff00000)) << 32) | (bits & LOW_32)) - 1.0;
        k += i >> 20;
        if ((0x000fffff & (2 + hx)) < 3) {
            return nearOne(f, k);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double r = t2 + t1;
        if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    /** |f| &lt; 2<sup>−20</sup>: a short series. */
    private static double nearOne(double f, int k) {
        if (f == 0.0) {
            if (k == 0) {
                return 0.0;
            }
            double dk = k;
            return dk * LN2_HI + dk * LN2_LO;
        }
        double r = f * f * (0.5 - 0.33333333333333333 * f);
        if (k == 0) {
            return f - r;
        }
        double dk = k;
        return dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }

    private FdlibmLog() {
    }
}
