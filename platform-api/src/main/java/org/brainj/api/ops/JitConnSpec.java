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
}
