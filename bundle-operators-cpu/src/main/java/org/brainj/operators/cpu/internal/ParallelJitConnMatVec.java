package org.brainj.operators.cpu.internal;

import java.util.Arrays;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.JitConnSpec;

/**
 * Just-in-time connectivity products on a fixed number of threads, bit for bit equal to {@link JitConnMatVec}.
 * M·x gives each thread a contiguous range of rows (its slice of the output). M<sup>T</sup>·x and the event product
 * give each thread a contiguous range of row segments ({@link JitRowStream}), i.e. a slice of the postsynaptic
 * output: every thread walks all (firing) rows but generates only its own segments, so no row is generated twice,
 * no atomics are needed, and each output sums its terms in serial order. A matrix with fewer segments than threads
 * leaves the extra threads idle in those two products.
 *
 * <p>Per-call arguments live in fields guarded by this object's monitor; calls queue on it and on the backend's
 * {@link WorkerPool}; a call from inside a parallel call runs serially. One cursor per part, so a call allocates
 * nothing.
 */
final class ParallelJitConnMatVec implements JitConnOps, WorkerPool.Task {

    private static final int GATHER = 0;
    private static final int SCATTER = 1;
    private static final int EVENTS = 2;
    private static final int EVENT_LIST = 3;
    private static final int EVENT_LIST_COLUMNS = 4;

    private final WorkerPool pool;
    private final int threads;
    private final JitRowStream[] cursors;
    private final JitConnMatVec serial;

    private int mode;
    private JitConnSpec spec;
    private double[] x;
    private boolean[] events;
    private int[] fired;
    private int count;
    private double[] out;
    private int colFrom;
    private int colTo;

    /**
     * @param pool    the backend's pool, with at least {@code threads − 1} workers
     * @param threads number of threads, at least 2
     * @param serial  the serial operators, for {@link #materialize(JitConnSpec)}
     */
    ParallelJitConnMatVec(WorkerPool pool, int threads, JitConnMatVec serial) {
        this.pool = pool;
        this.threads = threads;
        this.serial = serial;
        this.cursors = new JitRowStream[threads];
        for (int t = 0; t < threads; t++) {
            cursors[t] = new JitRowStream();
        }
    }

    /** {@inheritDoc} See {@link JitConnMatVec#mv(JitConnSpec, double[], double[], boolean)}. */
    @Override
    public void mv(JitConnSpec spec, double[] x, double[] out, boolean transpose) {
        if (pool.nested()) {
            serial.mv(spec, x, out, transpose);
            return;
        }
        JitConnMatVec.checkMv(spec, x, out, transpose);
        synchronized (this) {
            call(transpose ? SCATTER : GATHER, spec, x, null, out);
        }
    }

    /** {@inheritDoc} See {@link JitConnMatVec#eventMv(JitConnSpec, boolean[], double[])}. */
    @Override
    public void eventMv(JitConnSpec spec, boolean[] events, double[] out) {
        if (pool.nested()) {
            serial.eventMv(spec, events, out);
            return;
        }
        JitConnMatVec.checkEvents(spec, events, out);
        synchronized (this) {
            call(EVENTS, spec, null, events, out);
        }
    }

    /** {@inheritDoc} See {@link JitConnMatVec#eventMv(JitConnSpec, int[], int, double[])}. */
    @Override
    public void eventMv(JitConnSpec spec, int[] fired, int count, double[] out) {
        if (pool.nested()) {
            serial.eventMv(spec, fired, count, out);
            return;
        }
        JitConnMatVec.checkList(spec, fired, count, out);
        synchronized (this) {
            this.fired = fired;
            this.count = count;
            try {
                call(EVENT_LIST, spec, null, null, out);
            } finally {
                this.fired = null;
            }
        }
    }

    /**
     * {@inheritDoc} See {@link JitConnMatVec#eventMv(JitConnSpec, int[], int, double[], int, int)}; the threads
     * share out the segments that overlap the range.
     */
    @Override
    public void eventMv(JitConnSpec spec, int[] fired, int count, double[] out, int colFrom, int colTo) {
        if (pool.nested()) {
            serial.eventMv(spec, fired, count, out, colFrom, colTo);
            return;
        }
        JitConnMatVec.checkList(spec, fired, count, out);
        JitConnOps.checkColumnRange(spec, colFrom, colTo);
        if (colFrom == colTo) {
            return;
        }
        synchronized (this) {
            this.fired = fired;
            this.count = count;
            this.colFrom = colFrom;
            this.colTo = colTo;
            try {
                call(EVENT_LIST_COLUMNS, spec, null, null, out);
            } finally {
                this.fired = null;
            }
        }
    }

    /** {@inheritDoc} Build-time work: delegated to the serial materialiser. */
    @Override
    public CsrMatrix materialize(JitConnSpec spec) {
        return serial.materialize(spec);
    }

    private void call(int mode, JitConnSpec spec, double[] x, boolean[] events, double[] out) {
        this.mode = mode;
        this.spec = spec;
        this.x = x;
        this.events = events;
        this.out = out;
        for (JitRowStream c : cursors) {
            c.bind(spec);
        }
        try {
            pool.invoke(this, threads);
        } finally {
            this.spec = null;
            this.x = null;
            this.events = null;
            this.out = null;
        }
    }

    @Override
    public void run(int part, int parts) {
        JitRowStream c = cursors[part];
        if (mode == GATHER) {
            int rows = spec.rows();
            JitConnMatVec.gather(c, spec, x, out, slice(rows, part, parts), slice(rows, part + 1, parts));
            return;
        }
        int first = 0;
        int segments = c.segments();
        if (mode == EVENT_LIST_COLUMNS) {
            first = c.segmentOf(colFrom);
            segments = c.segmentOf(colTo - 1) + 1 - first;
        }
        int from = first + slice(segments, part, parts);
        int to = first + slice(segments, part + 1, parts);
        if (from == to) {
            return;
        }
        if (mode == EVENT_LIST_COLUMNS) {
            JitConnMatVec.scatterList(c, spec, fired, count, out, from, to, colFrom, colTo);
        } else if (mode == SCATTER) {
            Arrays.fill(out, c.segmentStart(from), c.segmentStart(to), 0.0);
            JitConnMatVec.scatter(c, spec, x, out, from, to);
        } else if (mode == EVENT_LIST) {
            JitConnMatVec.scatterList(c, spec, fired, count, out, from, to);
        } else {
            JitConnMatVec.scatterEvents(c, spec, events, out, from, to);
        }
    }

    /** @return the start of slice {@code part} when [0, n) is cut into {@code parts} contiguous slices */
    static int slice(int n, int part, int parts) {
        return (int) ((long) n * part / parts);
    }
}
