package org.brainj.api.ops;

import org.brainj.api.core.ParameterException;

/**
 * A random sparse matrix that is never stored: row i is regenerated from the counter-based generator keyed by
 * (seed, i) whenever it is needed. The matrix is defined canonically by its row streams, so Mᵀ is exactly the
 * transpose of M and every backend, thread count and run produces the same matrix.
 *
 * @param rows number of rows (presynaptic size)
 * @param cols number of columns (postsynaptic size)
 * @param prob connection probability, in (0, 1]
 * @param law  weight law
 * @param w0   weight (HOMOGENEOUS), low bound (UNIFORM) or mean (NORMAL)
 * @param w1   unused (HOMOGENEOUS), high bound (UNIFORM) or standard deviation (NORMAL)
 * @param seed the seed
 */
public record JitConnSpec(int rows, int cols, double prob, WeightLaw law, double w0, double w1, long seed) {

    /** Validates the shape, probability and weight law. */
    public JitConnSpec {
        if (rows < 0) {
            throw new ParameterException("rows", String.valueOf(rows), "must be >= 0");
        }
        if (cols < 0) {
            throw new ParameterException("cols", String.valueOf(cols), "must be >= 0");
        }
        if (!(prob > 0 && prob <= 1)) {
            throw new ParameterException("prob", String.valueOf(prob), "must be in (0, 1]");
        }
        if (law == null) {
            throw new ParameterException("law", "null", "one of HOMOGENEOUS, UNIFORM, NORMAL");
        }
        if (law == WeightLaw.UNIFORM && !(w1 >= w0)) {
            throw new ParameterException("w1", String.valueOf(w1), "must be >= w0 (" + w0 + ") for UNIFORM");
        }
        if (law == WeightLaw.NORMAL && !(w1 >= 0)) {
            throw new ParameterException("w1", String.valueOf(w1), "must be >= 0 (a standard deviation)");
        }
    }

    /** Upper bound on the column segments of a row. */
    public static final int MAX_SEGMENTS = 64;

    /** Expected connections per segment below which a row is cut into fewer segments. */
    public static final int CONNECTIONS_PER_SEGMENT = 16;

    /**
     * The number S of column segments each row is cut into, part of the canonical definition of the matrix (every
     * backend walks a row segment by segment, each with its own random stream):
     * {@code S = Integer.highestOneBit((int) min(64, max(1, floor(prob * cols / 16))))}, a power of two, so that
     * 2, 4, 8 ... threads or GPU blocks get equal shares of a transposed product.
     *
     * @return S, a power of two in [1, 64]
     * @since 1.1
     */
    public int segments() {
        double perSegment = Math.floor(prob * cols / CONNECTIONS_PER_SEGMENT);
        return Integer.highestOneBit((int) Math.min(MAX_SEGMENTS, Math.max(1.0, perSegment)));
    }

    /**
     * @return the segment width W = ceil(cols / S) in columns; segment s covers [s·W, min((s+1)·W, cols))
     * @since 1.1
     */
    public int segmentWidth() {
        int s = segments();
        return (int) (((long) cols + s - 1) / s);
    }
}
