package org.brainj.models.kit;

import java.util.Arrays;

import org.brainj.api.core.ModelException;
import org.brainj.api.ops.CsrMatrix;

/**
 * A stored matrix whose synapses each have their own delay (heterogeneous delays, a long-standing request of
 * BrainPy's users, #595/#690). A spike read at step s reaches synapse k's target at step s + d<sub>k</sub>: the
 * weights are scattered into a ring of postsynaptic accumulators, one per step of the largest delay, and the slot of
 * the current step is delivered and cleared. Memory: (max delay + 1) × post doubles.
 *
 * <p>One rank of a partitioned run delivers into its own slice ({@link #rangedPerRank()}) and keeps only the columns
 * of its slice ({@link #keepColumns}), matrix, delays and ring alike; made with a {@link ColumnDraw}, it draws only
 * those columns.
 */
public final class PerSynapseDelays implements Communication {

    /** A column range of the matrix with the delays of its entries. */
    public record Part(CsrMatrix matrix, int[] delaySteps) {
    }

    /**
     * Draws the entries of a column range with their weights and delays; the same range gives the same entries
     * whenever it is drawn.
     */
    @FunctionalInterface
    public interface ColumnDraw {
        /**
         * @param from       first column
         * @param to         last column, exclusive
         * @param rowEntries receives each row's number of entries in the whole matrix
         * @return the entries of columns [from, to) (column numbers of the whole matrix) and their delays [steps]
         */
        Part draw(int from, int to, int[] rowEntries);
    }

    private final int rows;
    private final int cols;
    private ColumnDraw draw;
    /** Null until drawn when made from a {@link ColumnDraw}. */
    private CsrMatrix matrix;
    private int[] delaySteps;
    /** One accumulator per step of the largest delay, over the kept columns [keptFrom, keptTo). */
    private double[][] ring;
    private int maxDelay;
    private long synapses;
    /** After {@link #keepColumns}: each row's entries in the whole matrix (for event counts); null before. */
    private int[] rowEntries;
    private int keptFrom;
    private int keptTo;

    /**
     * @param matrix     the connectivity (rows = pre) with its weights
     * @param delaySteps one delay per synapse, in steps ≥ 0, in the matrix's entry order
     */
    public PerSynapseDelays(CsrMatrix matrix, int[] delaySteps) {
        this.rows = matrix.rows();
        this.cols = matrix.cols();
        install(matrix, delaySteps, 0, cols);
        this.synapses = matrix.nnz();
    }

    /**
     * A matrix drawn when first needed: only the columns of {@link #keepColumns} when that comes first (one rank of a
     * partitioned run), else whole.
     *
     * @param rows presynaptic size
     * @param cols postsynaptic size
     * @param draw draws a column range with its delays
     */
    public PerSynapseDelays(int rows, int cols, ColumnDraw draw) {
        this.rows = rows;
        this.cols = cols;
        this.draw = draw;
        this.keptTo = cols;
        this.synapses = -1;
    }

    private void install(CsrMatrix m, int[] delays, int from, int to) {
        if (delays.length != m.nnz()) {
            throw new ModelException("per-synapse delays: " + delays.length + " delays for " + m.nnz()
                    + " synapses");
        }
        int max = 0;
        for (int d : delays) {
            if (d < 0) {
                throw new ModelException("per-synapse delays: negative delay " + d + " steps");
            }
            max = Math.max(max, d);
        }
        this.matrix = m;
        this.delaySteps = delays;
        this.maxDelay = max;
        this.keptFrom = from;
        this.keptTo = to;
        this.ring = new double[max + 1][to - from];
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
        Part part = draw.draw(from, to, whole);
        if (part.matrix().rows() != rows || part.matrix().cols() != cols) {
            throw new IllegalStateException("column draw gave a " + part.matrix().rows() + "x"
                    + part.matrix().cols() + " matrix for " + rows + "x" + cols);
        }
        install(part.matrix(), part.delaySteps(), from, to);
        long n = 0;
        for (int e : whole) {
            n += e;
        }
        synapses = n;
        rowEntries = from == 0 && to == cols ? null : whole;
        draw = null;
    }

