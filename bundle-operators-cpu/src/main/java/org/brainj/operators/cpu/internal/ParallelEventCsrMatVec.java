package org.brainj.operators.cpu.internal;

import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.EventOps;

/**
 * Event-driven CSR products on a fixed number of threads, bit for bit equal to {@link EventCsrMatVec}. The synaptic
 * (scatter) direction splits the postsynaptic output into contiguous column slices, one per thread: every thread walks
 * the firing rows in order and adds only the entries whose column falls in its slice, so each output receives its
 * terms in serial order and no atomics are needed. In a row with sorted columns a thread finds its entries by binary
 * search; otherwise it tests each. The scattered writes (the cache misses that dominate at scale) are split between
 * threads. The gather direction splits rows.
 *
 * <p>Where the split pays (a mean row length of at least 4·(threads − 1), so the table costs at most one byte per
 * synapse), the first call with a matrix stores, for every row whose columns are sorted, where each thread's slice
 * starts ({@code threads − 1} ints per row, a {@link SliceStarts} table built in one pass over the matrix and kept
 * while the matrix's {@code indices} array is reachable). A thread then adds exactly its entries of a firing row,
 * reading neither the other threads' entries nor searching: the two-thread product reads each index once in all,
 * as the serial one does. A flag or value call first has the threads list the firing rows of their shares of the
 * rows (a buffer of rows + threads ints kept by the operator), so the N flags are scanned once in all rather than
 * once per thread. Other rows (unsorted, or all rows without a table) take the path described above. The table
 * assumes the matrix's index arrays are not modified in place once it has been used, as {@link CsrMatrix} asks.
 *
 * <p>Column indices are trusted as in the serial operators; an index outside [0, cols) still fails with an
 * {@link ArrayIndexOutOfBoundsException}, because the first slice is open below and the last open above.
 * Per-call arguments live in fields guarded by this object's monitor; a call from inside a parallel call runs
 * serially; a call allocates nothing, except the first with a new matrix (its table) and the first with more rows
 * than before (the firing-row buffer).
 */
final class ParallelEventCsrMatVec implements EventOps, WorkerPool.Task {

    private static final int FLAGS = 0;
    private static final int VALUES = 1;
    private static final int LIST = 2;
    private static final int GATHER = 3;
    /** First phase of a flag or value call with a table: the threads list the firing rows of their row ranges. */
    private static final int COLLECT = 4;
    /** Rows shorter than this are filtered entry by entry: the order check and search would not pay off. */
    private static final int SORTED_MIN = 16;

    private final WorkerPool pool;
    private final int threads;
    private final EventCsrMatVec serial;

    /** Slice-start tables by matrix (keyed by its indices array, whose identity the table belongs to). */
    private final Map<int[], SliceStarts> sliceStarts = new WeakHashMap<>();

    private int mode;
    private CsrMatrix m;
    private int[] starts;
    private boolean[] flags;
    private double[] values;
    private int[] fired;
    private int count;
    private double[] out;
    /** The firing rows collected by {@link #COLLECT}: part p's at offset slice(rows, p) + p, then compacted. */
    private int[] firingRows = new int[0];
    private final int[] collected;

    /**
     * @param pool    the backend's pool, with at least {@code threads − 1} workers
     * @param threads number of threads, at least 2
     * @param serial  the serial operators, for calls made from inside a parallel call
     */
    ParallelEventCsrMatVec(WorkerPool pool, int threads, EventCsrMatVec serial) {
        this.pool = pool;
        this.threads = threads;
        this.serial = serial;
        this.collected = new int[threads];
    }

    /** {@inheritDoc} See {@link EventCsrMatVec#eventCsrmv(CsrMatrix, boolean[], double[])}. */
    @Override
    public void eventCsrmv(CsrMatrix m, boolean[] events, double[] out) {
        if (pool.nested()) {
            serial.eventCsrmv(m, events, out);
            return;
        }
        Objects.requireNonNull(m, "m");
        Shapes.length("events", events, m.rows());
        Shapes.length("out", out, m.cols());
        synchronized (this) {
            this.flags = events;
            call(FLAGS, m, out);
        }
    }

