package org.brainj.operators.cpu.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The CPU backend's fixed pool of daemon worker threads, shared by every parallel operator. A call splits its work
 * into parts; the calling thread runs part 0 and waits for the workers running parts 1 .. parts−1. Calls from several
 * threads queue on one lock, so an operator may keep its per-call arguments in fields guarded by that lock.
 *
 * <p>No allocation per call: workers spin briefly, then park, and are woken with
 * {@link LockSupport#unpark(Thread)}; the hand-over uses volatile fields. Workers are created at build time ({@link #ensureWorkers(int)}), never in a call.
 * A call made from a worker or from inside a running call runs all its parts serially on the current thread rather
 * than deadlock.
 */
final class WorkerPool {

    /** A unit of parallel work, split into numbered parts. */
    interface Task {
        /**
         * Runs one part; parts of one call run concurrently.
         *
         * @param part  this part, in [0, parts)
         * @param parts the number of parts
         */
        void run(int part, int parts);
    }

    /**
     * How long a waiting thread busy-waits before it parks [ns]. Waking a parked thread costs tens of microseconds on a
     * virtualised host, more than a whole small operator call, and a simulation step has a serial part (inputs,
     * recording) of tens of microseconds between its parallel sections; spinning through it lets back-to-back steps
     * skip the wake-up, while an idle pool still parks and costs nothing. Measured as time, not iterations, because
     * a PAUSE instruction takes from 3 to 140 cycles depending on the processor.
     */
    static final long SPIN_NANOS = 300_000L;

    /** Spin iterations between two clock reads. */
    private static final int SPIN_BATCH = 64;

    private static final System.Logger LOG = System.getLogger(WorkerPool.class.getName());

    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile Worker[] workers = new Worker[0];
    private volatile Thread caller;
    private volatile Throwable failure;
    private volatile boolean stopped;

    /** @param name prefix of the worker thread names */
    WorkerPool(String name) {
        this.name = name;
    }

    /**
     * Makes sure at least {@code count} workers exist (build time; may start threads).
     *
     * @param count number of workers needed, i.e. threads − 1
     */
    synchronized void ensureWorkers(int count) {
        Worker[] current = workers;
        if (current.length >= count) {
            return;
        }
        Worker[] grown = Arrays.copyOf(current, count);
        for (int w = current.length; w < count; w++) {
            grown[w] = new Worker(name + "-" + (w + 1));
            grown[w].start();
        }
        workers = grown;
        LOG.log(System.Logger.Level.DEBUG, "{0}: {1} worker threads", name, count);
    }

    /**
     * @return true when the current thread is a worker of this pool or is inside {@link #invoke(Task, int)}: a
     *         parallel operator called from there must run serially on the current thread
     */
    boolean nested() {
        return Thread.currentThread() instanceof Worker || lock.isHeldByCurrentThread();
    }

    /**
     * Runs {@code task} in {@code parts} parts and returns when all are done.
     *
     * @param task  the work
     * @param parts number of parts, at most workers + 1
     * @throws RuntimeException the first exception a part threw (errors are rethrown as they are)
     */
    void invoke(Task task, int parts) {
        Thread self = Thread.currentThread();
        if (parts == 1 || nested() || stopped) {
            for (int p = 0; p < parts; p++) {
                task.run(p, parts);
            }
            return;
        }
        lock.lock();
        try {
            Worker[] ws = workers;
            failure = null;
            caller = self;
            pending.set(parts - 1);
            for (int p = 1; p < parts; p++) {
                Worker w = ws[p - 1];
                w.part = p;
                w.parts = parts;
                w.task = task;
                LockSupport.unpark(w);
            }
            try {
                task.run(0, parts);
            } catch (RuntimeException | Error e) {
                fail(e);
            }
            long spinStart = System.nanoTime();
            for (int spin = 1; pending.get() != 0; spin++) {
                Thread.onSpinWait();
                if (spin % SPIN_BATCH == 0 && System.nanoTime() - spinStart > SPIN_NANOS) {
                    break;
                }
            }
            while (pending.get() != 0) {
                LockSupport.park(this);
            }
            Throwable f = failure;
            if (f != null) {
                failure = null;
                if (f instanceof Error) {
                    throw (Error) f;
                }
                throw (RuntimeException) f;
            }
        } finally {
            caller = null;
            lock.unlock();
        }
    }

    private synchronized void fail(Throwable e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** Stops the workers once they are idle (DS deactivation); later calls run serially. */
    void shutdown() {
        stopped = true;
        for (Worker w : workers) {
            LockSupport.unpark(w);
        }
    }

    private final class Worker extends Thread {
        volatile Task task;
        int part;
        int parts;

        Worker(String name) {
            super(name);
            setDaemon(true);
        }

        @Override
        public void run() {
            while (true) {
                Task t = task;
                long spinStart = System.nanoTime();
                for (int spin = 1; t == null; spin++) {
                    Thread.onSpinWait();
                    t = task;
                    if (spin % SPIN_BATCH == 0 && System.nanoTime() - spinStart > SPIN_NANOS) {
                        break;
                    }
                }
                if (t == null) {
                    if (stopped) {
                        return;
                    }
                    LockSupport.park(this);
                    continue;
                }
                try {
                    t.run(part, parts);
                } catch (RuntimeException | Error e) {
                    fail(e);
                } finally {
                    task = null;
                    if (pending.decrementAndGet() == 0) {
                        LockSupport.unpark(caller);
                    }
                }
            }
        }
    }
}
