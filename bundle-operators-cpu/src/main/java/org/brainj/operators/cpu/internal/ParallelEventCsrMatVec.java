package org.brainj.operators.cpu.internal;

import java.util.Objects;

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
 * <p>Column indices are trusted as in the serial operators; an index outside [0, cols) still fails with an
 * {@link ArrayIndexOutOfBoundsException}, because the first slice is open below and the last open above.
 * Per-call arguments live in fields guarded by this object's monitor; a call from inside a parallel call runs
 * serially; a call allocates nothing.
 */
final class ParallelEventCsrMatVec implements EventOps, WorkerPool.Task {

    private static final int FLAGS = 0;
    private static final int VALUES = 1;
    private static final int LIST = 2;
    private static final int GATHER = 3;
    /** Rows shorter than this are filtered entry by entry: the order check and search would not pay off. */
    private static final int SORTED_MIN = 16;

    private final WorkerPool pool;
    private final int threads;
    private final EventCsrMatVec serial;

    private int mode;
    private CsrMatrix m;
    private boolean[] flags;
    private double[] values;
    private int[] fired;
    private int count;
    private double[] out;

    /**
     * @param pool    the backend's pool, with at least {@code threads − 1} workers
     * @param threads number of threads, at least 2
     * @param serial  the serial operators, for calls made from inside a parallel call
     */
    ParallelEventCsrMatVec(WorkerPool pool, int threads, EventCsrMatVec serial) {
        this.pool = pool;
        this.threads = threads;
        this.serial = serial;
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
        try {
            pool.invoke(this, threads);
        } finally {
            this.m = null;
            this.flags = null;
            this.values = null;
            this.fired = null;
            this.out = null;
        }
    }

    @Override
    public void run(int part, int parts) {
        if (mode == GATHER) {
            gather(ParallelJitConnMatVec.slice(m.rows(), part, parts),
                    ParallelJitConnMatVec.slice(m.rows(), part + 1, parts));
            return;
        }
        int cols = m.cols();
        int lo = part == 0 ? Integer.MIN_VALUE : ParallelJitConnMatVec.slice(cols, part, parts);
        int hi = part == parts - 1 ? Integer.MAX_VALUE : ParallelJitConnMatVec.slice(cols, part + 1, parts);
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
