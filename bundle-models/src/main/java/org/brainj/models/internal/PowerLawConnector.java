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
 * BrainPy's {@code PowerLaw(m, p, directed)}: the Holme–Kim growth model (power-law degrees with tunable
 * clustering). Nodes m .. n − 1 arrive in order; each first draws m distinct candidates by preferential attachment
 * (the list holds nodes 0 .. m − 1 once, then every node once per edge end), joins the first, and adds m − 1 more
 * edges: each time, with probability {@code p}, to a random neighbour of the last preferential target that it is
 * not yet joined to (a triangle), otherwise, or when no such neighbour exists, to its next candidate. As in BrainPy a
 * candidate already reached by a triangle is not replaced, so a node may end with fewer than m edges when p &gt; 0;
 * with p = 0 there are exactly {@code m·(n − m)} edges. Undirected (default): both directions; directed: only new
 * node → old node (and neighbours are then out-neighbours).
 *
 * <p>Reproducibility: node s's candidates, coins and neighbour choices come from {@link CounterRandom} keyed by
 * (seed, {@link #STREAM}, s, purpose, draw number). The growth is sequential, so rows are not independent; the
 * result is still a pure function of the seed and the parameters.
 */
final class PowerLawConnector {

    static final String NAME = "PowerLaw";

    /** The random stream (ASCII "PLAW"). */
    static final int STREAM = 0x504C4157;

    static final ParameterSpec M = ConnectorSupport.intSpec("m", 1, 1,
            "edges added by each new node, at most the size; required");
    static final ParameterSpec P = new ParameterSpec("p", "1", 0.5, 0.0, 1.0, false,
            "probability of closing a triangle after each edge; required");
    static final ParameterSpec DIRECTED = Flags.spec("directed", false, "keep only new node -> old node");

    static final List<ParameterSpec> PARAMETERS = List.of(M, P, DIRECTED);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "Holme-Kim growth: preferential attachment plus triangles with probability p (BrainPy PowerLaw)",
            PARAMETERS);

    private PowerLawConnector() {
    }

    /**
     * @param pre    population size
     * @param post   the same size
     * @param params {@code m}, {@code p} (required), {@code directed}
     * @param seed   the seed
     * @return the connectivity, rows = pre, columns sorted, weight 1
     * @throws ParameterException       when a value is missing or out of range ({@code m} in [1, size])
     * @throws IllegalArgumentException when pre and post differ
     */
    static CsrMatrix connect(int pre, int post, Parameters params, long seed) {
        params.requireKnown(NAME, PARAMETERS);
        ConnectorSupport.require(NAME, params, M);
        ConnectorSupport.require(NAME, params, P);
        int m = ConnectorSupport.intValue(params, M);
        double p = params.get(P);
        boolean directed = Flags.get(params, DIRECTED);
        ConnectorSupport.requireSameSize(NAME, pre, post);
        int n = pre;
        if (m > n) {
            throw new ParameterException(M.name(), String.valueOf(m), "must be in [1, size] = [1, " + n + "]");
        }
        CounterRandom rng = new CounterRandom(seed);
        ConnectorSupport.Adjacency adj = new ConnectorSupport.Adjacency(n, 2 * m);
        long cap = (long) m + 2L * n * m;
        if (cap > ConnectorSupport.MAX_NNZ) {
            throw new IllegalArgumentException(NAME + " of " + n + " nodes with m = " + m
                    + " needs more edge ends than an array holds");
        }
        int[] repeated = new int[(int) cap];
        int size = 0;
        for (int t = 0; t < m; t++) {
            repeated[size++] = t;
        }
        int[] candidates = new int[m];
        int[] neighbourhood = new int[16];
        for (int s = m; s < n; s++) {
            ScaleFreeBAConnector.pick(rng, STREAM, s, repeated, size, m, candidates);
            int next = 0;
            int target = candidates[next++];
            join(adj, s, target, directed);
            repeated[size++] = target;
            for (int count = 1; count < m; count++) {
                if (ConnectorSupport.uniform(rng, STREAM, s, 1, count) < p) {
                    // Neighbours of the last preferential target not yet joined to s.
                    int found = 0;
                    for (int k = 0; k < adj.size(target); k++) {
                        int nbr = adj.get(target, k);
                        if (nbr != s && !adj.contains(s, nbr)) {
                            if (found == neighbourhood.length) {
                                neighbourhood = Arrays.copyOf(neighbourhood, found * 2);
                            }
                            neighbourhood[found++] = nbr;
                        }
                    }
                    if (found > 0) {
                        // Sorted, as BrainPy's np.where lists them, so the choice does not depend on list order.
                        Arrays.sort(neighbourhood, 0, found);
                        int nbr = neighbourhood[ConnectorSupport.uniformInt(rng, STREAM, s, 2, count, found)];
                        join(adj, s, nbr, directed);
                        repeated[size++] = nbr;
                        continue;
                    }
                }
                target = candidates[next++];
                join(adj, s, target, directed);
                repeated[size++] = target;
            }
            for (int t = 0; t < m; t++) {
                repeated[size++] = s;
            }
        }
        return adj.toCsr(NAME);
    }

    private static void join(ConnectorSupport.Adjacency adj, int s, int t, boolean directed) {
        adj.add(s, t);
        if (!directed) {
            adj.add(t, s);
        }
    }
}
