package org.brainj.trainers.internal.command;

import java.io.PrintStream;
import java.util.Locale;

import org.brainj.api.run.ProgressListener;

/**
 * The progress bar of {@code brainj train} on standard error: drawn in place (carriage return) only on an
 * interactive terminal and only once the work has lasted half a second, at most five times a second, with percent,
 * units done, elapsed time and ETA; {@link #clear()} erases it so the results start on a clean line. Tasks report
 * in their own units (samples, steps), cumulated over epochs.
 */
final class TrainProgress implements ProgressListener {

    private static final long SHOW_AFTER_NS = 500_000_000L;
    private static final long REDRAW_NS = 200_000_000L;
    private static final int BAR = 30;

    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int lastLength;

    TrainProgress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public void progress(long done, long total) {
        if (!enabled || total <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NS || (lastDraw != 0 && now - lastDraw < REDRAW_NS)) {
            return;
        }
        if (done >= total) {
            clear();
            return;
        }
        lastDraw = now;
        double f = Math.max(0.0, Math.min(1.0, (double) done / total));
        int filled = (int) (f * BAR);
        double elapsed = (now - start) * 1e-9;
        double eta = done > 0 ? elapsed * (total - done) / done : Double.NaN;
        String line = String.format(Locale.ROOT, "\r[%s%s] %3.0f%%  %d/%d  %.1f s  ETA %.1f s",
                "#".repeat(filled), ".".repeat(BAR - filled), f * 100, done, total, elapsed, eta);
        err.print(line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /** Erases the bar if one is drawn. */
    void clear() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }
}