    /**
     * Drops every entry outside the columns [from, to), with its delay, and shrinks the ring to those columns, so
     * that one rank of a partitioned run holds only what it delivers into; afterwards deliveries reach only those
     * columns, and event and synapse counts stay those of the whole matrix. A matrix made from a {@link ColumnDraw}
     * and not drawn yet draws only these columns. Call before the run (in-flight events are dropped).
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
        if (from == keptFrom && to == keptTo) {
            return;
        }
        if (keptFrom != 0 || keptTo != cols) {
            throw new IllegalStateException("connectivity " + describe() + " already keeps only columns [" + keptFrom
                    + ", " + keptTo + "), cannot keep [" + from + ", " + to + ")");
        }
        int[] indptr = matrix.indptr();
        int[] idx = matrix.indices();
        double[] data = matrix.data();
        boolean homogeneous = matrix.homogeneous();
        int[] keptIndptr = new int[rows + 1];
        int[] whole = new int[rows];
        for (int i = 0; i < rows; i++) {
            int n = 0;
            for (int e = indptr[i]; e < indptr[i + 1]; e++) {
                if (idx[e] >= from && idx[e] < to) {
                    n++;
                }
            }
            keptIndptr[i + 1] = keptIndptr[i] + n;
            whole[i] = indptr[i + 1] - indptr[i];
        }
        int n = keptIndptr[rows];
        int[] keptIdx = new int[n];
        int[] keptDelays = new int[n];
        // An empty matrix keeps one (unused) weight: CsrMatrix allows one weight or one per entry.
        double[] keptData = homogeneous ? new double[] {data[0]} : new double[Math.max(1, n)];
        int k = 0;
        for (int e = 0; e < idx.length; e++) {
            if (idx[e] >= from && idx[e] < to) {
                keptIdx[k] = idx[e];
                keptDelays[k] = delaySteps[e];
                if (!homogeneous) {
                    keptData[k] = data[e];
                }
                k++;
            }
        }
        install(new CsrMatrix(rows, cols, keptIndptr, keptIdx, keptData), keptDelays, from, to);
        rowEntries = whole;
    }

    /** @return the largest delay [steps] (of the kept columns after {@link #keepColumns}) */
    public int maxDelay() {
        m();
        return maxDelay;
    }

    /** @return the matrix (only the kept columns after {@link #keepColumns}) */
    public CsrMatrix matrix() {
        return m();
    }

    /** @return each entry's delay [steps], in the order of {@link #matrix()}'s entries */
    public int[] delaySteps() {
        m();
        return delaySteps;
    }

    @Override
    public void events(long step, int[] fired, int count, double[] target) {
        events(step, fired, count, target, 0, cols);
    }

    /** @return true: one rank delivers into its own slice (the ring is per column, so slices do not meet) */
    @Override
    public boolean rangedPerRank() {
        return true;
    }

    /**
     * {@inheritDoc} Scatters the spikes' synapses in [from, to) into the ring and delivers (and clears) the slot of
     * {@code step} in [from, to). Each member's slot gets the same additions in the same order as from the whole
     * delivery, so its sums are the same bit for bit.
     */
    @Override
    public boolean events(long step, int[] fired, int count, double[] target, int from, int to) {
        CsrMatrix mat = m();
        from = Math.max(from, keptFrom);
        to = Math.min(to, keptTo);
        int slots = ring.length;
        int now = (int) (step % slots);
        int[] indptr = mat.indptr();
        int[] indices = mat.indices();
        double[] data = mat.data();
        boolean homogeneous = mat.homogeneous();
        double w0 = data[0];
        int base = keptFrom;
        boolean all = from == keptFrom && to == keptTo;
        for (int k = 0; k < count; k++) {
            int i = fired[k];
            for (int e = indptr[i]; e < indptr[i + 1]; e++) {
                int j = indices[e];
                if (!all && (j < from || j >= to)) {
                    continue;
                }
                int slot = now + delaySteps[e];
                if (slot >= slots) {
                    slot -= slots;
                }
                ring[slot][j - base] += homogeneous ? w0 : data[e];
            }
        }
        double[] due = ring[now];
        for (int j = from; j < to; j++) {
            target[j] += due[j - base];
            due[j - base] = 0.0;
        }
        return true;
    }

    /** Not ranged for the threads of a parallel step, which deliver in their own order: {@inheritDoc} */
    @Override
    public boolean events(int[] fired, int count, double[] target, int from, int to) {
        return false;
    }

    @Override
    public void values(double[] pre, double[] target) {
        throw new ModelException("per-synapse delays apply to spikes (align-post and delta projections), "
                + "not to align-pre values");
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
        return CsrConnectivity.rowEntries(m(), fired, count);
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
    public void reset() {
        if (ring == null) {
            return;
        }
        for (double[] slot : ring) {
            Arrays.fill(slot, 0.0);
        }
    }

    @Override
    public String describe() {
        if (matrix == null) {
            return "csr " + rows + "x" + cols + ", per-synapse delays, not drawn yet";
        }
        return "csr " + rows + "x" + cols + ", " + synapses + " synapses, per-synapse delays up to " + maxDelay
                + " steps" + (rowEntries == null ? "" : " in the kept columns [" + keptFrom + ", " + keptTo + ")");
    }
}
