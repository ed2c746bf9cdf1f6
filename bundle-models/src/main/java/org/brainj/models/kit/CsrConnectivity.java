package org.brainj.models.kit;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.SparseOps;

/**
 * A stored sparse matrix (rows = pre) applied by the backend's event-driven and sparse operators. In a partitioned
 * run a rank may {@link #keepColumns keep only the columns it delivers into}, so its memory scales with its slice;
 * made with a {@link ColumnDraw}, it draws only those columns, so that the whole matrix is never held by the rank.
 */
public final class CsrConnectivity implements Communication {

    /**
     * Draws the entries of a column range of a matrix with sorted rows; the same range gives the same entries and
     * weights whenever it is drawn.
     */
    @FunctionalInterface
    public interface ColumnDraw {
        /**
         * @param from       first column
         * @param to         last column, exclusive
         * @param rowEntries receives each row's number of entries in the whole matrix
         * @return the entries of columns [from, to) with their weights (one homogeneous weight or one per entry),
         *     column numbers of the whole matrix, sorted within each row
         */
        CsrMatrix draw(int from, int to, int[] rowEntries);
    }

    /** Null until drawn when made from a {@link ColumnDraw}. */
    private CsrMatrix matrix;
    private final int rows;
    private final int cols;
    private ColumnDraw draw;
    /** Synapses of the whole matrix, also after {@link #keepColumns}; −1 until drawn. */
    private long synapses;
    /** After {@link #keepColumns}: each row's entries in the whole matrix (for event counts); null before. */
    private int[] rowEntries;
    private int keptFrom;
    private int keptTo;
    private final EventOps events;
    private final SparseOps sparse;
    private double[] scratch;
    private final boolean sortedRows;
    /** For each prepared slice start: per row, the first entry whose column is at least that start. */
    private int[] preparedStarts = new int[0];
    private int[][] rowStarts = new int[0][];

    /**
     * @param matrix the connectivity with its weights (one homogeneous weight or one per synapse)
     * @param events event-driven operators
     * @param sparse sparse operators (for value delivery in align-pre projections); may be null if unused
     */
    public CsrConnectivity(CsrMatrix matrix, EventOps events, SparseOps sparse) {
        this.matrix = matrix;
        this.rows = matrix.rows();
        this.cols = matrix.cols();
        this.events = events;
        this.sparse = sparse;
        this.sortedRows = sorted(matrix);
        this.synapses = matrix.nnz();
        this.keptFrom = 0;
        this.keptTo = matrix.cols();
    }

    /**
     * A matrix drawn when first needed: only the columns of {@link #keepColumns} when that comes first (one rank of a
     * partitioned run), else whole. Drawing is single-threaded: the first use must not come from several threads.
     *
     * @param rows   presynaptic size
     * @param cols   postsynaptic size
     * @param draw   draws a column range
     * @param events event-driven operators
     * @param sparse sparse operators (for value delivery in align-pre projections); may be null if unused
     */
    public CsrConnectivity(int rows, int cols, ColumnDraw draw, EventOps events, SparseOps sparse) {
        this.rows = rows;
        this.cols = cols;
        this.draw = draw;
        this.events = events;
        this.sparse = sparse;
        this.sortedRows = true;
        this.synapses = -1;
        this.keptFrom = 0;
        this.keptTo = cols;
    }

    /** @return the matrix, drawn whole when it has not been drawn yet */
    private CsrMatrix m() {
        if (matrix == null) {
            drawColumns(0, cols);
        }
        return matrix;
    }

    private void drawColumns(int from, int to) {
        int[] whole = new int[rows];
        CsrMatrix m = draw.draw(from, to, whole);
        if (m.rows() != rows || m.cols() != cols) {
            throw new IllegalStateException("column draw gave a " + m.rows() + "x" + m.cols() + " matrix for "
                    + rows + "x" + cols);
        }
        long n = 0;
        for (int e : whole) {
            n += e;
        }
        matrix = m;
        synapses = n;
        rowEntries = from == 0 && to == cols ? null : whole;
        keptFrom = from;
        keptTo = to;
        draw = null;
    }

    /**
     * Drops every entry outside the columns [from, to), keeping column numbers, so that one rank of a partitioned
     * run holds only what it delivers into (entries are filtered after the whole matrix was drawn, so they are those
     * of the one-process build). Afterwards every delivery reaches only those columns; event and synapse counts
     * stay those of the whole matrix. Called once per range; a matrix with unsorted rows is kept whole (it is not
     * delivered by ranges). A matrix made from a {@link ColumnDraw} and not drawn yet draws only these columns.
     *
     * @param from first column kept
     * @param to   last column kept, exclusive
     * @throws IllegalStateException when other columns were already dropped
     */
    void keepColumns(int from, int to) {
        if (matrix == null) {
            drawColumns(from, to);
            return;
        }
        if (!sortedRows || from == keptFrom && to == keptTo) {
            return;
        }
        if (keptFrom != 0 || keptTo != matrix.cols()) {
            throw new IllegalStateException("connectivity " + describe() + " already keeps only columns [" + keptFrom
                    + ", " + keptTo + "), cannot keep [" + from + ", " + to + ")");
        }
        int rows = matrix.rows();
        int[] indptr = matrix.indptr();
        int[] idx = matrix.indices();
        double[] data = matrix.data();
        boolean homogeneous = matrix.homogeneous();
        int[] lo = new int[rows];
        int[] keptIndptr = new int[rows + 1];
        int[] whole = new int[rows];
        for (int i = 0; i < rows; i++) {
            lo[i] = firstAtLeast(idx, indptr[i], indptr[i + 1], from);
            int hi = firstAtLeast(idx, lo[i], indptr[i + 1], to);
            keptIndptr[i + 1] = keptIndptr[i] + (hi - lo[i]);
            whole[i] = indptr[i + 1] - indptr[i];
        }
        int n = keptIndptr[rows];
        int[] keptIdx = new int[n];
        // An empty matrix keeps one (unused) weight: CsrMatrix allows one weight or one per entry.
        double[] keptData = homogeneous ? new double[] {data[0]} : new double[Math.max(1, n)];
        for (int i = 0; i < rows; i++) {
            int len = keptIndptr[i + 1] - keptIndptr[i];
            System.arraycopy(idx, lo[i], keptIdx, keptIndptr[i], len);
            if (!homogeneous) {
                System.arraycopy(data, lo[i], keptData, keptIndptr[i], len);
            }
        }
        matrix = new CsrMatrix(rows, matrix.cols(), keptIndptr, keptIdx, keptData);
        rowEntries = whole;
        keptFrom = from;
        keptTo = to;
        preparedStarts = new int[0];
        rowStarts = new int[0][];
        scratch = null;
    }

