package org.brainj.operators.cpu.internal;

import java.util.Objects;

import org.brainj.api.ops.RangeLoop;

/**
 * {@link RangeLoop} on the backend's {@link WorkerPool}: slice t of [0, n) is [⌊t·n/T⌋, ⌊(t+1)·n/T⌋), slice 0 on the
 * calling thread. With one thread, or when called from inside a parallel call, it calls the body once on the caller
 * for the whole range. Per-call arguments live in fields guarded by this object's monitor; a call allocates nothing.
 */
final class SlicedRangeLoop implements RangeLoop, WorkerPool.Task {

    private final WorkerPool pool;
    private final int threads;
    private int n;
    private Body body;

    /**
     * @param pool    the backend's pool, with at least {@code threads − 1} workers
     * @param threads number of threads, at least 1
     */
    SlicedRangeLoop(WorkerPool pool, int threads) {
        this.pool = pool;
        this.threads = threads;
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public void forEach(int n, Body body) {
        Shapes.nonNegative("n", n);
        Objects.requireNonNull(body, "body");
        if (threads == 1 || pool.nested()) {
            if (n > 0) {
                body.run(0, n);
            }
            return;
        }
        synchronized (this) {
            this.n = n;
            this.body = body;
            try {
                pool.invoke(this, threads);
            } finally {
                this.body = null;
            }
        }
    }

    @Override
    public void run(int part, int parts) {
        int from = ParallelJitConnMatVec.slice(n, part, parts);
        int to = ParallelJitConnMatVec.slice(n, part + 1, parts);
        if (from < to) {
            body.run(from, to);
        }
    }
}
