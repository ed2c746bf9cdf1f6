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
 * BrainPy's {@code ProbDist(dist, prob, pre_ratio, include_self)}: on a width × height grid (see
 * {@link ConnectorSupport.Grid}), a neuron connects with probability {@code prob} to every neuron at Euclidean grid
 * distance at most {@code dist}; only a fraction {@code pre_ratio} of the presynaptic neurons (each chosen with that
 * probability) make connections. {@code include_self = 0} drops distance 0. The grid has no periodic boundary
 * (BrainPy's has none); unlike BrainPy, pre and post must be the same grid.
 *
 * <p>Reproducibility: the pair (i, j) connects when the uniform at (seed, {@link #STREAM}, index i, step j, draw 0)
 * is below {@code prob}; row i takes part when the uniform at (index i, step 0, draw 1) is below
 * {@code pre_ratio}. Every row is independent of the others.
 */
final class ProbDistConnector {

    static final String NAME = "ProbDist";

    /** The random stream (ASCII "PDST"). */
    static final int STREAM = 0x50445354;

    static final ParameterSpec DIST = ParameterSpec.nonNegative("dist", "1", 1.0,
            "largest Euclidean grid distance connected");
    static final ParameterSpec PROB = new ParameterSpec("prob", "1", 1.0, 0.0, 1.0, false,
            "probability of each pair within dist");
    static final ParameterSpec PRE_RATIO = new ParameterSpec("pre_ratio", "1", 1.0, 0.0, 1.0, false,
            "probability that a pre makes connections at all");
    static final ParameterSpec INCLUDE_SELF = Flags.spec("include_self", true, "allow the pairs i = j");

    static final List<ParameterSpec> PARAMETERS = List.of(DIST, PROB, PRE_RATIO, INCLUDE_SELF,
            ConnectorSupport.WIDTH, ConnectorSupport.HEIGHT);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "probability prob within Euclidean distance dist on a width x height grid (BrainPy ProbDist)",
            PARAMETERS);

    private ProbDistConnector() {
    }

    /**
     * @param pre    population size
     * @param post   the same size
     * @param params {@code dist}, {@code prob}, {@code pre_ratio}, {@code include_self}, {@code width}/{@code height}
     * @param seed   the seed
     * @return the connectivity, rows = pre, columns sorted, weight 1
     * @throws ParameterException       when a value is out of range or the grid does not match the size
     * @throws IllegalArgumentException when pre and post differ
     */
    static CsrMatrix connect(int pre, int post, Parameters params, long seed) {
        params.requireKnown(NAME, PARAMETERS);
        double dist = params.get(DIST);
        double prob = params.get(PROB);
        double preRatio = params.get(PRE_RATIO);
        boolean includeSelf = Flags.get(params, INCLUDE_SELF);
        ConnectorSupport.Grid g = ConnectorSupport.Grid.of(NAME, pre, post, params);
        CounterRandom rng = new CounterRandom(seed);
        long reach = (long) Math.floor(dist);
        double area = Math.PI * dist * dist + 4 * dist + 1;
        ConnectorSupport.CsrBuilder b = new ConnectorSupport.CsrBuilder(NAME, pre, post,
                (long) Math.min((double) pre * Math.min(area, post) * prob * preRatio * 1.1 + 16,
                        ConnectorSupport.MAX_NNZ));
        int[] xs = new int[2];
        for (int i = 0; i < pre; i++) {
            if (rng.uniform(STREAM, i, 0, 1) < preRatio) {
                int x = i % g.width();
                int y = i / g.width();
                GaussianProbConnector.window(y, g.height(), reach, false, xs);
                int ylo = xs[0];
                int yhi = xs[1];
                GaussianProbConnector.window(x, g.width(), reach, false, xs);
                for (int oy = ylo; oy <= yhi; oy++) {
                    for (int ox = xs[0]; ox <= xs[1]; ox++) {
                        double d = Math.sqrt((double) ox * ox + (double) oy * oy);
                        if (d > dist || (d == 0.0 && !includeSelf)) {
                            continue;
                        }
                        int j = (y + oy) * g.width() + x + ox;
                        if (rng.uniform(STREAM, i, j, 0) < prob) {
                            b.add(j);
                        }
                    }
                }
            }
            b.endRow(false, false, -1);
        }
        return b.build();
    }
}