    /** {@inheritDoc} See {@link EventCsrMatVec#eventCsrmv(CsrMatrix, double[], double[])}. */
    @Override
    public void eventCsrmv(CsrMatrix m, double[] events, double[] out) {
        if (pool.nested()) {
            serial.eventCsrmv(m, events, out);
            return;
        }
        Objects.requireNonNull(m, "m");
        Shapes.length("events", events, m.rows());
        Shapes.length("out", out, m.cols());
        synchronized (this) {
            this.values = events;
            call(VALUES, m, out);
        }
    }

    /** {@inheritDoc} See {@link EventCsrMatVec#eventCsrmv(CsrMatrix, int[], int, double[])}. */
    @Override
    public void eventCsrmv(CsrMatrix m, int[] fired, int count, double[] out) {
        if (pool.nested()) {
            serial.eventCsrmv(m, fired, count, out);
            return;
        }
        Objects.requireNonNull(m, "m");
        Shapes.length("out", out, m.cols());
        // Checked before any thread writes, so a bad list leaves out untouched.
        Shapes.firedList(fired, count, m.rows());
        synchronized (this) {
            this.fired = fired;
            this.count = count;
            call(LIST, m, out);
        }
    }

    /** {@inheritDoc} See {@link EventCsrMatVec#eventCsrmvGather(CsrMatrix, boolean[], double[])}. */
    @Override
    public void eventCsrmvGather(CsrMatrix m, boolean[] events, double[] out) {
        if (pool.nested()) {
            serial.eventCsrmvGather(m, events, out);
            return;
        }
        Objects.requireNonNull(m, "m");
        Shapes.length("events", events, m.cols());
        Shapes.length("out", out, m.rows());
        synchronized (this) {
            this.flags = events;
            call(GATHER, m, out);
        }
    }

    private void call(int mode, CsrMatrix m, double[] out) {
        this.mode = mode;
        this.m = m;
        this.out = out;
        this.starts = mode == GATHER ? null : sliceStartsOf(m);
        try {
            if (starts != null && (mode == FLAGS || mode == VALUES) && m.rows() > 0) {
                collectFiringRows();
            }
            pool.invoke(this, threads);
        } finally {
            this.m = null;
            this.starts = null;
            this.flags = null;
            this.values = null;
            this.fired = null;
            this.out = null;
        }
    }

    /**
     * Turns a flag or value call into a list call: each thread lists the firing rows of its share of the rows
     * (without a data-dependent branch), then the lists are joined in row order. Every thread needs all firing
     * rows; scanning the N flags once, shared, instead of once per thread took about a tenth off the two-thread
     * product at N = 10<sup>6</sup>, and the rows are then visited exactly as in the list form.
     */
    private void collectFiringRows() {
        int rows = m.rows();
        if (firingRows.length < rows + threads) {
            firingRows = new int[rows + threads];
        }
        int scatterMode = mode;
        mode = COLLECT;
        pool.invoke(this, threads);
        int total = collected[0];
        for (int p = 1; p < threads; p++) {
            System.arraycopy(firingRows, ParallelJitConnMatVec.slice(rows, p, threads) + p, firingRows, total,
                    collected[p]);
            total += collected[p];
        }
        mode = scatterMode == FLAGS || scatterMode == VALUES ? LIST : scatterMode;
        fired = firingRows;
        count = total;
    }

    /** {@link #COLLECT}: lists this part's firing rows at its offset; part p has room for its rows plus one. */
    private void collect(int part, int parts) {
        int rows = m.rows();
        int from = ParallelJitConnMatVec.slice(rows, part, parts);
        int to = ParallelJitConnMatVec.slice(rows, part + 1, parts);
        int[] buf = firingRows;
        int start = from + part;
        int k = start;
        if (values == null) {
            boolean[] f = flags;
            for (int i = from; i < to; i++) {
                buf[k] = i;
                k += f[i] ? 1 : 0;
            }
        } else {
            double[] v = values;
            for (int i = from; i < to; i++) {
                buf[k] = i;
                k += v[i] != 0.0 ? 1 : 0;  // NaN fires
            }
        }
        collected[part] = k - start;
    }

