package org.brainj.models.internal;

import java.util.List;
import java.util.Map;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.random.CounterRandom;

/**
 * BrainPy's {@code SmallWorld(num_neighbor, prob, directed, include_self)}: a Watts–Strogatz graph. The n neurons
 * form a ring and each is joined to its {@code num_neighbor / 2} (integer division) nearest neighbours on each
 * side, so degree {@code 2·(num_neighbor / 2)} before rewiring. Then, for each distance j = 1 .. num_neighbor/2
 * and each node u in order, the edge (u, u + j) is rewired with probability {@code prob} to (u, w), w drawn
 * uniformly among the nodes not yet joined to u (w = u only with {@code include_self = 1}); nothing happens when
 * at most one such node is left. Undirected (default): the edge is moved in both directions and the matrix stays
 * symmetric. Directed: the out-edge u → u + j and, independently, the in-edge u + j → u are rewired, the latter to
 * w → u with w not yet pointing to u. {@code num_neighbor = n} gives the complete graph (BrainPy also adds i = i
 * there; here {@code include_self} decides).
 *
 * <p>Reproducibility: the coin for (u, j) and the draws of its new end come from {@link CounterRandom} keyed by
 * (seed, {@link #STREAM}, u, j and direction, draw number). Rewiring is sequential (which nodes are free depends on
 * the earlier rewirings), so rows are not independent; the result is still a pure function of the seed and the
 * parameters.
 */
final class SmallWorldConnector {

    static final String NAME = "SmallWorld";

    /** The random stream (ASCII "SMWD"). */
    static final int STREAM = 0x534D5744;

    static final ParameterSpec NUM_NEIGHBOR = ConnectorSupport.intSpec("num_neighbor", 2, 0,
            "ring neighbours joined: num_neighbor / 2 on each side; required");
    static final ParameterSpec PROB = new ParameterSpec("prob", "1", 0.1, 0.0, 1.0, false,
            "probability of rewiring each ring edge; required");
    static final ParameterSpec DIRECTED = Flags.spec("directed", false, "rewire out- and in-edges separately");
    static final ParameterSpec INCLUDE_SELF = Flags.spec("include_self", false, "allow rewiring onto i = j");

    static final List<ParameterSpec> PARAMETERS = List.of(NUM_NEIGHBOR, PROB, DIRECTED, INCLUDE_SELF);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "Watts-Strogatz ring with num_neighbor neighbours, each edge rewired with prob (BrainPy SmallWorld)",
            PARAMETERS);

    private SmallWorldConnector() {
    }

    /**
     * @param pre    population size
     * @param post   the same size
     * @param params {@code num_neighbor} and {@code prob} (required), {@code directed}, {@code include_self}
     * @param seed   the seed
     * @return the connectivity, rows = pre, columns sorted, weight 1
     * @throws ParameterException       when a value is out of range or {@code num_neighbor} exceeds the size
     * @throws IllegalArgumentException when pre and post differ
     */
    static CsrMatrix connect(int pre, int post, Parameters params, long seed) {
        params.requireKnown(NAME, PARAMETERS);
        ConnectorSupport.require(NAME, params, NUM_NEIGHBOR);
        ConnectorSupport.require(NAME, params, PROB);
        int k = ConnectorSupport.intValue(params, NUM_NEIGHBOR);
        double prob = params.get(PROB);
        boolean directed = Flags.get(params, DIRECTED);
        boolean includeSelf = Flags.get(params, INCLUDE_SELF);
        ConnectorSupport.requireSameSize(NAME, pre, post);
        int n = pre;
        if (k > n) {
            throw new ParameterException(NUM_NEIGHBOR.name(), String.valueOf(k), "must be at most the size " + n);
        }
        if (k == n) {
            return All2AllConnector.connect(n, n, Parameters.of(Map.of(
                    All2AllConnector.INCLUDE_SELF.name(), includeSelf ? 1.0 : 0.0)));
        }
        int half = k / 2;
        ConnectorSupport.Adjacency out = new ConnectorSupport.Adjacency(n, 2 * half + 2);
        // In-edges mirror out-edges; kept separately only when directed (undirected: the same lists).
        ConnectorSupport.Adjacency in = directed ? new ConnectorSupport.Adjacency(n, 2 * half + 2) : out;
        for (int j = 1; j <= half; j++) {
            for (int u = 0; u < n; u++) {
                int v = (u + j) % n;
                link(out, in, u, v, directed);
                link(out, in, v, u, directed);
            }
        }
        CounterRandom rng = new CounterRandom(seed);
        for (int j = 1; j <= half; j++) {
            for (int u = 0; u < n; u++) {
                int v = (u + j) % n;
                int w = rewire(rng, out, u, n, 2L * j, prob, includeSelf);
                if (w >= 0) {
                    unlink(out, in, u, v, directed);
                    if (!directed) {
                        unlink(out, in, v, u, false);
                    }
                    link(out, in, u, w, directed);
                    if (!directed) {
                        link(out, in, w, u, false);
                    }
                }
                if (directed) {
                    w = rewire(rng, in, u, n, 2L * j + 1, prob, includeSelf);
                    if (w >= 0) {
                        unlink(out, in, v, u, true);
                        link(out, in, w, u, true);
                    }
                }
            }
        }
        return out.toCsr(NAME);
    }

    private static void link(ConnectorSupport.Adjacency out, ConnectorSupport.Adjacency in, int a, int b,
            boolean directed) {
        out.add(a, b);
        if (directed) {
            in.add(b, a);
        }
    }

    private static void unlink(ConnectorSupport.Adjacency out, ConnectorSupport.Adjacency in, int a, int b,
            boolean directed) {
        out.remove(a, b);
        if (directed) {
            in.remove(b, a);
        }
    }

    /**
     * BrainPy's {@code _smallworld_rewire}: with probability prob, a node w not in {@code adj}'s list of u, drawn
     * uniformly (by rejection), never u itself unless includeSelf; −1 for no rewiring.
     */
    private static int rewire(CounterRandom rng, ConnectorSupport.Adjacency adj, int u, int n, long key,
            double prob, boolean includeSelf) {
        if (!(ConnectorSupport.uniform(rng, STREAM, u, key, 0) < prob)) {
            return -1;
        }
        int free = n - adj.size(u);
        if (free <= 1) {
            return -1;
        }
        for (long d = 1; ; d++) {
            int w = ConnectorSupport.uniformInt(rng, STREAM, u, key, d, n);
            if (!adj.contains(u, w) && (includeSelf || w != u)) {
                return w;
            }
        }
    }
}
