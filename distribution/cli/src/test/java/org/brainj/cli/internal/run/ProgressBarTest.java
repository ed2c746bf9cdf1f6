package org.brainj.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final AtomicLong now = new AtomicLong(1_000L);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void at(double seconds, ProgressBar bar, long done, long total) {
        now.set(1_000L + (long) (seconds * 1e9));
        bar.progress(done, total);
    }

    @Test
    void shortRunDrawsNothing() {
        ProgressBar bar = new ProgressBar(err, true, now::get);
        at(0.2, bar, 100, 1000);
        at(0.6, bar, 500, 1000); // 0.6 s for half: about 1.2 s in all, under 2 s
        at(0.9, bar, 800, 1000);
        at(1.1, bar, 1000, 1000);
        bar.clear();
        assertEquals("", text());
    }

    @Test
    void longRunDrawsAtMostFiveTimesASecondAndClearsItself() {
        ProgressBar bar = new ProgressBar(err, true, now::get);
        at(0.5, bar, 100, 1000); // about 5 s in all: shown
        assertTrue(text().contains(" 10%  100/1000 steps  0.5 s  ETA 4.5 s"), text());
        at(0.6, bar, 120, 1000); // 0.1 s after the last draw: skipped
        at(0.8, bar, 160, 1000);
        int draws = text().split("\r").length - 1;
        assertEquals(2, draws, text());
        at(5.0, bar, 1000, 1000);
        assertTrue(text().endsWith("\r"), "erased at the end");
        String last = text().substring(text().lastIndexOf('\r', text().length() - 2) + 1, text().length() - 1);
        assertTrue(last.isBlank(), "the last line is blanks: '" + last + "'");
    }

    @Test
    void notInteractiveDrawsNothing() {
        ProgressBar bar = new ProgressBar(err, false, now::get);
        at(0.5, bar, 1, 1000);
        at(1.5, bar, 2, 1000);
        assertEquals("", text());
    }
}
