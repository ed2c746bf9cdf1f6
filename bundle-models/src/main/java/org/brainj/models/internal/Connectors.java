package org.brainj.models.internal;

import java.util.List;

import org.brainj.api.model.ConnectorFactory;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * The connectivity rules of this bundle, built by BrainPy name: {@code All2All} ({@link All2AllConnector}),
 * {@code One2One} ({@link One2OneConnector}) and {@code FixedProb} ({@link FixedProbConnector}). Every matrix has
 * rows = pre, columns sorted within each row, and the homogeneous weight 1.
 */
@Component(service = ConnectorFactory.class, property = Provider.RANKING + "=" + Connectors.RANKING)
public final class Connectors implements ConnectorFactory {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    private static final List<ModelDescriptor> CONNECTORS = List.of(All2AllConnector.DESCRIPTOR,
            One2OneConnector.DESCRIPTOR, FixedProbConnector.DESCRIPTOR);

    /** Creates the factory; it holds no state. */
    public Connectors() {
    }

    @Override
    public String name() {
        return "connectors";
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public String description() {
        return ModelNames.of(CONNECTORS);
    }

    @Override
    public List<ModelDescriptor> connectors() {
        return CONNECTORS;
    }

    @Override
    public CsrMatrix connect(String connector, int pre, int post, Parameters params, long seed) {
        if (pre < 0 || post < 0) {
            throw new IllegalArgumentException("sizes must be >= 0, got pre = " + pre + ", post = " + post);
        }
        if (All2AllConnector.NAME.equals(connector)) {
            return All2AllConnector.connect(pre, post, params);
        }
        if (One2OneConnector.NAME.equals(connector)) {
            return One2OneConnector.connect(pre, post, params);
        }
        if (FixedProbConnector.NAME.equals(connector)) {
            return FixedProbConnector.connect(pre, post, params, seed);
        }
        throw new IllegalArgumentException("unknown connector '" + connector + "'; known: " + All2AllConnector.NAME
                + ", " + One2OneConnector.NAME + ", " + FixedProbConnector.NAME);
    }
}
