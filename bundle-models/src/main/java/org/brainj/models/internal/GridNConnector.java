package org.brainj.models.internal;

import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;

/**
 * BrainPy's {@code GridN(N)}: on a width × height grid (see {@link ConnectorSupport.Grid}), every neuron connects
 * to the neurons of its (2N+1) × (2N+1) square neighbourhood, i.e. those whose distance along each axis is at most
 * N. With {@code periodic_boundary = 1} the axes wrap and the distance is the shorter way round (BrainPy: a
 * distance d above size/2 counts as size − d); a neighbour reached twice on a short axis is connected once.
 * {@code include_self = 0} (default) leaves out i = j, also where a short periodic axis wraps onto itself.
 * Deterministic: no random draws.
 */
final class GridNConnector {

    static final String NAME = "GridN";

    static final ParameterSpec N = ConnectorSupport.intSpec("N", 1, 1,
            "reach along each axis: the (2N+1) x (2N+1) square around a neuron");
    static final ParameterSpec INCLUDE_SELF = Flags.spec("include_self", false, "keep the pairs i = j");
    static final ParameterSpec PERIODIC_BOUNDARY = Flags.spec("periodic_boundary", false,
            "wrap both axes (torus)");

    static final List<ParameterSpec> PARAMETERS = List.of(N, INCLUDE_SELF, PERIODIC_BOUNDARY,
            ConnectorSupport.WIDTH, ConnectorSupport.HEIGHT);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "(2N+1)^2 square neighbourhood on a width x height grid (BrainPy GridN)", PARAMETERS);

    private GridNConnector() {
    }

    /**
     * @param pre    population size
     * @param post   the same size
     * @param params {@code N}, {@code include_self}, {@code periodic_boundary}, {@code width}/{@code height}
     * @return the connectivity, rows = pre, columns sorted, weight 1
     * @throws ParameterException       when a value is out of range or the grid does not match the size
     * @throws IllegalArgumentException when pre and post differ
     */
    static CsrMatrix connect(int pre, int post, Parameters params) {
        params.requireKnown(NAME, PARAMETERS);
        return grid(NAME, pre, post, params, ConnectorSupport.intValue(params, N), false,
                Flags.get(params, INCLUDE_SELF), Flags.get(params, PERIODIC_BOUNDARY));
    }

    /**
     * The neighbourhoods shared by GridFour, GridEight and GridN.
     *
     * @param model       the connector, for messages
     * @param pre         population size
     * @param post        the same size
     * @param params      the grid's {@code width}/{@code height}
     * @param reach       the largest per-axis offset
     * @param fourOnly    keep only offsets with |dx| + |dy| ≤ 1 (GridFour)
     * @param includeSelf keep i = j
     * @param periodic    wrap the axes
     * @return the connectivity
     */
    static CsrMatrix grid(String model, int pre, int post, Parameters params, int reach, boolean fourOnly,
            boolean includeSelf, boolean periodic) {
        ConnectorSupport.Grid g = ConnectorSupport.Grid.of(model, pre, post, params);
        int w = g.width();
        int h = g.height();
        long side = 2L * reach + 1;
        long perRow = fourOnly ? 5 : side * side;
        ConnectorSupport.CsrBuilder b = new ConnectorSupport.CsrBuilder(model, pre, post,
                Math.min((long) pre * Math.min(perRow, pre), ConnectorSupport.MAX_NNZ));
        // Offsets beyond an axis' length only revisit the same neurons: clip the window to it.
        int rx = (int) Math.min(reach, w);
        int ry = (int) Math.min(reach, h);
        for (int i = 0; i < pre; i++) {
            int x = i % w;
            int y = i / w;
            for (int dy = -ry; dy <= ry; dy++) {
                int ty = y + dy;
                if (periodic) {
                    ty = Math.floorMod(ty, h);
                } else if (ty < 0 || ty >= h) {
                    continue;
                }
                for (int dx = -rx; dx <= rx; dx++) {
                    if (fourOnly && Math.abs(dx) + Math.abs(dy) > 1) {
                        continue;
                    }
                    int tx = x + dx;
                    if (periodic) {
                        tx = Math.floorMod(tx, w);
                    } else if (tx < 0 || tx >= w) {
                        continue;
                    }
                    b.add(ty * w + tx);
                }
            }
            b.endRow(true, true, includeSelf ? -1 : i);
        }
        return b.build();
    }
}
