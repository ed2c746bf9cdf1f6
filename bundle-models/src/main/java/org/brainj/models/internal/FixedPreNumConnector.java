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
 * BrainPy's {@code FixedPreNum(num)}: every postsynaptic neuron receives exactly {@code num} distinct presynaptic
 * neurons drawn uniformly (a count when {@code num >= 1}, a fraction {@code int(num·pre)} when {@code num < 1}).
 *
 * <p>With {@code include_self = 0} the source j = i is not a candidate, so every column still gets exactly the
 * count (at most {@code pre − 1}); with {@code allow_multi_conn = 1} sources are drawn with replacement and repeats
 * are kept as repeated entries.
 *
 * <p>Reproducibility: column j's sources come from {@link CounterRandom} keyed by (seed, {@link #STREAM}, j, draw
 * number) only; the matrix is then transposed to rows = pre, which keeps every row's columns sorted.
 */
final class FixedPreNumConnector {

    static final String NAME = "FixedPreNum";

    /** The random stream (ASCII "FPRE"). */
    static final int STREAM = 0x46505245;

    static final ParameterSpec NUM = new ParameterSpec("num", "1", 1, 0.0, Integer.MAX_VALUE, false,
            "sources per post: a whole count when >= 1, a fraction of pre when < 1; required");
    static final ParameterSpec INCLUDE_SELF = Flags.spec("include_self", true, "allow the pairs i = j");
    static final ParameterSpec ALLOW_MULTI_CONN = Flags.spec("allow_multi_conn", false,
            "draw sources with replacement, keeping repeats");

    static final List<ParameterSpec> PARAMETERS = List.of(NUM, INCLUDE_SELF, ALLOW_MULTI_CONN);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "each post receives exactly num random pres (BrainPy FixedPreNum)", PARAMETERS);

    private FixedPreNumConnector() {
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
     * Checks the parameters and returns the draw of any column range of {@link #connect}'s matrix. Column j is drawn
     * as row j of a post × pre matrix: the columns of the range are drawn and kept, the others drawn only to count
     * each row's entries (when asked for), so the memory is that of the range.
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
        int k = FixedPostNumConnector.count(NAME, params, NUM, pre, includeSelf, "pre");
        long total = (long) post * k;
        if (total > ConnectorSupport.MAX_NNZ) {
            throw new IllegalArgumentException(NAME + " of " + post + " x " + pre + " with " + k + " per row has "
                    + total + " connections, more than a CSR matrix can index (" + ConnectorSupport.MAX_NNZ + ")");
        }
        CounterRandom rng = new CounterRandom(seed);
        return (from, to, rowEntries, before) -> {
            boolean count = rowEntries != null || before != null;
            if (rowEntries != null) {
                java.util.Arrays.fill(rowEntries, 0);
            }
            if (before != null) {
                java.util.Arrays.fill(before, 0);
            }
            ConnectorSupport.CsrBuilder byPost = new ConnectorSupport.CsrBuilder(NAME, post, pre,
                    (long) (to - from) * k);
            int[] row = new int[k];
            ConnectorSupport.Sampler sampler = new ConnectorSupport.Sampler(multi ? 0 : pre, k);
            for (int j = 0; j < post; j++) {
                boolean kept = j >= from && j < to;
                if (kept || count) {
                    int skip = !includeSelf && j < pre ? j : -1;
                    sampler.sample(rng, STREAM, j, pre, skip, k, multi, row, 0);
                    for (int d = 0; d < k; d++) {
                        int i = row[d];
                        if (kept) {
                            byPost.add(i);
                        }
                        if (rowEntries != null) {
                            rowEntries[i]++;
                        }
                        if (before != null && j < from) {
                            before[i]++;
                        }
                    }
                }
                byPost.endRow(false, false, -1);
            }
            return ConnectorSupport.transpose(byPost.build());
        };
    }
}
