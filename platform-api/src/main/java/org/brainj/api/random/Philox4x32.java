package org.brainj.api.random;

/**
 * The Philox4x32-10 counter-based generator of Salmon et al., "Parallel random numbers: as easy as 1, 2, 3" (SC'11),
 * as specified by Random123. A 128-bit counter and a 64-bit key map to 128 random bits with no state, so any draw can
 * be recomputed anywhere (another thread, process or the GPU backend) from its coordinates alone.
 *
 * <p>Pure static functions; no allocation.
 */
public final class Philox4x32 {

    private static final int M0 = 0xD2511F53;
    private static final int M1 = 0xCD9E8D57;
    private static final int W0 = 0x9E3779B9;
    private static final int W1 = 0xBB67AE85;
    private static final long MASK = 0xFFFF_FFFFL;

    /** Number of rounds; 10 is the Random123 default that passes BigCrush with margin. */
    public static final int ROUNDS = 10;

    private Philox4x32() {
    }

    /**
     * Computes one 128-bit block.
     *
     * @param c0  counter word 0
     * @param c1  counter word 1
     * @param c2  counter word 2
     * @param c3  counter word 3
     * @param k0  key word 0
     * @param k1  key word 1
     * @param out receives the four output words (modified; length at least 4)
     */
    public static void block(int c0, int c1, int c2, int c3, int k0, int k1, int[] out) {
        for (int r = 0; r < ROUNDS; r++) {
            if (r > 0) {
                k0 += W0;
                k1 += W1;
            }
            long p0 = (M0 & MASK) * (c0 & MASK);
            long p1 = (M1 & MASK) * (c2 & MASK);
            int n0 = (int) (p1 >>> 32) ^ c1 ^ k0;
            int n1 = (int) p1;
            int n2 = (int) (p0 >>> 32) ^ c3 ^ k1;
            int n3 = (int) p0;
            c0 = n0;
            c1 = n1;
            c2 = n2;
            c3 = n3;
        }
        out[0] = c0;
        out[1] = c1;
        out[2] = c2;
        out[3] = c3;
    }

    /**
     * Computes half of one block, without an output array.
     *
     * @param c0    counter word 0
     * @param c1    counter word 1
     * @param c2    counter word 2
     * @param c3    counter word 3
     * @param k0    key word 0
     * @param k1    key word 1
     * @param upper false for output words (0, 1), true for words (2, 3)
     * @return the two words, the first in the high 32 bits
     */
    public static long half(int c0, int c1, int c2, int c3, int k0, int k1, boolean upper) {
        for (int r = 0; r < ROUNDS; r++) {
            if (r > 0) {
                k0 += W0;
                k1 += W1;
            }
            long p0 = (M0 & MASK) * (c0 & MASK);
            long p1 = (M1 & MASK) * (c2 & MASK);
            int n0 = (int) (p1 >>> 32) ^ c1 ^ k0;
            int n1 = (int) p1;
            int n2 = (int) (p0 >>> 32) ^ c3 ^ k1;
            int n3 = (int) p0;
            c0 = n0;
            c1 = n1;
            c2 = n2;
            c3 = n3;
        }
        return upper ? ((c2 & MASK) << 32) | (c3 & MASK) : ((c0 & MASK) << 32) | (c1 & MASK);
    }
}
