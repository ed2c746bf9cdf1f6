package org.brainj.models.internal;

import java.util.List;

import org.brainj.api.model.ConnectorFactory;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * The connectivity rules of this bundle, built by BrainPy name: {@code All2All}, {@code One2One},
 * {@code FixedProb}, {@code FixedPreNum}, {@code FixedPostNum}, {@code FixedTotalNum}, the grids {@code GridFour},
 * {@code GridEight}, {@code GridN}, the grid-distance rules {@code GaussianProb} and {@code ProbDist}, and the
 * graph models {@code SmallWorld}, {@code ScaleFreeBA}, {@code ScaleFreeBADual} and {@code PowerLaw}; one class
 * each ({@code <Name>Connector}). Every matrix has rows = pre, columns sorted within each row (repeated only where
 * {@code allow_multi_conn = 1}), and the homogeneous weight 1. Every random draw comes from
 * {@link org.brainj.api.random.CounterRandom} keyed by the seed and a per-connector stream, so the same seed gives
 * the same matrix.
 *
 * <p>BrainPy's data connectors ({@code IJConn}, {@code MatConn}, {@code CSRConn}, {@code SparseMatConn}) are not
 * here: their input is arrays, which {@link Parameters} (named numbers) cannot carry; they are
 * {@link org.brainj.models.kit.DataConnectivity} (arrays, CSV, NPY and NPZ files).
 */
@Component(service = ConnectorFactory.class, property = Provider.RANKING + "=" + Connectors.RANKING)
public final class Connectors implements ConnectorFactory {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    private static final List<ModelDescriptor> CONNECTORS = List.of(All2AllConnector.DESCRIPTOR,
            One2OneConnector.DESCRIPTOR, FixedProbConnector.DESCRIPTOR, FixedPreNumConnector.DESCRIPTOR,
            FixedPostNumConnector.DESCRIPTOR, FixedTotalNumConnector.DESCRIPTOR, GridFourConnector.DESCRIPTOR,
            GridEightConnector.DESCRIPTOR, GridNConnector.DESCRIPTOR, GaussianProbConnector.DESCRIPTOR,
            ProbDistConnector.DESCRIPTOR, SmallWorldConnector.DESCRIPTOR, ScaleFreeBAConnector.DESCRIPTOR,
            ScaleFreeBADualConnector.DESCRIPTOR, PowerLawConnector.DESCRIPTOR);

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

    /**
     * The entries of a column range of a connector's matrix, drawn without holding the rest: what one rank of a
     * partitioned run stores of a projection into its slice.
     */
    @FunctionalInterface
    public interface ColumnSource {
        /**
         * @param from       first column
         * @param to         last column, exclusive
         * @param rowEntries receives each row's number of entries in the whole matrix (null: not wanted)
         * @param before     receives each row's number of entries left of {@code from} (null: not wanted), so
         *                   that a kept entry's position in the whole matrix, which keys its weight and delay draws,
         *                   is known
         * @return the entries of columns [from, to), column numbers of the whole matrix, sorted within each row,
         *     weight 1; exactly those of {@link #connect} with the other columns removed
         */
        CsrMatrix draw(int from, int to, int[] rowEntries, int[] before);
    }

    /**
     * @param connector a connector name
     * @param pre       presynaptic size
     * @param post      postsynaptic size
     * @param params    its parameters (checked now)
     * @param seed      the seed
     * @return the column draw of {@link #connect connect(connector, pre, post, params, seed)}, or null when this
     *     connector draws only whole matrices
     */
    public static ColumnSource columns(String connector, int pre, int post, Parameters params, long seed) {
        if (pre < 0 || post < 0 || connector == null) {
            return null;
        }
        switch (connector) {
            case FixedProbConnector.NAME:
                return FixedProbConnector.columns(pre, post, params, seed);
            case FixedPostNumConnector.NAME:
                return FixedPostNumConnector.columns(pre, post, params, seed);
            case FixedPreNumConnector.NAME:
                return FixedPreNumConnector.columns(pre, post, params, seed);
            case All2AllConnector.NAME:
                return All2AllConnector.columns(pre, post, params);
            default:
                return null;
        }
    }

    @Override
    public CsrMatrix connect(String connector, int pre, int post, Parameters params, long seed) {
        if (pre < 0 || post < 0) {
            throw new IllegalArgumentException("sizes must be >= 0, got pre = " + pre + ", post = " + post);
        }
        if (connector == null) {
            throw new IllegalArgumentException("connector name is null; known: " + ModelNames.of(CONNECTORS));
        }
        switch (connector) {
            case All2AllConnector.NAME:
                return All2AllConnector.connect(pre, post, params);
            case One2OneConnector.NAME:
                return One2OneConnector.connect(pre, post, params);
            case FixedProbConnector.NAME:
                return FixedProbConnector.connect(pre, post, params, seed);
            case FixedPreNumConnector.NAME:
                return FixedPreNumConnector.connect(pre, post, params, seed);
            case FixedPostNumConnector.NAME:
                return FixedPostNumConnector.connect(pre, post, params, seed);
            case FixedTotalNumConnector.NAME:
                return FixedTotalNumConnector.connect(pre, post, params, seed);
            case GridFourConnector.NAME:
                return GridFourConnector.connect(pre, post, params);
            case GridEightConnector.NAME:
                return GridEightConnector.connect(pre, post, params);
            case GridNConnector.NAME:
                return GridNConnector.connect(pre, post, params);
            case GaussianProbConnector.NAME:
                return GaussianProbConnector.connect(pre, post, params, seed);
            case ProbDistConnector.NAME:
                return ProbDistConnector.connect(pre, post, params, seed);
            case SmallWorldConnector.NAME:
                return SmallWorldConnector.connect(pre, post, params, seed);
            case ScaleFreeBAConnector.NAME:
                return ScaleFreeBAConnector.connect(pre, post, params, seed);
            case ScaleFreeBADualConnector.NAME:
                return ScaleFreeBADualConnector.connect(pre, post, params, seed);
            case PowerLawConnector.NAME:
                return PowerLawConnector.connect(pre, post, params, seed);
            default:
                throw new IllegalArgumentException("unknown connector '" + connector + "'; known: "
                        + ModelNames.of(CONNECTORS));
        }
    }
}