    @Override
    public void run(int part, int parts) {
        if (mode == COLLECT) {
            collect(part, parts);
            return;
        }
        if (mode == GATHER) {
            gather(ParallelJitConnMatVec.slice(m.rows(), part, parts),
                    ParallelJitConnMatVec.slice(m.rows(), part + 1, parts));
            return;
        }
        int cols = m.cols();
        int lo = part == 0 ? Integer.MIN_VALUE : ParallelJitConnMatVec.slice(cols, part, parts);
        int hi = part == parts - 1 ? Integer.MAX_VALUE : ParallelJitConnMatVec.slice(cols, part + 1, parts);
        if (starts != null && parts == threads) {
            scatterByTable(part);
            return;
        }
        if (mode == LIST) {
            for (int s = 0; s < count; s++) {
                scatterRow(fired[s], lo, hi);
            }
        } else if (mode == FLAGS) {
            boolean[] f = flags;
            for (int i = 0; i < f.length; i++) {
                if (f[i]) {
                    scatterRow(i, lo, hi);
                }
            }
        } else {
            double[] v = values;
            for (int i = 0; i < v.length; i++) {
                if (v[i] != 0.0) {
                    scatterRow(i, lo, hi);
                }
            }
        }
    }

    /**
     * The scatter direction with a slice-start table, over a list of firing rows (flag and value calls are turned
     * into lists by {@link #collectFiringRows()}): this part's entries of each row, found in the table, with
     * {@link EventCsrMatVec}'s lookahead loads; a row marked unsorted is filtered entry by entry.
     */
    private void scatterByTable(int part) {
        if (mode != LIST) {
            return;  // a flag or value call on a matrix with no rows
        }
        int[] st = starts;
        int[] rows = fired;
        int n = count;
        int per = threads - 1;
        boolean first = part == 0;
        boolean last = part == per;
        int cols = m.cols();
        int lo = first ? Integer.MIN_VALUE : ParallelJitConnMatVec.slice(cols, part, threads);
        int hi = last ? Integer.MAX_VALUE : ParallelJitConnMatVec.slice(cols, part + 1, threads);
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] data = m.data();
        boolean homogeneous = m.homogeneous();
        double w = homogeneous ? data[0] : 0.0;
        int nnz = indices.length;
        double[] o = out;
        int touched = 0;
        for (int f = 0; f < n; f++) {
            if (f + 2 < n) {
                int r2 = rows[f + 2];
                touched ^= first ? indptr[r2] : st[r2 * per + part - 1];
            }
            if (f + 1 < n) {
                int r1 = rows[f + 1];
                int a1 = first ? indptr[r1] : st[r1 * per + part - 1];
                if (a1 >= 0 && a1 < nnz) {
                    touched ^= indices[a1];
                    if (!homogeneous) {
                        touched ^= (int) Double.doubleToRawLongBits(data[a1]);
                    }
                }
            }
            int i = rows[f];
            int base = i * per;
            int a = indptr[i];
            int b = indptr[i + 1];
            if (st[base] == SliceStarts.UNSORTED) {
                for (int k = a; k < b; k++) {
                    int j = indices[k];
                    if (j >= lo && j < hi) {
                        o[j] += homogeneous ? w : data[k];
                    }
                }
                continue;
            }
            a = first ? a : st[base + part - 1];
            b = last ? b : st[base + part];
            if (homogeneous) {
                for (int k = a; k < b; k++) {
                    o[indices[k]] += w;
                }
            } else {
                for (int k = a; k < b; k++) {
                    o[indices[k]] += data[k];
                }
            }
        }
        EventCsrMatVec.lookahead = touched;
    }

    /**
     * @return the slice-start table of {@code m} for this operator's threads (built on the first call with the
     *         matrix), or null when the matrix's rows are too short for it to pay
     */
    private int[] sliceStartsOf(CsrMatrix m) {
        int per = threads - 1;
        if ((long) 4 * per * m.rows() > m.nnz()) {
            return null;
        }
        SliceStarts t = sliceStarts.get(m.indices());
        if (t == null || t.indptr != m.indptr() || t.cols != m.cols()) {
            t = new SliceStarts(m, threads);
            sliceStarts.put(m.indices(), t);
        }
        return t.starts;
    }

    /**
     * Where each thread's column slice starts in each row: {@code starts[i·(T−1) + t − 1]} is the first entry of
     * row i whose column is at least {@code slice(cols, t, T)}, for t = 1 .. T−1 (T threads); a row whose columns
     * are not sorted has {@link #UNSORTED} in its first place. It refers to the matrix's indptr and not to its indices,
     * which are its key in a weak map.
     */
    static final class SliceStarts {
        /** Marks a row whose columns are not in non-decreasing order. */
        static final int UNSORTED = -1;

        final int[] indptr;
        final int cols;
        final int[] starts;

        SliceStarts(CsrMatrix m, int threads) {
            int per = threads - 1;
            int rows = m.rows();
            int[] ip = m.indptr();
            int[] indices = m.indices();
            indptr = ip;
            cols = m.cols();
            starts = new int[Math.multiplyExact(rows, per)];
            for (int i = 0; i < rows; i++) {
                int from = ip[i];
                int to = ip[i + 1];
                int base = i * per;
                if (!sorted(indices, from, to)) {
                    starts[base] = UNSORTED;
                    continue;
                }
                int k = from;
                for (int t = 1; t <= per; t++) {
                    int bound = ParallelJitConnMatVec.slice(cols, t, threads);
                    while (k < to && indices[k] < bound) {
                        k++;
                    }
                    starts[base + t - 1] = k;
                }
            }
        }
    }

    private void scatterRow(int i, int lo, int hi) {
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] data = m.data();
        double[] o = out;
        int from = indptr[i];
        int to = indptr[i + 1];
        // A sorted row (what the converters and the JIT materialiser produce) holds this slice's entries in one
        // run, found by binary search, so the add loop has no data-dependent branch; checking the order costs a
        // predictable sequential scan. An unsorted row falls back to testing every entry.
        if (to - from >= SORTED_MIN && sorted(indices, from, to)) {
            int a = part0(indices, from, to, lo);
            int b = part0(indices, a, to, hi);
            if (m.homogeneous()) {
                double w = data[0];
                for (int k = a; k < b; k++) {
                    o[indices[k]] += w;
                }
            } else {
                for (int k = a; k < b; k++) {
                    o[indices[k]] += data[k];
                }
            }
            return;
        }
        if (m.homogeneous()) {
            double w = data[0];
            for (int k = from; k < to; k++) {
                int j = indices[k];
                if (j >= lo && j < hi) {
                    o[j] += w;
                }
            }
        } else {
            for (int k = from; k < to; k++) {
                int j = indices[k];
                if (j >= lo && j < hi) {
                    o[j] += data[k];
                }
            }
        }
    }

    private static boolean sorted(int[] indices, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (indices[k] < indices[k - 1]) {
                return false;
            }
        }
        return true;
    }

    /** @return the first position in [from, to) whose index is >= bound (to when none), in a sorted run */
    private static int part0(int[] indices, int from, int to, int bound) {
        int a = from;
        int b = to;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (indices[mid] < bound) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    private void gather(int rowFrom, int rowTo) {
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] data = m.data();
        boolean homogeneous = m.homogeneous();
        boolean[] events = flags;
        double[] o = out;
        for (int i = rowFrom; i < rowTo; i++) {
            double s = 0.0;
            for (int k = indptr[i], end = indptr[i + 1]; k < end; k++) {
                if (events[indices[k]]) {
                    s += homogeneous ? data[0] : data[k];
                }
            }
            o[i] += s;
        }
    }
}
