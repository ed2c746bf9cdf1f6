package org.brainj.models.internal;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.random.CounterRandom;

/**
 * BrainPy's {@code FixedProb}: each pair (i, j) is connected with probability {@code prob}.
 *
 * <p>Two conventions, chosen by {@code exact}:
 * <ul>
 *   <li>{@code exact = 0} (default): independent Bernoulli(prob) per pair, as BrainPy's {@code build_mat}; row sizes
 *       are binomial.</li>
 *   <li>{@code exact = 1}: every row gets exactly {@code round(prob·post)} distinct targets drawn uniformly without
 *       replacement, as BrainPy's CSR/COO builders do (its issue #695); with {@code include_self = 0} the target
 *       i = j is not a candidate, and a row never gets more targets than it has candidates.</li>
 * </ul>
 * With {@code include_self = 0} the pair i = j is never connected, whatever the two sizes.
 *
 * <p>Reproducibility: every draw comes from {@link CounterRandom} keyed by the seed, stream {@link #STREAM},
 * index = row (the presynaptic neuron) and a per-row draw number d, passed as step {@code d >>> 16} and draw
 * {@code d & 0xFFFF} (so step 0 and draw d for the first 65 536 draws of a row). A row's targets therefore depend
 * only on the seed, the row, {@code post}, {@code prob} and the flags, never on other rows or on thread count.
 * <ul>
 *   <li>Bernoulli mode draws the gaps between successive targets, each geometric with success probability
 *       {@code prob} (draw d gives the (d+1)-th gap): the same distribution as one Bernoulli trial per pair at a cost
 *       proportional to the number of connections, not to {@code pre·post}.</li>
 *   <li>Exact mode runs a partial Fisher–Yates shuffle over the row's candidates: draw d picks the d-th target among
 *       the candidates not yet taken.</li>
 * </ul>
 */
final class FixedProbConnector {

    static final String NAME = "FixedProb";

    /** The random stream of this connector (ASCII "FPRB"), distinct from the streams models use for noise. */
    static final int STREAM = 0x46505242;

    static final ParameterSpec PROB = new ParameterSpec("prob", "1", 0.1, 0.0, 1.0, true,
            "connection probability; required");
    static final ParameterSpec INCLUDE_SELF = Flags.spec("include_self", true, "allow the pairs i = j");
    static final ParameterSpec EXACT = Flags.spec("exact", false,
            "give every row exactly round(prob*post) targets instead of independent Bernoulli draws per pair");

