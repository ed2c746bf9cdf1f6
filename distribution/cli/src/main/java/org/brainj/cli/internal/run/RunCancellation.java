package org.brainj.cli.internal.run;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Ctrl-C during a run: a JVM shutdown hook, installed for the run's duration, sets the flag the run loop polls
 * ({@link org.brainj.api.run.RunRequest#cancelled()}) and then holds the JVM up to {@value #WAIT_S} s while the
 * command writes what was recorded, marked {@code "cancelled": true}. Closing it (after the outputs are written)
 * releases the hook and removes it.
 */
final class RunCancellation implements BooleanSupplier, AutoCloseable {

    /** Longest the JVM waits for partial outputs after Ctrl-C [s]. */
    static final int WAIT_S = 10;

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;

    private RunCancellation(PrintStream err, boolean install) {
        if (!install) {
            hook = null;
            return;
        }
        hook = new Thread(() -> {
            cancelled.set(true);
            err.println();
            err.println("brainj run: interrupted; writing what was recorded (up to " + WAIT_S + " s)...");
            try {
                written.await(WAIT_S, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "brainj-run-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * @param err where to say that the run was interrupted
     * @return a cancellation that Ctrl-C (or SIGTERM) triggers, until closed
     */
    static RunCancellation onShutdown(PrintStream err) {
        return new RunCancellation(err, true);
    }

    /** @return a cancellation that only {@link #cancel()} triggers (tests, benchmarks) */
    static RunCancellation manual() {
        return new RunCancellation(null, false);
    }

    /** Asks the run to stop. */
    void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean getAsBoolean() {
        return cancelled.get();
    }

    /** Releases a waiting shutdown hook (the outputs are written) and removes it. */
    @Override
    public void close() {
        written.countDown();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: it returns now that the latch is released, and the JVM exits.
            }
        }
    }
}
