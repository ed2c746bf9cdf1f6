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
 * BrainPy's {@code FixedTotalNum(num)}: exactly {@code num} connections in all (a count when {@code num >= 1}, a
 * fraction {@code int(num·pre·post)} when {@code num < 1}), placed uniformly over the {@code pre·post} pairs.
 *
 * <p>{@code allow_multi_conn = 0} (default): {@code num} distinct pairs, a uniform random subset.
 * {@code allow_multi_conn = 1}: {@code num} independent uniform pairs with repeats kept as repeated entries, which
 * is what BrainPy's {@code build_coo} (two {@code randint} arrays) does; {@code num} may then exceed
 * {@code pre·post} (BrainPy rejects that in both modes).
 *
 * <p>Reproducibility: pair number d is drawn from {@link CounterRandom} keyed by (seed, {@link #STREAM}, 0, d).
 * With repeats allowed every pair is independent of the others. Without, the subset is the first {@code num}
 * distinct pairs of that keyed sequence, so it is one sequential sample: it does not split by row (a per-row
 * split would need multivariate hypergeometric row counts). When {@code num} is more than half the pairs the
 * complement is sampled instead, bounding the rejections.
 */
final class FixedTotalNumConnector {

    static final String NAME = "FixedTotalNum";

    /** The random stream (ASCII "FTOT"). */
    static final int STREAM = 0x46544F54;

    static final ParameterSpec NUM = new ParameterSpec("num", "1", 1, 0.0, Integer.MAX_VALUE, false,
            "connections in all: a whole count when >= 1, a fraction of pre*post when < 1; required");
    static final ParameterSpec ALLOW_MULTI_CONN = Flags.spec("allow_multi_conn", false,
            "draw pairs with replacement, keeping repeats (BrainPy's build_coo)");

    static final List<ParameterSpec> PARAMETERS = List.of(NUM, ALLOW_MULTI_CONN);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "exactly num connections placed uniformly over all pairs (BrainPy FixedTotalNum)", PARAMETERS);

    private FixedTotalNumConnector() {
    }

    /**
     * @param pre    presynaptic size
     * @param post   postsynaptic size
     * @param params {@code num} (required), {@code allow_multi_conn}
     * @param seed   the seed
     * @return the connectivity, rows = pre, columns sorted, weight 1
     * @throws ParameterException when {@code num} is missing, not whole when >= 1, or more than pre·post
     */
    static CsrMatrix connect(int pre, int post, Parameters params, long seed) {
        params.requireKnown(NAME, PARAMETERS);
        ConnectorSupport.require(NAME, params, NUM);
        boolean multi = Flags.get(params, ALLOW_MULTI_CONN);
        double num = params.get(NUM);
        long pairs = (long) pre * post;
        long count;
        if (num < 1.0) {
            count = (long) (num * pairs);
        } else {
            if (num != Math.rint(num)) {
                throw new ParameterException(NUM.name(), String.valueOf(num),
                        "must be a whole count when >= 1, or a fraction of pre*post in [0, 1)");
            }
            count = (long) num;
        }
        if (count > pairs && !multi) {
            throw new ParameterException(NUM.name(), String.valueOf(num), "must be at most pre * post = " + pairs
                    + " (distinct pairs; allow_multi_conn = 1 lifts this)");
        }
        if (count > 0 && pairs == 0) {
            throw new ParameterException(NUM.name(), String.valueOf(num), "must be 0 when pre * post = 0");
        }
        if (count > ConnectorSupport.MAX_NNZ) {
            throw new ParameterException(NUM.name(), String.valueOf(num), "must be at most "
                    + ConnectorSupport.MAX_NNZ + " (what a CSR matrix can index)");
        }
        CounterRandom rng = new CounterRandom(seed);
        long[] keys;
        if (multi) {
            keys = new long[(int) count];
            for (int d = 0; d < count; d++) {
                keys[d] = pair(rng, d, pairs);
            }
        } else if (count <= pairs / 2) {
            keys = distinct(rng, (int) count, pairs).toArray();
        } else {
            // Fewer than pairs/2 excluded pairs; pairs <= 2·count fits an int loop bound.
            LongSet excluded = distinct(rng, (int) (pairs - count), pairs);
            keys = new long[(int) count];
            int w = 0;
            for (long key = 0; key < pairs; key++) {
                if (!excluded.contains(key)) {
                    keys[w++] = key;
                }
            }
        }
        Arrays.sort(keys);
        int[] indptr = new int[pre + 1];
        int[] indices = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            int row = (int) (keys[k] / post);
            indices[k] = (int) (keys[k] - (long) row * post);
            indptr[row + 1]++;
        }
        for (int i = 0; i < pre; i++) {
            indptr[i + 1] += indptr[i];
        }
        return new CsrMatrix(pre, post, indptr, indices, new double[] {1.0});
    }

    /** @return pair number d of the keyed sequence: a uniform long in [0, pairs), unbiased by rejection */
    private static long pair(CounterRandom rng, long d, long pairs) {
        // Each rejection has probability below 1/2 for any bound, so 2^16 attempts never run out in practice.
        for (int attempt = 0; ; attempt = (attempt + 1) & 0xFFFF) {
            long r = rng.nextLong(STREAM, 0, d, attempt) >>> 1;
            long rem = r % pairs;
            if (r - rem + (pairs - 1) >= 0) {
                return rem;
            }
        }
    }

    private static LongSet distinct(CounterRandom rng, int count, long pairs) {
        LongSet set = new LongSet(count);
        for (long d = 0; set.size() < count; d++) {
            set.add(pair(rng, d, pairs));
        }
        return set;
    }

    /** Open-addressing set of non-negative longs, insertion order kept in a side array. */
    private static final class LongSet {
        private final long[] table;
        private final long[] order;
        private final int mask;
        private int size;

        LongSet(int capacity) {
            long want = 2L * Math.max(4, capacity);
            if (want > 1 << 30) {
                throw new IllegalArgumentException(NAME + " cannot sample " + capacity + " distinct pairs in memory;"
                        + " use allow_multi_conn = 1 or FixedProb");
            }
            int cap = Integer.highestOneBit((int) want - 1) << 1;
            table = new long[cap];
            Arrays.fill(table, -1L);
            mask = cap - 1;
            order = new long[capacity];
        }

        int size() {
            return size;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            int s = (int) (h ^ (h >>> 32)) & mask;
            while (table[s] != -1L && table[s] != key) {
                s = (s + 1) & mask;
            }
            return s;
        }

        boolean contains(long key) {
            return table[slot(key)] == key;
        }

        void add(long key) {
            int s = slot(key);
            if (table[s] == -1L) {
                table[s] = key;
                order[size++] = key;
            }
        }

        long[] toArray() {
            return size == order.length ? order : Arrays.copyOf(order, size);
        }
    }
}
