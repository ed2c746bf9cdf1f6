package org.brainj.models.internal.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ModelException;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.run.ArraySource;
import org.brainj.models.kit.DataConnectivity;

/**
 * The connectors of a network spec that take data instead of generating connectivity: BrainPy's {@code MatConn},
 * {@code IJConn} and {@code CSRConn}, from inline arrays (named as BrainPy names the arguments) or a file, built with
 * {@link DataConnectivity}.
 *
 * <p>Weights: when the data carries weights (MatConn's non-zero values, IJConn's and CSRConn's {@code weights}, a
 * third file column, an archive's {@code data}) and the projection's weight is a constant, each synapse's weight is
 * that constant times its data weight. With a weight law the data gives only the pattern: MatConn's non-zeros are the
 * synapses, and weights in IJConn or CSRConn data are refused rather than silently dropped.
 */
final class DataConnectors {

    static final String MAT = "MatConn";
    static final String IJ = "IJConn";
    static final String CSR = "CSRConn";
    /** The data connectors, in the order messages list them. */
    static final List<String> NAMES = List.of(MAT, IJ, CSR);

    private DataConnectors() {
    }

    /**
     * @param connector a connector name
     * @return true for MatConn, IJConn and CSRConn
     */
    static boolean isData(String connector) {
        return NAMES.contains(connector);
    }

    /**
     * Builds the connectivity of a data connector.
     *
     * @param where       "projection NAME", first in every message
     * @param connector   MatConn, IJConn or CSRConn
     * @param params      the connector's parameters: a data connector takes none
     * @param data        its arrays or file; null is refused
     * @param rows        presynaptic size
     * @param cols        postsynaptic size
     * @param keepWeights true when the projection's weight is a constant (so data weights scale it)
     * @return rows × cols connectivity; homogeneous weight 1 when the data has no weights
     */
    static CsrMatrix matrix(String where, String connector, Parameters params, ArraySource data, int rows,
                            int cols, boolean keepWeights) {
        String at = where + ".connector";
        if (!isData(connector)) {
            throw new ModelException(at + ": connector '" + connector + "' generates its connectivity and takes no "
                    + "data; the data connectors are " + String.join(", ", NAMES));
        }
        if (!params.asMap().isEmpty()) {
            throw new ModelException(at + ": " + connector + " takes no parameters, got " + params.asMap().keySet()
                    + "; its data are " + keys(connector) + ", or a file");
        }
        if (data == null) {
            throw new ModelException(at + ": " + connector + " needs its data: " + keys(connector) + ", or a file");
        }
        CsrMatrix m;
        try {
            m = data.isFile() ? fromFile(connector, Path.of(data.file()), rows, cols, keepWeights)
                    : inline(at, connector, data, rows, cols, keepWeights);
        } catch (BrainjException e) {
            throw new ModelException(at + " (" + connector + (data.isFile() ? " from " + data.file() : "") + "): "
                    + e.getMessage(), e);
        }
        if (m.rows() != rows || m.cols() != cols) {
            throw new ModelException(at + " (" + connector + (data.isFile() ? " from " + data.file() : "")
                    + "): the data is " + m.rows() + " x " + m.cols() + " but the projection is " + rows + " x "
                    + cols + " (pre x post)");
        }
        if (!keepWeights && !m.homogeneous()) {
            throw new ModelException(at + ": the " + connector + " data carries weights, which need a constant "
                    + "'weight' (it multiplies them); with a weight law give the pattern only");
        }
        return m;
    }

    private static CsrMatrix fromFile(String connector, Path file, int rows, int cols, boolean keepWeights) {
        switch (connector) {
            case MAT:
                return DataConnectivity.readMatrix(file, keepWeights);
            case IJ:
                return DataConnectivity.readPairs(file, rows, cols);
            default:
                return DataConnectivity.readCsr(file, cols);
        }
    }

    private static CsrMatrix inline(String at, String connector, ArraySource data, int rows, int cols,
                                    boolean keepWeights) {
        Set<String> allowed = Set.copyOf(List.of(keys(connector).replace(" (optional)", "").split(", ")));
        for (String name : data.arrays().keySet()) {
            if (!allowed.contains(name)) {
                throw new ModelException(at + "." + name + ": " + connector + " takes no array '" + name
                        + "'; it takes " + keys(connector));
            }
        }
        switch (connector) {
            case MAT:
                return DataConnectivity.matConn(rows, cols, required(at, data, "conn_mat"), keepWeights);
            case IJ:
                return DataConnectivity.ijConn(rows, cols, ints(at, data, "i"), ints(at, data, "j"),
                        data.array("weights"));
            default:
                return DataConnectivity.csrConn(cols, ints(at, data, "indices"), ints(at, data, "indptr"),
                        data.array("weights"));
        }
    }

    /** @return the arrays a connector takes, for messages */
    static String keys(String connector) {
        switch (connector) {
            case MAT:
                return "conn_mat";
            case IJ:
                return "i, j, weights (optional)";
            default:
                return "indices, indptr, weights (optional)";
        }
    }

    private static double[] required(String at, ArraySource data, String name) {
        double[] v = data.array(name);
        if (v == null) {
            throw new ModelException(at + ": missing array '" + name + "'");
        }
        return v;
    }

    private static int[] ints(String at, ArraySource data, String name) {
        double[] v = required(at, data, name);
        int[] out = new int[v.length];
        for (int k = 0; k < v.length; k++) {
            if (v[k] != Math.rint(v[k]) || v[k] < 0 || v[k] > Integer.MAX_VALUE) {
                throw new ModelException(at + "." + name + "[" + k + "]: " + v[k] + " is not an index (a whole "
                        + "number >= 0)");
            }
            out[k] = (int) v[k];
        }
        return out;
    }
}
