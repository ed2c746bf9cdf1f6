package org.brainj.models.kit;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.ops.CsrMatrix;

/**
 * Connectivity whose weights learn: one weight per synapse, stored in CSR order (rows = pre), updated event-driven by
 * a spike-timing rule. Presynaptic spikes walk their CSR row; postsynaptic spikes walk their column through a
 * transposed (CSC) index of synapse numbers built once at construction, so both sides cost O(spikes × degree).
 * Dense weights are the full CSR pattern: synapse number e = i·cols + j, so the weight array is the row-major matrix.
 *
 * <p>It is used as the {@link Communication} of an event-driven projection (align-post or delta). Each call of
 * {@link #events(long, int[], int, double[])} is one step of the rule, at the time of the spikes that arrive now
 * (presynaptic spikes after the projection's delay, postsynaptic spikes of the previous step, which is when the
 * postsynaptic population last fired because projections run before populations):
 * <ol>
 *   <li>traces decay by one step ({@link #advance()});</li>
 *   <li>arriving spikes are delivered with the current weights (Brian2's and BrainPy's order: the spike uses the
 *       weight it found);</li>
 *   <li>every synapse of a firing presynaptic neuron gets its presynaptic update ({@link #onPre}), then every synapse
 *       of a firing postsynaptic neuron its postsynaptic update ({@link #onPost}), both reading the traces as they
 *       were before this step's spikes;</li>
 *   <li>the firing neurons' traces jump ({@link #preSpiked}, {@link #postSpiked}).</li>
 * </ol>
 * So a pre and a post spike in the same step do not see each other (Δw(0) = 0), and a pair with Δt = t_post − t_pre
 * changes a weight by exactly the rule's window at Δt, the traces decaying by e^(−dt/τ) per step. Weights are clipped
 * to [{@link #wMin()}, {@link #wMax()}] after every change.
 *
 * <p>Not sliceable: the parallel step delivers it serially ({@link #ranged()} is false), since weights change.
 */
public abstract class PlasticConnectivity implements Communication {

    private final int rows;
    private final int cols;
    /** CSR row pointers and column of each synapse. */
    protected final int[] indptr;
    /** Postsynaptic index of each synapse. */
    protected final int[] indices;
    /** Presynaptic index of each synapse. */
    protected final int[] preOf;
    /** The weights, one per synapse, learned in place. */
    protected final double[] w;
    private final double[] initial;
    /** CSC: synapses of column j are colEntries[colptr[j] .. colptr[j+1]), ascending presynaptic index. */
    private final int[] colptr;
    private final int[] colEntries;
    private final GroupRange post;
    private final double wMin;
    private final double wMax;
    private final String pattern;
    private int[] postSpikes;

    /**
     * @param weights the connectivity and its initial weights (one homogeneous weight is copied to every synapse)
     * @param post    the postsynaptic population (or range) whose spikes drive the postsynaptic updates; its size must
     *                equal the matrix's columns
     * @param wMin    lower weight bound
     * @param wMax    upper weight bound, ≥ wMin
     * @param dense   true when {@code weights} is the full pattern of a dense matrix (for descriptions)
     */
    protected PlasticConnectivity(CsrMatrix weights, GroupRange post, double wMin, double wMax, boolean dense) {
        weights.validate();
        if (post.size() != weights.cols()) {
            throw new ModelException("plastic connectivity has " + weights.cols() + " columns but " + post + " has "
                    + post.size() + " members");
        }
        if (!(wMin <= wMax)) {
            throw new ParameterException("W_max", String.valueOf(wMax), "must be >= W_min = " + wMin);
        }
        this.rows = weights.rows();
        this.cols = weights.cols();
        this.indptr = weights.indptr().clone();
        this.indices = weights.indices().clone();
        int nnz = weights.nnz();
        this.w = new double[nnz];
        this.preOf = new int[nnz];
        double[] data = weights.data();
        for (int i = 0; i < rows; i++) {
            for (int e = indptr[i]; e < indptr[i + 1]; e++) {
                preOf[e] = i;
                w[e] = Math.min(wMax, Math.max(wMin, weights.homogeneous() ? data[0] : data[e]));
            }
        }
        this.initial = w.clone();
        // Counting sort of synapse numbers by column; scanning e in CSR order keeps each column's rows ascending.
        this.colptr = new int[cols + 1];
        for (int e = 0; e < nnz; e++) {
            colptr[indices[e] + 1]++;
        }
        for (int j = 0; j < cols; j++) {
            colptr[j + 1] += colptr[j];
        }
        this.colEntries = new int[nnz];
        int[] fill = java.util.Arrays.copyOf(colptr, cols);
        for (int e = 0; e < nnz; e++) {
            colEntries[fill[indices[e]]++] = e;
        }
        this.post = post;
        this.wMin = wMin;
        this.wMax = wMax;
        this.pattern = dense ? "dense" : "csr";
    }

