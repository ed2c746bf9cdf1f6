package org.brainj.models.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.ops.CsrMatrix;

/**
 * Connectivity given as data, BrainPy's {@code bp.conn.MatConn}, {@code IJConn} and {@code CSRConn}: a matrix,
 * (i, j) pairs or CSR arrays, in Java arrays or in files. Every result has rows = pre, columns sorted within each
 * row; pairs and matrices may carry weights (one per synapse), else the weight is homogeneous 1.
 *
 * <p>Files:
 * <ul>
 *   <li>{@code .csv} (or any text): numbers separated by commas, spaces or tabs; blank lines, lines starting with
 *       {@code #}, and a first line that is not numeric (a header) are skipped. A matrix file has one row per
 *       presynaptic neuron; a pair file has two columns {@code i, j} or three {@code i, j, w}.</li>
 *   <li>{@code .npy}: a 2-D array (matrix: rows = pre; pairs: n × 2 or n × 3), any numeric or bool dtype.</li>
 *   <li>{@code .npz} (CSR): the arrays {@code indices} and {@code indptr}, optionally {@code data} and
 *       {@code shape}, as {@code scipy.sparse.save_npz} writes a CSR matrix.</li>
 * </ul>
 */
public final class DataConnectivity {

    private DataConnectivity() {
    }