    private static boolean sorted(CsrMatrix m) {
        int[] indptr = m.indptr();
        int[] idx = m.indices();
        for (int i = 0; i < m.rows(); i++) {
            for (int e = indptr[i] + 1; e < indptr[i + 1]; e++) {
                if (idx[e] <= idx[e - 1]) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean ranged() {
        return sortedRows;
    }

    @Override
    public void prepareSlices(int[] sliceStarts) {
        if (!sortedRows) {
            return;
        }
        CsrMatrix mat = m();
        int[] indptr = mat.indptr();
        int[] idx = mat.indices();
        int[][] tables = new int[sliceStarts.length][];
        for (int s = 0; s < sliceStarts.length; s++) {
            int[] table = new int[rows];
            for (int i = 0; i < table.length; i++) {
                table[i] = firstAtLeast(idx, indptr[i], indptr[i + 1], sliceStarts[s]);
            }
            tables[s] = table;
        }
        rowStarts = tables;
        preparedStarts = sliceStarts.clone();
    }

    /**
     * {@inheritDoc} Each row's columns are sorted: a row's entries in [from, to) start at a precomputed entry when
     * {@code from} is a prepared slice start (see {@link #prepareSlices}), else at one found by binary search.
     */
    @Override
    public boolean events(int[] fired, int count, double[] target, int from, int to) {
        if (!sortedRows) {
            return false;
        }
        CsrMatrix mat = m();
        int[] indptr = mat.indptr();
        int[] idx = mat.indices();
        double[] data = mat.data();
        boolean homogeneous = mat.homogeneous();
        double w = data[0];
        int[] starts = null;
        for (int s = 0; s < preparedStarts.length; s++) {
            if (preparedStarts[s] == from) {
                starts = rowStarts[s];
            }
        }
        for (int k = 0; k < count; k++) {
            int i = fired[k];
            int lo = indptr[i];
            int hi = indptr[i + 1];
            if (starts != null) {
                lo = starts[i];
            } else if (from > 0) {
                lo = firstAtLeast(idx, lo, hi, from);
            }
            if (homogeneous) {
                for (int e = lo; e < hi; e++) {
                    int j = idx[e];
                    if (j >= to) {
                        break;
                    }
                    target[j] += w;
                }
            } else {
                for (int e = lo; e < hi; e++) {
                    int j = idx[e];
                    if (j >= to) {
                        break;
                    }
                    target[j] += data[e];
                }
            }
        }
        return true;
    }

    private static int firstAtLeast(int[] idx, int lo, int hi, int key) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (idx[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return the matrix (only the kept columns after {@link #keepColumns}) */
    public CsrMatrix matrix() {
        return m();
    }

    @Override
    public void events(long step, int[] fired, int count, double[] target) {
        if (count > 0) {
            events.eventCsrmv(m(), fired, count, target);
        }
    }

    @Override
    public void values(double[] pre, double[] target) {
        if (scratch == null) {
            scratch = new double[cols];
        }
        sparse.csrmv(m(), pre, scratch, true);
        // Columns outside the kept ones have no entries: nothing to add there.
        for (int j = keptFrom; j < keptTo; j++) {
            target[j] += scratch[j];
        }
    }

    @Override
    public long eventCount(int[] fired, int count) {
        if (rowEntries != null) {
            long n = 0;
            for (int k = 0; k < count; k++) {
                n += rowEntries[fired[k]];
            }
            return n;
        }
        return rowEntries(m(), fired, count);
    }

    /**
     * @param m     a matrix
     * @param fired rows
     * @param count how many
     * @return the entries of those rows: the synaptic events their spikes cause
     */
    static long rowEntries(CsrMatrix m, int[] fired, int count) {
        int[] indptr = m.indptr();
        long n = 0;
        for (int k = 0; k < count; k++) {
            int i = fired[k];
            n += indptr[i + 1] - indptr[i];
        }
        return n;
    }

    @Override
    public long synapses() {
        m();
        return synapses;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public String describe() {
        if (matrix == null) {
            return "csr " + rows + "x" + cols + ", not drawn yet";
        }
        return "csr " + rows + "x" + cols + ", " + synapses + " synapses"
                + (rowEntries == null ? "" : ", " + matrix.nnz() + " of them in the kept columns [" + keptFrom + ", "
                + keptTo + ")");
    }
}
