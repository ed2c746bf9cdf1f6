package org.brainj.models.kit;

import org.brainj.api.random.CounterRandom;

/**
 * BrainPy's {@code bp.init} initializers: fill a weight matrix (rows = pre = fan-in, columns = post = fan-out,
 * row-major) or a vector (one row) from the counter-based generator, so a value depends only on the seed, the stream
 * and its position — never on thread count or the order things are built. Built by {@link Initializers}.
 */
public interface MatrixInitializer {

    /** The step key of initializer draws: the one the runner uses for per-synapse weights. */
    long STEP = -2L;

    /**
     * Fills {@code out} (row-major, {@code rows × cols}).
     *
     * @param rows   rows (fan-in)
     * @param cols   columns (fan-out)
     * @param random the generator
     * @param stream whose values these are
     * @param out    receives rows·cols values
     */
    void fill(int rows, int cols, CounterRandom random, int stream, double[] out);

    /**
     * @param rows   rows (fan-in)
     * @param cols   columns (fan-out)
     * @param random the generator
     * @param stream whose values these are
     * @return a new row-major matrix
     */
    default double[] matrix(int rows, int cols, CounterRandom random, int stream) {
        if (rows < 0 || cols < 0 || (long) rows * cols > Integer.MAX_VALUE - 8) {
            throw new org.brainj.api.core.ParameterException("shape", rows + "x" + cols,
                    "rows and columns must be >= 0 and their product fit one array");
        }
        double[] out = new double[rows * cols];
        fill(rows, cols, random, stream, out);
        return out;
    }

    /** @return BrainPy's name with the parameters, e.g. {@code KaimingNormal(scale=2.0, fan_in, truncated_normal)} */
    @Override
    String toString();
}