    /**
     * BrainPy's {@code MatConn(conn_mat)}: every non-zero entry is a synapse.
     *
     * @param rows        presynaptic size
     * @param cols        postsynaptic size
     * @param matrix      row-major values, rows × cols
     * @param keepWeights true: the entries are the weights; false: weight 1 (BrainPy's boolean matrix)
     * @return the connectivity
     */
    public static CsrMatrix matConn(int rows, int cols, double[] matrix, boolean keepWeights) {
        if (rows < 0 || cols < 0 || (long) rows * cols != matrix.length) {
            throw new ParameterException("conn_mat", matrix.length + " values", "must hold rows x cols = " + rows
                    + " x " + cols);
        }
        int[] indptr = new int[rows + 1];
        int nnz = 0;
        for (int k = 0; k < matrix.length; k++) {
            if (!Double.isFinite(matrix[k])) {
                throw new ParameterException("conn_mat[" + k / Math.max(cols, 1) + "][" + k % Math.max(cols, 1)
                        + "]", String.valueOf(matrix[k]), "must be finite");
            }
            nnz += matrix[k] != 0 ? 1 : 0;
        }
        int[] idx = new int[nnz];
        double[] w = keepWeights ? new double[nnz] : new double[] {1.0};
        int e = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = matrix[i * cols + j];
                if (v != 0) {
                    if (keepWeights) {
                        w[e] = v;
                    }
                    idx[e++] = j;
                }
            }
            indptr[i + 1] = e;
        }
        return new CsrMatrix(rows, cols, indptr, idx, w);
    }

    /**
     * BrainPy's {@code IJConn(i, j)}: synapse k goes from pre i[k] to post j[k]; repeated pairs are kept (multiple
     * synapses), order within a row becomes ascending j (stable).
     *
     * @param pre     presynaptic size
     * @param post    postsynaptic size
     * @param i       presynaptic index of each synapse
     * @param j       postsynaptic index of each synapse
     * @param weights one weight per synapse, or null for weight 1
     * @return the connectivity
     */
    public static CsrMatrix ijConn(int pre, int post, int[] i, int[] j, double[] weights) {
        if (i.length != j.length) {
            throw new ParameterException("post", "length " + j.length, "must have as many entries as pre ("
                    + i.length + ")");
        }
        if (weights != null && weights.length != i.length) {
            throw new ParameterException("weights", "length " + weights.length, "must have one per pair ("
                    + i.length + ")");
        }
        for (int k = 0; k < i.length; k++) {
            if (i[k] < 0 || i[k] >= pre) {
                throw new ParameterException("pre[" + k + "]", String.valueOf(i[k]), "must be in [0, " + pre + ")");
            }
            if (j[k] < 0 || j[k] >= post) {
                throw new ParameterException("post[" + k + "]", String.valueOf(j[k]), "must be in [0, " + post
                        + ")");
            }
        }
        int n = i.length;
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> i[a] != i[b] ? Integer.compare(i[a], i[b]) : Integer.compare(j[a],
                j[b]));
        int[] indptr = new int[pre + 1];
        int[] idx = new int[n];
        double[] w = weights == null ? new double[] {1.0} : new double[n];
        for (int k = 0; k < n; k++) {
            int s = order[k];
            indptr[i[s] + 1]++;
            idx[k] = j[s];
            if (weights != null) {
                w[k] = weights[s];
            }
        }
        for (int r = 0; r < pre; r++) {
            indptr[r + 1] += indptr[r];
        }
        return new CsrMatrix(pre, post, indptr, idx, w);
    }

    /**
     * BrainPy's {@code CSRConn(indices, inptr)}: checked, each row's columns sorted (weights follow).
     *
     * @param post    postsynaptic size
     * @param indices column of each synapse
     * @param indptr  row pointers, pre + 1 of them, starting at 0, non-decreasing, ending at indices.length
     * @param weights one per synapse, or null for weight 1
     * @return the connectivity
     */
    public static CsrMatrix csrConn(int post, int[] indices, int[] indptr, double[] weights) {
        if (indptr.length < 1) {
            throw new ParameterException("indptr", "empty", "pre + 1 row pointers, starting at 0");
        }
        int pre = indptr.length - 1;
        CsrMatrix m;
        try {
            m = new CsrMatrix(pre, post, indptr.clone(), indices.clone(),
                    weights == null ? new double[] {1.0} : weights.clone()).validate();
        } catch (IllegalArgumentException e) {
            throw new ModelException("CSRConn: " + e.getMessage(), e);
        }
        if (weights != null && weights.length != indices.length) {
            throw new ParameterException("data", "length " + weights.length, "must have one weight per synapse ("
                    + indices.length + ")");
        }
        int[] rowOf = new int[indices.length];
        for (int r = 0; r < pre; r++) {
            for (int e = indptr[r]; e < indptr[r + 1]; e++) {
                rowOf[e] = r;
            }
        }
        return ijConn(pre, post, rowOf, m.indices(), weights);
    }

    /**
     * A matrix file (.csv/.txt or .npy) read as {@link #matConn}.
     *
     * @param file        the file
     * @param keepWeights the entries are the weights (else weight 1)
     * @return the connectivity, its shape the file's
     */
    public static CsrMatrix readMatrix(Path file, boolean keepWeights) {
        Table t = read(file);
        if (t.shape.length != 2) {
            throw new ModelException(file + ": a connection matrix must be 2-D, got shape "
                    + java.util.Arrays.toString(t.shape));
        }
        return matConn(t.shape[0], t.shape[1], t.values, keepWeights);
    }

    /**
     * A pair file (.csv/.txt or .npy, 2 columns i, j or 3 columns i, j, w) read as {@link #ijConn}.
     *
     * @param file the file
     * @param pre  presynaptic size
     * @param post postsynaptic size
     * @return the connectivity
     */
    public static CsrMatrix readPairs(Path file, int pre, int post) {
        Table t = read(file);
        if (t.shape.length != 2 || (t.shape[1] != 2 && t.shape[1] != 3)) {
            throw new ModelException(file + ": a pair file needs 2 columns (i, j) or 3 (i, j, w), got shape "
                    + java.util.Arrays.toString(t.shape));
        }
        int n = t.shape[0];
        int c = t.shape[1];
        int[] i = new int[n];
        int[] j = new int[n];
        double[] w = c == 3 ? new double[n] : null;
        for (int k = 0; k < n; k++) {
            i[k] = index(file, k, t.values[k * c], "i");
            j[k] = index(file, k, t.values[k * c + 1], "j");
            if (w != null) {
                w[k] = t.values[k * c + 2];
            }
        }
        return ijConn(pre, post, i, j, w);
    }

    /**
     * A CSR archive (.npz with {@code indices}, {@code indptr}, optional {@code data} and {@code shape}).
     *
     * @param file the archive
     * @param post postsynaptic size; when the archive has {@code shape} it must agree
     * @return the connectivity
     */
    public static CsrMatrix readCsr(Path file, int post) {
        Map<String, NpyArray> a = NpyArray.readArchive(file);
        NpyArray indices = a.get("indices");
        NpyArray indptr = a.get("indptr");
        if (indices == null || indptr == null) {
            throw new ModelException(file + ": a CSR archive needs the arrays indices and indptr; found " + a.keySet());
        }
        NpyArray shape = a.get("shape");
        if (shape != null && (shape.values.length != 2 || (int) shape.values[1] != post
                || (int) shape.values[0] != indptr.values.length - 1)) {
            throw new ModelException(file + ": shape " + java.util.Arrays.toString(shape.values) + " does not match "
                    + (indptr.values.length - 1) + " x " + post);
        }
        NpyArray data = a.get("data");
        return csrConn(post, ints(file, indices.values), ints(file, indptr.values), data == null ? null : data.values);
    }

    private static int[] ints(Path file, double[] v) {
        int[] out = new int[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = index(file, k, v[k], "index");
        }
        return out;
    }

    private static int index(Path file, int k, double v, String what) {
        if (v != Math.rint(v) || v < 0 || v > Integer.MAX_VALUE) {
            throw new ModelException(file + ": entry " + k + " (" + what + ") = " + v + " is not an index >= 0");
        }
        return (int) v;
    }

    /** A file's numbers and shape. */
    private record Table(int[] shape, double[] values) {
    }

    private static Table read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            NpyArray a = NpyArray.read(file);
            return new Table(a.shape, a.values);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("[,;\\s]+");
            double[] row = new double[cells.length];
            try {
                for (int c = 0; c < cells.length; c++) {
                    row[c] = Double.parseDouble(cells[c]);
                }
            } catch (NumberFormatException e) {
                if (rows.isEmpty() && width < 0) {
                    width = 0;
                    continue;
                }
                throw new ModelException(file + ":" + (n + 1) + ": not a number in '" + line + "'");
            }
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                throw new ModelException(file + ":" + (n + 1) + ": " + row.length + " columns, the first row has "
                        + rows.get(0).length);
            }
            rows.add(row);
        }
        int cols = rows.isEmpty() ? 0 : rows.get(0).length;
        double[] v = new double[rows.size() * cols];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, v, r * cols, cols);
        }
        return new Table(new int[] {rows.size(), cols}, v);
    }
}
