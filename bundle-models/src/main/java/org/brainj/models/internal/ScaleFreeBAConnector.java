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
 * BrainPy's {@code ScaleFreeBA(m, directed)}: Barabási–Albert preferential attachment. Nodes m .. n − 1 arrive in
 * order; node m joins nodes 0 .. m − 1, and every later node joins m distinct nodes drawn from the list in which
 * each existing node appears once per edge end (so with probability proportional to its degree). Undirected
 * (default): every edge in both directions, {@code m·(n − m)} edges, {@code 2·m·(n − m)} entries; directed: only
 * new node → old node.
 *
 * <p>Reproducibility: node s's targets come from {@link CounterRandom} keyed by (seed, {@link #STREAM}, s, draw
 * number). The growth is sequential by definition (node s draws from the degrees left by nodes before it), so rows
 * are not independent; the result is still a pure function of the seed and the parameters.
 */
final class ScaleFreeBAConnector {

    static final String NAME = "ScaleFreeBA";

    /** The random stream (ASCII "SFBA"). */
    static final int STREAM = 0x53464241;

    static final ParameterSpec M = ConnectorSupport.intSpec("m", 1, 1,
            "edges from each new node to existing nodes, below the size; required");
    static final ParameterSpec DIRECTED = Flags.spec("directed", false, "keep only new node -> old node");

    static final List<ParameterSpec> PARAMETERS = List.of(M, DIRECTED);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "Barabasi-Albert preferential attachment with m edges per new node (BrainPy ScaleFreeBA)",
            PARAMETERS);

    private ScaleFreeBAConnector() {
    }

    /**
     * @param pre    population size
     * @param post   the same size
     * @param params {@code m} (required), {@code directed}
     * @param seed   the seed
     * @return the connectivity, rows = pre, columns sorted, weight 1
     * @throws ParameterException       when {@code m} is missing or not in [1, size)
     * @throws IllegalArgumentException when pre and post differ
     */
    static CsrMatrix connect(int pre, int post, Parameters params, long seed) {
        params.requireKnown(NAME, PARAMETERS);
        ConnectorSupport.require(NAME, params, M);
        int m = ConnectorSupport.intValue(params, M);
        boolean directed = Flags.get(params, DIRECTED);
        ConnectorSupport.requireSameSize(NAME, pre, post);
        requireBelowSize(M, m, pre);
        return grow(NAME, STREAM, pre, m, m, 1.0, directed, new CounterRandom(seed));
    }

    static void requireBelowSize(ParameterSpec spec, int m, int n) {
        if (m >= n) {
            throw new ParameterException(spec.name(), String.valueOf(m), "must be in [1, size) = [1, " + n + ")");
        }
    }

    /**
     * Preferential attachment in which each new node brings m1 edges with probability p, else m2 (p = 1: plain BA).
     * The first new node is max(m1, m2) and joins nodes 0 .. its m − 1.
     */
    static CsrMatrix grow(String model, int stream, int n, int m1, int m2, double p, boolean directed,
            CounterRandom rng) {
        int mMax = Math.max(m1, m2);
        ConnectorSupport.Adjacency adj = new ConnectorSupport.Adjacency(n, 2 * mMax);
        long cap = 2L * n * mMax;
        if (cap > ConnectorSupport.MAX_NNZ) {
            throw new IllegalArgumentException(model + " of " + n + " nodes with m = " + mMax
                    + " needs more edge ends than an array holds");
        }
        int[] repeated = new int[(int) cap];
        int size = 0;
        int[] targets = new int[mMax];
        // Distinct nodes in the list so far: a node cannot join more than exist.
        int present = 0;
        for (int s = mMax; s < n; s++) {
            // Which m this node brings: key 1, draw 0 (BrainPy draws it before the targets).
            int m = p >= 1.0 || ConnectorSupport.uniform(rng, stream, s, 1, 0) < p ? m1 : m2;
            int count;
            if (s == mMax) {
                for (int t = 0; t < m; t++) {
                    targets[t] = t;
                }
                count = m;
                present = m;
            } else {
                count = pick(rng, stream, s, repeated, size, Math.min(m, present), targets);
            }
            present++;
            for (int t = 0; t < count; t++) {
                adj.add(s, targets[t]);
                if (!directed) {
                    adj.add(targets[t], s);
                }
                repeated[size++] = targets[t];
            }
            for (int t = 0; t < count; t++) {
                repeated[size++] = s;
            }
        }
        return adj.toCsr(model);
    }

    /**
     * BrainPy's {@code _random_subset}: m distinct entries of {@code repeated[0 .. size)}, drawn uniformly with
     * rejection of repeats, in draw order, from draws keyed (s, key 0, d).
     *
     * @return how many were written to {@code out}: m
     */
    static int pick(CounterRandom rng, int stream, int s, int[] repeated, int size, int m, int[] out) {
        int count = 0;
        for (long d = 0; count < m; d++) {
            int node = repeated[ConnectorSupport.uniformInt(rng, stream, s, 0, d, size)];
            boolean seen = false;
            for (int t = 0; t < count; t++) {
                if (out[t] == node) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out[count++] = node;
            }
        }
        return count;
    }
}
