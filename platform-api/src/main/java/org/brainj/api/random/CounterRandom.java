package org.brainj.api.random;

/**
 * Seeded random draws addressed by coordinates instead of by sequence: every number is a pure function of
 * (seed, stream, index, step, draw). A result then depends only on the seed, never on thread count, backend or how
 * members are partitioned.
 *
 * <p>Counter layout (fixed: the GPU backend and other tools reproduce it): {@code c0 = index},
 * {@code c1 = step & 0xFFFFFFFF}, {@code c2 = (draw & 0xFFFF) | (step >>> 32) << 16}, {@code c3 = stream};
 * key {@code k0 = seed & 0xFFFFFFFF}, {@code k1 = seed >>> 32}. Steps up to 2<sup>48</sup> and 65 536 draws per
 * coordinate are distinct.
 *
 * <p>Immutable and thread-safe; no method allocates.
 */
public final class CounterRandom {

    private static final double TWO_POW_MINUS_53 = 0x1.0p-53;

    private final long seed;
    private final int k0;
    private final int k1;

    /** @param seed the run's seed */
    public CounterRandom(long seed) {
        this.seed = seed;
        this.k0 = (int) seed;
        this.k1 = (int) (seed >>> 32);
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    private long bits(int stream, int index, long step, int draw, boolean upper) {
        int c2 = (draw & 0xFFFF) | ((int) (step >>> 32) << 16);
        return Philox4x32.half(index, (int) step, c2, stream, k0, k1, upper);
    }

    /**
     * @param stream the stream (one per purpose: initial state, noise, input, connectivity, ...)
     * @param index  the member index (neuron, synapse, row)
     * @param step   the step index
     * @param draw   the draw number within one coordinate (0 .. 65535)
     * @return 64 random bits
     */
    public long nextLong(int stream, int index, long step, int draw) {
        return bits(stream, index, step, draw, false);
    }

    /**
     * @param stream the stream
     * @param index  the member index
     * @param step   the step index
     * @param draw   the draw number within one coordinate (0 .. 65535)
     * @return a uniform double in [0, 1) with 53 random bits
     */
    public double uniform(int stream, int index, long step, int draw) {
        return (bits(stream, index, step, draw, false) >>> 11) * TWO_POW_MINUS_53;
    }

    /**
     * @param stream the stream
     * @param index  the member index
     * @param step   the step index
     * @return {@link #uniform(int, int, long, int)} with draw 0
     */
    public double uniform(int stream, int index, long step) {
        return uniform(stream, index, step, 0);
    }

    /**
     * A standard normal draw by the Box–Muller transform of the block's two 64-bit halves.
     *
     * @param stream the stream
     * @param index  the member index
     * @param step   the step index
     * @param draw   the draw number within one coordinate (0 .. 65535)
     * @return a N(0, 1) draw
     */
    public double normal(int stream, int index, long step, int draw) {
        // u1 in (0, 1] keeps the logarithm finite.
        double u1 = ((bits(stream, index, step, draw, false) >>> 11) + 1) * TWO_POW_MINUS_53;
        double u2 = (bits(stream, index, step, draw, true) >>> 11) * TWO_POW_MINUS_53;
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /**
     * @param stream the stream
     * @param index  the member index
     * @param step   the step index
     * @return {@link #normal(int, int, long, int)} with draw 0
     */
    public double normal(int stream, int index, long step) {
        return normal(stream, index, step, 0);
    }
}