    static final List<ParameterSpec> PARAMETERS = List.of(PROB, INCLUDE_SELF, EXACT);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "each pair connected with probability prob, reproducible from the seed (BrainPy FixedProb)",
            PARAMETERS);

    private FixedProbConnector() {
    }

    /**
     * @param pre    presynaptic size
     * @param post   postsynaptic size
     * @param params {@code prob} (required), {@code include_self}, {@code exact}
     * @param seed   the seed
     * @return the connectivity, columns sorted within each row, weight 1
     * @throws ParameterException when {@code prob} is missing or outside (0, 1], or a flag is not 0 or 1
     */
    static CsrMatrix connect(int pre, int post, Parameters params, long seed) {
        return columns(pre, post, params, seed).draw(0, post, null, null);
    }

    /**
     * Checks the parameters and returns the draw of any column range of {@link #connect}'s matrix: the same draws,
     * row by row, with the entries outside the range dropped as they are drawn, so that one rank of a partitioned run
     * holds only its columns (its memory, not its drawing time, scales with the range).
     *
     * @param pre    presynaptic size
     * @param post   postsynaptic size
     * @param params {@code prob} (required), {@code include_self}, {@code exact}
     * @param seed   the seed
     * @return the column draw
     * @throws ParameterException when {@code prob} is missing or outside (0, 1], or a flag is not 0 or 1
     */
    static Connectors.ColumnSource columns(int pre, int post, Parameters params, long seed) {
        params.requireKnown(NAME, PARAMETERS);
        if (!params.asMap().containsKey(PROB.name())) {
            throw new ParameterException(PROB.name(), "missing", "required by " + NAME + ": "
                    + PROB.allowedRange());
        }
        double prob = params.get(PROB);
        boolean includeSelf = Flags.get(params, INCLUDE_SELF);
        boolean exact = Flags.get(params, EXACT);
        CounterRandom rng = new CounterRandom(seed);
        return (from, to, rowEntries, before) -> exact
                ? exactCount(pre, post, prob, includeSelf, rng, from, to, rowEntries, before)
                : bernoulli(pre, post, prob, includeSelf, rng, from, to, rowEntries, before);
    }

    private static double uniform(CounterRandom rng, int row, long d) {
        return rng.uniform(STREAM, row, d >>> 16, (int) (d & 0xFFFF));
    }

    private static CsrMatrix bernoulli(int pre, int post, double prob, boolean includeSelf, CounterRandom rng,
                                       int from, int to, int[] rowEntries, int[] before) {
        int[] indptr = new int[pre + 1];
        int[] indices = new int[initialCapacity(pre, to - from, prob)];
        int nnz = 0;
        long total = 0;
        // log(1 - prob); -Infinity for prob = 1, which makes every gap 0 below.
        double logMiss = Math.log1p(-prob);
        for (int i = 0; i < pre; i++) {
            long d = 0;
            int j = -1;
            int whole = 0;
            int left = 0;
            while (true) {
                double u = uniform(rng, i, d++);
                // Failures before the next success: P(gap >= s) = P(1 - u <= (1 - prob)^s) = (1 - prob)^s.
                double gap = Math.floor(Math.log1p(-u) / logMiss);
                if (!(gap < (double) post - 1 - j)) {
                    break;
                }
                j += (int) gap + 1;
                if (includeSelf || j != i) {
                    whole++;
                    if (j < from) {
                        left++;
                    } else if (j < to) {
                        if (nnz == indices.length) {
                            indices = grow(indices, nnz);
                        }
                        indices[nnz++] = j;
                    }
                }
            }
            total += whole;
            if (total > ConnectorSupport.MAX_NNZ) {
                throw tooMany(total);
            }
            indptr[i + 1] = nnz;
            if (rowEntries != null) {
                rowEntries[i] = whole;
            }
            if (before != null) {
                before[i] = left;
            }
        }
        return new CsrMatrix(pre, post, indptr, nnz == indices.length ? indices : Arrays.copyOf(indices, nnz),
                new double[] {1.0});
    }

    private static int initialCapacity(int pre, int post, double prob) {
        double expected = (double) pre * post * prob;
        // expected + 5 sigma rarely needs a regrowth.
        double cap = expected + 5.0 * Math.sqrt(expected) + 16.0;
        return (int) Math.min(cap, Integer.MAX_VALUE - 8);
    }

    private static int[] grow(int[] a, int used) {
        if (used >= Integer.MAX_VALUE - 8) {
            throw tooMany(used + 1L);
        }
        long next = Math.min((long) used + (used >> 1) + 16, Integer.MAX_VALUE - 8);
        return Arrays.copyOf(a, (int) next);
    }

    private static IllegalArgumentException tooMany(long connections) {
        return new IllegalArgumentException(NAME + " made more connections (" + connections + ") than a CSR matrix "
                + "can index (" + ConnectorSupport.MAX_NNZ + ")");
    }

    private static CsrMatrix exactCount(int pre, int post, double prob, boolean includeSelf, CounterRandom rng,
                                        int from, int to, int[] rowEntries, int[] before) {
        int target = (int) Math.min(Math.round(prob * post), post);
        long total = 0;
        for (int i = 0; i < pre; i++) {
            total += Math.min(target, candidates(i, post, includeSelf));
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(NAME + " of " + pre + " x " + post + " with prob = " + prob + " has "
                    + total + " connections, more than a CSR matrix can index (" + (Integer.MAX_VALUE - 8) + ")");
        }
        int[] indptr = new int[pre + 1];
        // The whole matrix holds exactly total entries; a column range about its share (grown when needed).
        int[] indices = new int[from == 0 && to == post ? (int) total
                : (int) Math.min(Integer.MAX_VALUE - 8, total * (to - from) / Math.max(post, 1) + 16)];
        int nnz = 0;
        // One permutation of candidate slots shared by all rows; each row's swaps are undone afterwards so the next
        // row starts from the identity in O(k) instead of O(post).
        int[] slots = new int[post];
        for (int c = 0; c < post; c++) {
            slots[c] = c;
        }
        int[] swapped = new int[Math.max(target, 0)];
        int[] row = new int[Math.max(target, 0)];
        for (int i = 0; i < pre; i++) {
            int n = candidates(i, post, includeSelf);
            int k = Math.min(target, n);
            for (int d = 0; d < k; d++) {
                int r = d + (int) (uniform(rng, i, d) * (n - d));
                if (r >= n) {
                    r = n - 1;
                }
                swapped[d] = r;
                int tmp = slots[d];
                slots[d] = slots[r];
                slots[r] = tmp;
                int c = slots[d];
                // Without self-connections, candidate slot c stands for column c, or c + 1 from the diagonal on.
                row[d] = (!includeSelf && i < post && c >= i) ? c + 1 : c;
            }
            for (int d = k - 1; d >= 0; d--) {
                int r = swapped[d];
                int tmp = slots[d];
                slots[d] = slots[r];
                slots[r] = tmp;
            }
            Arrays.sort(row, 0, k);
            int lo = ConnectorSupport.firstAtLeast(row, 0, k, from);
            int hi = ConnectorSupport.firstAtLeast(row, lo, k, to);
            while (nnz + (hi - lo) > indices.length) {
                indices = grow(indices, nnz);
            }
            System.arraycopy(row, lo, indices, nnz, hi - lo);
            nnz += hi - lo;
            indptr[i + 1] = nnz;
            if (rowEntries != null) {
                rowEntries[i] = k;
            }
            if (before != null) {
                before[i] = lo;
            }
        }
        return new CsrMatrix(pre, post, indptr, nnz == indices.length ? indices : Arrays.copyOf(indices, nnz),
                new double[] {1.0});
    }

    private static int candidates(int row, int post, boolean includeSelf) {
        return !includeSelf && row < post ? post - 1 : post;
    }
}
