package org.brainj.models.internal;

import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;

/**
 * BrainPy's {@code GridFour}: on a width × height grid (see {@link ConnectorSupport.Grid}), every neuron connects to
 * the neurons at distance 1 along one axis (up, down, left, right). Boundaries, {@code periodic_boundary} and
 * {@code include_self} as in {@link GridNConnector}. Deterministic: no random draws.
 */
final class GridFourConnector {

    static final String NAME = "GridFour";

    static final ParameterSpec INCLUDE_SELF = Flags.spec("include_self", false, "keep the pairs i = j");
    static final ParameterSpec PERIODIC_BOUNDARY = Flags.spec("periodic_boundary", false,
            "wrap both axes (torus)");

    static final List<ParameterSpec> PARAMETERS = List.of(INCLUDE_SELF, PERIODIC_BOUNDARY,
            ConnectorSupport.WIDTH, ConnectorSupport.HEIGHT);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "4 nearest neighbours (von Neumann) on a width x height grid (BrainPy GridFour)", PARAMETERS);

    private GridFourConnector() {
    }

    /**
     * @param pre    population size
     * @param post   the same size
     * @param params {@code include_self}, {@code periodic_boundary}, {@code width}/{@code height}
     * @return the connectivity, rows = pre, columns sorted, weight 1
     * @throws ParameterException       when a value is out of range or the grid does not match the size
     * @throws IllegalArgumentException when pre and post differ
     */
    static CsrMatrix connect(int pre, int post, Parameters params) {
        params.requireKnown(NAME, PARAMETERS);
        return GridNConnector.grid(NAME, pre, post, params, 1, true, Flags.get(params, INCLUDE_SELF),
                Flags.get(params, PERIODIC_BOUNDARY));
    }
}
