package org.brainj.api.model;

import java.util.List;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/** SPI: connectivity rules (FixedProb, All2All, One2One, grids, small-world, ...) that build a matrix by name. */
@ConsumerType
public interface ConnectorFactory extends Provider {

    /** @return the connectors this factory builds, each of kind {@link ModelKind#CONNECTOR} */
    List<ModelDescriptor> connectors();

    /**
     * @param connector a name from {@link #connectors()}
     * @param pre       presynaptic size
     * @param post      postsynaptic size
     * @param params    the rule's parameters (e.g. {@code prob})
     * @param seed      the seed; the same seed gives the same matrix
     * @return the connectivity with homogeneous weight 1 (rows = pre)
     */
    CsrMatrix connect(String connector, int pre, int post, Parameters params, long seed);
}
