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
 * BrainPy's {@code GaussianProb(sigma)}: on a width × height grid (see {@link ConnectorSupport.Grid}), neurons i and
 * j are connected with probability {@code p = exp(-(dx² + dy²) / (2σ²))}, where dx, dy are their grid distances
 * (BrainPy's default encoding: each neuron encodes its integer grid position). With {@code periodic_boundary = 1}
 * each distance is the shorter way round the axis.
 *
 * <p>{@code normalize} divides the probabilities by their maximum, as BrainPy does; on grid positions the maximum
 * is p(i, i) = 1, so it changes nothing here and is kept for BrainPy's signature. BrainPy's
 * {@code encoding_values} (other value ranges per axis) is not offered. {@code include_self = 0} drops i = j.
 *
 * <p>Reproducibility: the pair (i, j) connects when {@link CounterRandom#uniform(int, int, long, int)} at (seed,
 * {@link #STREAM}, index i, step j, draw 0) is below p, so every pair, and every row, is independent of the rest.
 * Pairs whose p is below 2<sup>-53</sup> (beyond about 8.6σ) are not visited; with 53-bit uniforms they would
 * connect only on a draw of exactly 0, with probability below 2<sup>-53</sup> each.
 */
final class GaussianProbConnector {

    static final String NAME = "GaussianProb";

    /** The random stream (ASCII "GAUS"). */
    static final int STREAM = 0x47415553;

    static final ParameterSpec SIGMA = ParameterSpec.positive("sigma", "1", 1.0,
            "width of the Gaussian, in grid steps; required");
    static final ParameterSpec NORMALIZE = Flags.spec("normalize", true,
            "divide by the largest probability (1 on grid positions, so no effect)");
    static final ParameterSpec INCLUDE_SELF = Flags.spec("include_self", true, "allow the pairs i = j");
    static final ParameterSpec PERIODIC_BOUNDARY = Flags.spec("periodic_boundary", false,
            "wrap both axes (torus)");

    static final List<ParameterSpec> PARAMETERS = List.of(SIGMA, NORMALIZE, INCLUDE_SELF, PERIODIC_BOUNDARY,
            ConnectorSupport.WIDTH, ConnectorSupport.HEIGHT);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "probability exp(-d^2/(2 sigma^2)) with grid distance d on a width x height grid (BrainPy GaussianProb)",
            PARAMETERS);

    /** p below 2^-53 once d^2 / (2σ²) exceeds 53·ln 2. */
    private static final double CUTOFF = 53.0 * Math.log(2.0);

    private GaussianProbConnector() {
    }

    /**
     * @param pre    population size
     * @param post   the same size
     * @param params {@code sigma} (required), {@code normalize}, {@code include_self}, {@code periodic_boundary},
     *               {@code width}/{@code height}
     * @param seed   the seed
     * @return the connectivity, rows = pre, columns sorted, weight 1
     * @throws ParameterException       when a value is out of range or the grid does not match the size
     * @throws IllegalArgumentException when pre and post differ
     */
    static CsrMatrix connect(int pre, int post, Parameters params, long seed) {
        params.requireKnown(NAME, PARAMETERS);
        ConnectorSupport.require(NAME, params, SIGMA);
        double sigma = params.get(SIGMA);
        Flags.get(params, NORMALIZE);
        boolean includeSelf = Flags.get(params, INCLUDE_SELF);
        boolean periodic = Flags.get(params, PERIODIC_BOUNDARY);
        ConnectorSupport.Grid g = ConnectorSupport.Grid.of(NAME, pre, post, params);
        CounterRandom rng = new CounterRandom(seed);
        double twoSigma2 = 2.0 * sigma * sigma;
        long reach = (long) Math.ceil(sigma * Math.sqrt(2.0 * CUTOFF));
        double expected = 0;
        // Expected row size away from the edges, for the first allocation.
        for (long d = -Math.min(reach, g.width()); d <= Math.min(reach, g.width()); d++) {
            expected += Math.exp(-d * d / twoSigma2);
        }
        double perRow = expected * expected;
        ConnectorSupport.CsrBuilder b = new ConnectorSupport.CsrBuilder(NAME, pre, post,
                (long) Math.min((double) pre * perRow * 1.1 + 16, ConnectorSupport.MAX_NNZ));
        int[] xs = new int[2];
        for (int i = 0; i < pre; i++) {
            int x = i % g.width();
            int y = i / g.width();
            window(y, g.height(), reach, periodic, xs);
            int ylo = xs[0];
            int yhi = xs[1];
            window(x, g.width(), reach, periodic, xs);
            for (int oy = ylo; oy <= yhi; oy++) {
                int ty = periodic ? Math.floorMod(y + oy, g.height()) : y + oy;
                for (int ox = xs[0]; ox <= xs[1]; ox++) {
                    double d2 = (double) ox * ox + (double) oy * oy;
                    if (d2 / twoSigma2 > CUTOFF) {
                        continue;
                    }
                    int tx = periodic ? Math.floorMod(x + ox, g.width()) : x + ox;
                    int j = ty * g.width() + tx;
                    if (j == i && !includeSelf) {
                        continue;
                    }
                    if (rng.uniform(STREAM, i, j, 0) < Math.exp(-d2 / twoSigma2)) {
                        b.add(j);
                    }
                }
            }
            b.endRow(periodic, false, -1);
        }
        return b.build();
    }

    /**
     * The offsets o visited along one axis: each reachable neuron once, with |o| its distance along the axis.
     *
     * @param c        the coordinate
     * @param size     the axis length
     * @param reach    the largest distance of interest
     * @param periodic whether the axis wraps
     * @param out      receives the lowest and highest offset
     */
    static void window(int c, int size, long reach, boolean periodic, int[] out) {
        if (periodic) {
            // Offsets -(size-1)/2 .. size/2 reach every position once, each by its shorter way round.
            out[0] = (int) -Math.min(reach, (size - 1) / 2);
            out[1] = (int) Math.min(reach, size / 2);
        } else {
            out[0] = (int) -Math.min(reach, c);
            out[1] = (int) Math.min(reach, size - 1 - c);
        }
    }

    /**
     * @param dx grid distance along x (already the shorter way round when periodic)
     * @param dy grid distance along y
     * @param sigma the width
     * @return BrainPy's connection probability
     */
    static double probability(int dx, int dy, double sigma) {
        return Math.exp(-((double) dx * dx + (double) dy * dy) / (2.0 * sigma * sigma));
    }
}
