package org.brainj.models.internal;

import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.random.CounterRandom;

/**
 * BrainPy's {@code FixedPostNum(num)}: every presynaptic neuron connects to exactly {@code num} distinct
 * postsynaptic neurons drawn uniformly (a count when {@code num >= 1}, a fraction {@code int(num·post)} when
 * {@code num < 1}, as BrainPy's int/float distinction).
 *
 * <p>With {@code include_self = 0} the target i = j is not a candidate, so every row still gets exactly the count
 * (BrainPy draws among all posts and then drops i = j, leaving some rows one short); the count must then be at most
 * {@code post − 1}. With {@code allow_multi_conn = 1} the targets are drawn with replacement and repeats are kept
 * as repeated entries (columns non-decreasing instead of strictly increasing).
 *
 * <p>Reproducibility: row i's targets come from {@link CounterRandom} keyed by (seed, {@link #STREAM}, i, draw
 * number) only, so a row never depends on other rows or on thread count.
 */
final class FixedPostNumConnector {

    static final String NAME = "FixedPostNum";

    /** The random stream (ASCII "FPST"). */
    static final int STREAM = 0x46505354;

    static final ParameterSpec NUM = new ParameterSpec("num", "1", 1, 0.0, Integer.MAX_VALUE, false,
            "targets per pre: a whole count when >= 1, a fraction of post when < 1; required");
    static final ParameterSpec INCLUDE_SELF = Flags.spec("include_self", true, "allow the pairs i = j");
    static final ParameterSpec ALLOW_MULTI_CONN = Flags.spec("allow_multi_conn", false,
            "draw targets with replacement, keeping repeats");

    static final List<ParameterSpec> PARAMETERS = List.of(NUM, INCLUDE_SELF, ALLOW_MULTI_CONN);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "each pre connects to exactly num random posts (BrainPy FixedPostNum)", PARAMETERS);

    private FixedPostNumConnector() {
    }

    /**
     * @param pre    presynaptic size
     * @param post   postsynaptic size
     * @param params {@code num} (required), {@code include_self}, {@code allow_multi_conn}
     * @param seed   the seed
     * @return the connectivity, rows = pre, columns sorted, weight 1
     * @throws ParameterException when {@code num} is missing, not whole when >= 1, or more than the candidates
     */
    static CsrMatrix connect(int pre, int post, Parameters params, long seed) {
        return columns(pre, post, params, seed).draw(0, post, null, null);
    }

    /**
     * Checks the parameters and returns the draw of any column range of {@link #connect}'s matrix: every row drawn as
     * in the whole matrix, only its entries in the range kept.
     *
     * @param pre    presynaptic size
     * @param post   postsynaptic size
     * @param params {@code num} (required), {@code include_self}, {@code allow_multi_conn}
     * @param seed   the seed
     * @return the column draw
     */
    static Connectors.ColumnSource columns(int pre, int post, Parameters params, long seed) {
        params.requireKnown(NAME, PARAMETERS);
        boolean includeSelf = Flags.get(params, INCLUDE_SELF);
        boolean multi = Flags.get(params, ALLOW_MULTI_CONN);
        int k = count(NAME, params, NUM, post, includeSelf, "post");
        CounterRandom rng = new CounterRandom(seed);
        return (from, to, rowEntries, before) -> sample(pre, post, k, includeSelf, multi, rng, STREAM, NAME, from, to,
                rowEntries, before);
    }

    /**
     * Resolves BrainPy's int-or-fraction {@code num} against the candidate count.
     *
     * @param model       the connector
     * @param params      the values
     * @param spec        the {@code num} spec
     * @param total       the size drawn from
     * @param includeSelf whether i = j is a candidate
     * @param side        "pre" or "post", for the message
     * @return the count
     */
    static int count(String model, Parameters params, ParameterSpec spec, int total, boolean includeSelf,
            String side) {
        ConnectorSupport.require(model, params, spec);
        double num = params.get(spec);
        int k;
        if (num < 1.0) {
            k = (int) (num * total);
        } else {
            if (num != Math.rint(num)) {
                throw new ParameterException(spec.name(), String.valueOf(num),
                        "must be a whole count when >= 1, or a fraction of " + side + " in [0, 1)");
            }
            k = (int) num;
        }
        int limit = includeSelf || total == 0 ? total : total - 1;
        if (k > limit) {
            throw new ParameterException(spec.name(), String.valueOf(num), "must be at most " + side + " = "
                    + total + (includeSelf ? "" : " - 1 (include_self = 0)") + " = " + limit);
        }
        return k;
    }

    /**
     * @return rows 0 .. rows − 1, each with exactly k of the columns 0 .. cols − 1 (its own index left out unless
     *         includeSelf), drawn from row-keyed draws of the given stream
     */
    static CsrMatrix sample(int rows, int cols, int k, boolean includeSelf, boolean multi, CounterRandom rng,
            int stream, String model) {
        return sample(rows, cols, k, includeSelf, multi, rng, stream, model, 0, cols, null, null);
    }

    /**
     * {@link #sample(int, int, int, boolean, boolean, CounterRandom, int, String)} restricted to the columns
     * [from, to): every row is drawn whole and only its entries in the range are kept.
     *
     * @param rowEntries receives each row's entries in the whole matrix (k), or null
     * @param before     receives each row's entries left of {@code from}, or null
     */
    static CsrMatrix sample(int rows, int cols, int k, boolean includeSelf, boolean multi, CounterRandom rng,
            int stream, String model, int from, int to, int[] rowEntries, int[] before) {
        long total = (long) rows * k;
        if (total > ConnectorSupport.MAX_NNZ) {
            throw new IllegalArgumentException(model + " of " + rows + " x " + cols + " with " + k + " per row has "
                    + total + " connections, more than a CSR matrix can index (" + ConnectorSupport.MAX_NNZ + ")");
        }
        boolean whole = from == 0 && to == cols;
        // The whole matrix holds exactly total entries; a column range about its share, plus head-room.
        ConnectorSupport.CsrBuilder kept = new ConnectorSupport.CsrBuilder(model, rows, cols, whole ? total
                : total * (to - from) / Math.max(cols, 1) + 16);
        int[] row = new int[k];
        ConnectorSupport.Sampler sampler = new ConnectorSupport.Sampler(multi ? 0 : cols, k);
        for (int i = 0; i < rows; i++) {
            int skip = !includeSelf && i < cols ? i : -1;
            sampler.sample(rng, stream, i, cols, skip, k, multi, row, 0);
            int lo = ConnectorSupport.firstAtLeast(row, 0, k, from);
            int hi = ConnectorSupport.firstAtLeast(row, lo, k, to);
            for (int e = lo; e < hi; e++) {
                kept.add(row[e]);
            }
            kept.endRow(false, false, -1);
            if (rowEntries != null) {
                rowEntries[i] = k;
            }
            if (before != null) {
                before[i] = lo;
            }
        }
        return kept.build();
    }
}
