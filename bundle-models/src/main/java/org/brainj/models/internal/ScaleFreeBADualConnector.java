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
 * BrainPy's {@code ScaleFreeBADual(m1, m2, p, directed)}: the dual Barabási–Albert model (Moshiri 2018). As
 * {@link ScaleFreeBAConnector}, but nodes max(m1, m2) .. n − 1 arrive, and each brings m1 edges with probability
 * {@code p}, else m2; the first joins nodes 0 .. m − 1. A node never joins more nodes than have edges so far (when
 * the first node brought the smaller m, the next may find fewer than the larger m; BrainPy loops forever there).
 *
 * <p>Reproducibility: node s's choice of m and its targets come from {@link CounterRandom} keyed by (seed,
 * {@link #STREAM}, s, purpose, draw number); the growth is sequential, as for ScaleFreeBA.
 */
final class ScaleFreeBADualConnector {

    static final String NAME = "ScaleFreeBADual";

    /** The random stream (ASCII "SFBD"). */
    static final int STREAM = 0x53464244;

    static final ParameterSpec M1 = ConnectorSupport.intSpec("m1", 1, 1,
            "edges of a new node with probability p, below the size; required");
    static final ParameterSpec M2 = ConnectorSupport.intSpec("m2", 1, 1,
            "edges of a new node with probability 1 - p, below the size; required");
    static final ParameterSpec P = new ParameterSpec("p", "1", 0.5, 0.0, 1.0, false,
            "probability that a new node brings m1 edges; required");
    static final ParameterSpec DIRECTED = Flags.spec("directed", false, "keep only new node -> old node");

    static final List<ParameterSpec> PARAMETERS = List.of(M1, M2, P, DIRECTED);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "dual Barabasi-Albert: m1 edges with probability p, else m2 (BrainPy ScaleFreeBADual)", PARAMETERS);

    private ScaleFreeBADualConnector() {
    }

    /**
     * @param pre    population size
     * @param post   the same size
     * @param params {@code m1}, {@code m2}, {@code p} (required), {@code directed}
     * @param seed   the seed
     * @return the connectivity, rows = pre, columns sorted, weight 1
     * @throws ParameterException       when a value is missing or out of range
     * @throws IllegalArgumentException when pre and post differ
     */
    static CsrMatrix connect(int pre, int post, Parameters params, long seed) {
        params.requireKnown(NAME, PARAMETERS);
        ConnectorSupport.require(NAME, params, M1);
        ConnectorSupport.require(NAME, params, M2);
        ConnectorSupport.require(NAME, params, P);
        int m1 = ConnectorSupport.intValue(params, M1);
        int m2 = ConnectorSupport.intValue(params, M2);
        double p = params.get(P);
        boolean directed = Flags.get(params, DIRECTED);
        ConnectorSupport.requireSameSize(NAME, pre, post);
        ScaleFreeBAConnector.requireBelowSize(M1, m1, pre);
        ScaleFreeBAConnector.requireBelowSize(M2, m2, pre);
        return ScaleFreeBAConnector.grow(NAME, STREAM, pre, m1, m2, p, directed, new CounterRandom(seed));
    }
}
