package org.brainj.cli.internal.run;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.brainj.api.run.ProgressListener;

/**
 * A one-line progress bar on standard error for runs long enough to need one: after the first half second it
 * estimates the run's length and stays silent when that is under {@value #SHOW_IF_LONGER_S} s; otherwise it redraws
 * in place (carriage return) at most {@value #REDRAWS_PER_S} times a second with percent, steps, elapsed time and
 * ETA, and erases itself at the end so the summary starts on a clean line.
 *
 * <p>Hand-written (about forty lines) rather than {@code me.tongfei:progressbar}: that library pulls JLine 3 and
 * SLF4J into the OSGi framework, two more bundles with their own class-loading and logging set-up, for one line of
 * text that the run loop already reports through {@link ProgressListener}.
 */
final class ProgressBar implements ProgressListener {

    static final double SHOW_IF_LONGER_S = 2.0;
    static final int REDRAWS_PER_S = 5;
    private static final long DECIDE_AFTER_NS = 500_000_000L;
    private static final int BAR = 30;

    private final PrintStream err;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private final long start;
    private boolean decided;
    private boolean showing;
    private long lastDraw;
    private int lastLength;

    /**
     * @param err       where to draw
     * @param enabled   false when the terminal is not interactive: nothing is ever drawn
     * @param nanoClock the clock, {@code System::nanoTime} outside tests
     */
    ProgressBar(PrintStream err, boolean enabled, LongSupplier nanoClock) {
        this.err = err;
        this.enabled = enabled;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    @Override
    public void progress(long done, long total) {
        if (!enabled || total <= 0) {
            return;
        }
        long now = nanoClock.getAsLong();
        long elapsed = now - start;
        if (!decided) {
            if (elapsed < DECIDE_AFTER_NS || done <= 0) {
                return;
            }
            decided = true;
            showing = done < total && elapsed * 1e-9 * total / done > SHOW_IF_LONGER_S;
        }
        if (!showing) {
            return;
        }
        if (done >= total) {
            clear();
            return;
        }
        if (lastDraw != 0 && now - lastDraw < 1_000_000_000L / REDRAWS_PER_S) {
            return;
        }
        lastDraw = now;
        double f = (double) done / total;
        int filled = (int) (f * BAR);
        double eta = done > 0 ? elapsed * 1e-9 * (total - done) / done : Double.NaN;
        String line = String.format(Locale.ROOT, "\r[%s%s] %3.0f%%  %d/%d steps  %.1f s  ETA %.1f s",
                "#".repeat(filled), ".".repeat(BAR - filled), f * 100, done, total, elapsed * 1e-9, eta);
        err.print(line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /** Erases the bar, if one was drawn; safe to call more than once. */
    void clear() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
        showing = false;
    }
}