    /**
     * The full CSR pattern of a dense row-major matrix: synapse e = i·cols + j.
     *
     * @param rows    presynaptic size
     * @param cols    postsynaptic size
     * @param weights row-major weights, rows·cols of them
     * @return the matrix
     */
    public static CsrMatrix densePattern(int rows, int cols, double[] weights) {
        if ((long) rows * cols != weights.length) {
            throw new ModelException("dense weights: " + weights.length + " values for a " + rows + "x" + cols
                    + " matrix");
        }
        int[] indptr = new int[rows + 1];
        int[] idx = new int[weights.length];
        for (int i = 0; i < rows; i++) {
            indptr[i + 1] = (i + 1) * cols;
            for (int j = 0; j < cols; j++) {
                idx[i * cols + j] = j;
            }
        }
        return new CsrMatrix(rows, cols, indptr, idx, weights.clone());
    }

    /** @return the weights, one per synapse in CSR order (row-major for dense); live, not a copy */
    public final double[] weights() {
        return w;
    }

    /**
     * @param i presynaptic index
     * @param j postsynaptic index
     * @return the synapse number of (i, j), or −1 when there is none
     */
    public final int synapse(int i, int j) {
        for (int e = indptr[i]; e < indptr[i + 1]; e++) {
            if (indices[e] == j) {
                return e;
            }
        }
        return -1;
    }

    /** @return the lower weight bound */
    public final double wMin() {
        return wMin;
    }

    /** @return the upper weight bound */
    public final double wMax() {
        return wMax;
    }

    /**
     * @param value a weight
     * @return it clipped to [wMin, wMax]
     */
    protected final double clip(double value) {
        return value < wMin ? wMin : value > wMax ? wMax : value;
    }

    /** Decays the rule's traces by one step. */
    protected abstract void advance();

    /**
     * Presynaptic update of synapse e, before the traces jump.
     *
     * @param e synapse number
     * @param i presynaptic index
     * @param j postsynaptic index
     */
    protected abstract void onPre(int e, int i, int j);

    /**
     * Postsynaptic update of synapse e, before the traces jump.
     *
     * @param e synapse number
     * @param i presynaptic index
     * @param j postsynaptic index
     */
    protected abstract void onPost(int e, int i, int j);

    /** @param i presynaptic neuron that fired: its traces jump */
    protected abstract void preSpiked(int i);

    /** @param j postsynaptic neuron that fired: its traces jump */
    protected abstract void postSpiked(int j);

    /** Called once per step after the spike updates; for rules with continuous weight dynamics. */
    protected void afterStep() {
    }

    /** Sets the rule's traces to zero. */
    protected abstract void resetTraces();

    @Override
    public final void events(long step, int[] fired, int count, double[] target) {
        advance();
        for (int k = 0; k < count; k++) {
            int i = fired[k];
            for (int e = indptr[i]; e < indptr[i + 1]; e++) {
                target[indices[e]] += w[e];
            }
        }
        int postCount = postFired();
        int[] ps = postSpikes;
        for (int k = 0; k < count; k++) {
            int i = fired[k];
            for (int e = indptr[i]; e < indptr[i + 1]; e++) {
                onPre(e, i, indices[e]);
            }
        }
        for (int k = 0; k < postCount; k++) {
            int j = ps[k];
            for (int c = colptr[j]; c < colptr[j + 1]; c++) {
                int e = colEntries[c];
                onPost(e, preOf[e], j);
            }
        }
        for (int k = 0; k < count; k++) {
            preSpiked(fired[k]);
        }
        for (int k = 0; k < postCount; k++) {
            postSpiked(ps[k]);
        }
        afterStep();
    }

    /** Copies the postsynaptic range's last spikes, renumbered from its start, into {@link #postSpikes}. */
    private int postFired() {
        if (postSpikes == null) {
            postSpikes = new int[cols];
        }
        NeuronGroup g = post.group();
        int[] f = g.fired();
        int n = g.firedCount();
        int from = post.from();
        int to = post.to();
        int m = 0;
        for (int k = 0; k < n; k++) {
            int j = f[k];
            if (j >= from && j < to) {
                postSpikes[m++] = j - from;
            }
        }
        return m;
    }

    @Override
    public final void values(double[] pre, double[] target) {
        throw new ModelException("plastic connectivity is event-driven: use it in an align-post or delta projection");
    }

    @Override
    public final long eventCount(int[] fired, int count) {
        long n = 0;
        for (int k = 0; k < count; k++) {
            n += indptr[fired[k] + 1] - indptr[fired[k]];
        }
        return n;
    }

    @Override
    public final long synapses() {
        return w.length;
    }

    @Override
    public final int rows() {
        return rows;
    }

    @Override
    public final int cols() {
        return cols;
    }

    /** Restores the initial weights and clears the traces. */
    @Override
    public void reset() {
        System.arraycopy(initial, 0, w, 0, w.length);
        resetTraces();
    }

    /** @return the rule's name, for descriptions */
    protected abstract String rule();

    @Override
    public String describe() {
        return rule() + " on " + pattern + " " + rows + "x" + cols + ", " + w.length + " plastic synapses";
    }
}
