package org.brainj.trainers.internal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ModelException;
import org.brainj.api.run.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digits reader, encoders and a short run of the task on the real data (the copy shipped in the bundle). */
class DigitsSnnTaskTest {

    @TempDir
    Path dir;

    static DigitsData digits() throws Exception {
        try (InputStream in = DigitsSnnTaskTest.class.getResourceAsStream("/digits/digits.csv.gz")) {
            return DigitsData.read(in, "digits.csv.gz");
        }
    }

    @Test
    void loadFallsBackToTheBundledCopy() {
        // The module folder has no ../shared/data/digits, so without an override load() reads the bundled copy.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty(DigitsData.PROPERTY) == null
                && System.getenv(DigitsData.ENVIRONMENT) == null, "an override is set");
        DigitsData d = DigitsData.load();
        assertEquals(1797, d.size());
        assertEquals(5.0, d.pixels()[0][2]);
    }

    @Test
    void readsTheFileOfTheReadme() throws Exception {
        DigitsData d = digits();
        // README: 1797 rows of 64 pixels (0..16) and a class 0..9; the first row starts 0,0,5,13,9,1 and is a 0.
        assertEquals(1797, d.size());
        assertEquals(5.0, d.pixels()[0][2]);
        assertEquals(13.0, d.pixels()[0][3]);
        assertEquals(0, d.labels()[0]);
        assertEquals(1, d.labels()[1]);
        int[] counts = new int[10];
        for (int label : d.labels()) {
            counts[label]++;
        }
        for (int c : counts) {
            assertTrue(c >= 170 && c <= 185, "about 180 images per class");
        }
    }

    @Test
    void malformedRowsAndMissingDataAreNamed() throws Exception {
        Path bad = dir.resolve("bad.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bad))) {
            out.write(("0,".repeat(64) + "3\n" + "0,".repeat(63) + "17,3\n").getBytes());
        }
        ModelException e = assertThrows(ModelException.class, () -> DigitsData.read(bad));
        assertTrue(e.getMessage().contains("line 2: pixel 63 = 17 is outside [0, 16]"), e.getMessage());
        String old = System.getProperty(DigitsData.PROPERTY);
        try {
            System.setProperty(DigitsData.PROPERTY, dir.resolve("nowhere").toString());
            BrainjException missing = assertThrows(BrainjException.class, DigitsData::locate);
            assertTrue(missing.getMessage().contains("digits data not found") && missing.getMessage()
                    .contains("nowhere"), missing.getMessage());
            System.setProperty(DigitsData.PROPERTY, bad.toString());
            assertEquals(bad, DigitsData.locate());
        } finally {
            if (old == null) {
                System.clearProperty(DigitsData.PROPERTY);
            } else {
                System.setProperty(DigitsData.PROPERTY, old);
            }
        }
    }

    @Test
    void encodingsGiveTheIntendedSpikeCounts() {
        double[] train = new double[20];
        SpikeEncoding.RATE.encode(0.5, 20, train, 0, 1, 0);
        assertEquals(10.0, java.util.Arrays.stream(train).sum(), "floor(T r) spikes");
        SpikeEncoding.RATE.encode(1.0, 20, train, 0, 1, 0);
        assertEquals(20.0, java.util.Arrays.stream(train).sum());
        SpikeEncoding.LATENCY.encode(0.25, 20, train, 0, 1, 0);
        assertEquals(1.0, java.util.Arrays.stream(train).sum());
        assertEquals(1.0, train[14], "round(0.75 * 19) = 14");
        double total = 0;
        double[] poisson = new double[1000];
        for (int k = 0; k < 20; k++) {
            SpikeEncoding.POISSON.encode(0.3, 1000, poisson, 0, 1, k);
            total += java.util.Arrays.stream(poisson).sum();
        }
        // 20000 Bernoulli(0.3) draws: mean 6000, sd 65.
        assertEquals(6000.0, total, 4 * 65.0);
    }

    @Test
    void isFoundThroughServiceLoader() {
        boolean found = false;
        for (TrainTask t : ServiceLoader.load(TrainTask.class, TrainTask.class.getClassLoader())) {
            found |= t.name().equals("digits-snn") && t instanceof DigitsSnnTask;
        }
        assertTrue(found);
    }

    @Test
    void defaultLearningRateIsAHalfCosineOverTheRun() {
        // Default: 0.02 (1 + cos(π e / E)) / 2 for epoch e = 0..E−1 (docs/training.md, "digits-snn").
        DigitsSnnTask task = new DigitsSnnTask();
        var schedule = task.schedule(20);
        assertEquals(0.02, schedule.rate(0, 0), 1e-15);
        assertEquals(0.01, schedule.rate(500, 10), 1e-15);
        assertEquals(0.01 * (1 + Math.cos(Math.PI * 19 / 20)), schedule.rate(1800, 19), 1e-15);
        assertEquals(16, task.defaultBatch());
        // An exponential configuration keeps its factor per epoch: 0.01 × 0.9².
        DigitsSnnTask exponential = new DigitsSnnTask(
                new DigitsSnnTask.Config(25, 256, 1e-2, SpikeEncoding.RATE, 16, 0.0, 0.9, 10.0, false, 0.3), null);
        assertEquals(0.01 * 0.81, exponential.schedule(20).rate(0, 2), 1e-15);
    }

    @Test
    void shortRunLearnsAndReports() throws Exception {
        // A reduced network (10 steps, 32 LIF) for 2 epochs; the full task's accuracy is measured in docs/training.md.
        DigitsSnnTask task = new DigitsSnnTask(
                new DigitsSnnTask.Config(10, 32, 1e-2, SpikeEncoding.RATE, 16, 0.0, 1.0, 10.0, false, 0.0), digits());
        TaskOutcome o = task.run(new TaskSettings(2, 32, 1, 2, dir, ProgressListener.NONE));
        assertEquals("digits-snn", o.task());
        assertEquals(2, o.epochs());
        assertEquals(2, o.trainLoss().length);
        assertTrue(o.trainLoss()[1] < o.trainLoss()[0]);
        // 10 classes: chance is 0.1.
        assertTrue(o.testMetrics().get("test_accuracy") > 0.6, o.testMetrics().toString());
        assertTrue(Files.size(dir.resolve("weights.bin")) > 0);
    }
}
