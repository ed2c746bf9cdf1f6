package org.brainj.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.brainj.api.command.Command;
import org.brainj.cli.internal.CliHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTest {

    @TempDir
    Path tmp;

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, BenchRow.median(new double[] {3, 1, 2}));
        assertEquals(2.5, BenchRow.median(new double[] {4, 1, 3, 2}));
        assertEquals(7.0, BenchRow.median(new double[] {7}));
        assertThrows(IllegalArgumentException.class, () -> BenchRow.median(new double[0]));
    }

    @Test
    void derivedColumns() {
        // 4000 neurons, 1 s simulated at 0.1 ms = 10000 steps in 2 s: 2 s per bio-s, 2 / 4e7 s = 50 ns per
        // neuron-step; 6e6 events in 2 s = 3e6 per s.
        BenchRow r = new BenchRow(4000, 320_000, 0.5, 2.0, 1000.0, 10_000, 6_000_000, 123.0, 15.0);
        assertEquals(2.0, r.secondsPerBioSecond(), 1e-12);
        assertEquals(50.0, r.nsPerNeuronStep(), 1e-9);
        assertEquals(3e6, r.synapticEventsPerSecond(), 1e-6);
        assertEquals("4000,320000,0.5,2.0,2.0,50.0,3000000.0,123.0,15.0", r.csv());
        assertEquals(BenchRow.TITLES.size(), r.cells().length);
        assertEquals(BenchRow.CSV_HEADER.size(), r.csv().split(",").length);
    }

    @Test
    void benchBuildsEachSizeOnceAndWritesOneRowPerSize() throws IOException {
        int builds = FakeSimulator.BUILDS.get();
        CliHarness.Result r = RunFixture.bench("fakenet", "--neurons", "100,200", "--duration", "20", "--repeat",
                "2", "--out", tmp.toString());
        assertEquals(Command.OK, r.status(), r.err());
        assertEquals(builds + 2, FakeSimulator.BUILDS.get());
        assertEquals(20.0, FakeSimulator.lastRequest.duration(), "the last run is a timed one");
        List<String> csv = Files.readAllLines(tmp.resolve("bench.csv"));
        assertEquals(String.join(",", BenchRow.CSV_HEADER), csv.get(0));
        assertEquals(3, csv.size());
        String[] row = csv.get(2).split(",");
        assertEquals("200", row[0]);
        assertEquals(0.25, Double.parseDouble(row[3]), 1e-12, "median of the fake's run_s");
        assertEquals(0.25 / 0.02, Double.parseDouble(row[4]), 1e-9);
        assertEquals(0.25 / (200 * 200.0) * 1e9, Double.parseDouble(row[5]), 1e-6);
        assertTrue(r.out().contains("NS/NEURON-STEP"), r.out());
    }

    @Test
    void warmUpRunsAreCappedAt200MsThenEveryTimedRunStartsFromReset() {
        FakeSimulator.DURATIONS.clear();
        int resets = FakeSimulator.RESETS.get();
        assertEquals(Command.OK, RunFixture.bench("fakenet", "--duration", "1000", "--repeat", "2", "--out",
                tmp.toString()).status());
        List<Double> d = FakeSimulator.DURATIONS;
        int warmUps = d.size() - 2;
        // The fake returns at once, so warm-up repeats up to its cap of runs instead of its 3 s.
        assertEquals(BenchCommand.WARMUP_MAX_RUNS, warmUps);
        for (int k = 0; k < warmUps; k++) {
            assertEquals(200.0, d.get(k));
        }
        assertEquals(List.of(1000.0, 1000.0), d.subList(warmUps, d.size()));
        assertEquals(resets + warmUps + 2, FakeSimulator.RESETS.get());
    }

    @Test
    void badSizesAreRejectedBeforeAnyBuild() {
        int builds = FakeSimulator.BUILDS.get();
        CliHarness.Result r = RunFixture.bench("fakenet", "--neurons", "100,,200", "--out", tmp.toString());
        assertEquals(Command.USAGE, r.status());
        assertTrue(r.err().contains("--neurons 100,,200"), r.err());
        r = RunFixture.bench("fakenet", "--repeat", "0", "--out", tmp.toString());
        assertTrue(r.err().contains("--repeat 0: must be >= 1"), r.err());
        assertEquals(builds, FakeSimulator.BUILDS.get());
    }
}
