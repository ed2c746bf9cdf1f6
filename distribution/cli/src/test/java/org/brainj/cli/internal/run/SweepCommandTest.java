package org.brainj.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.brainj.api.command.Command;
import org.brainj.api.distributed.InProcessExchange;
import org.brainj.api.distributed.SpikeExchange;
import org.brainj.cli.internal.CliHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brainj sweep}: the table of a sweep spread over threads, over ranks (in-process exchange standing in for MPI)
 * or over --sweep-index tasks equals the serial sweep's, row for row except the run time.
 */
class SweepCommandTest {

    private static final String[] GRID = {"--grid", "neurons=10:40:4", "--grid", "tau=5:20:3", "--seeds", "2",
        "--seed", "3", "--duration", "30"};

    private static CliHarness.Result sweep(Optional<SpikeExchange> exchange, Path out, String... extra) {
        SweepCommand c = new SweepCommand(RunFixture::resolver, () -> Optional.of(new FakeSimulator()),
                () -> exchange);
        List<String> args = new ArrayList<>(List.of("sweep", "fakenet"));
        args.addAll(List.of(GRID));
        args.addAll(List.of("--out", out.toString()));
        args.addAll(List.of(extra));
        return CliHarness.run(List.<Command>of(c), args.toArray(new String[0]));
    }

    private static Map<Integer, List<String>> table(Path dir) throws Exception {
        return SweepTable.comparable(SweepTable.read(dir.resolve(SweepTable.TABLE)));
    }

    @Test
    void gridPointsAndSeedsAreNumberedFirstAxisSlowest() {
        SweepGrid g = SweepGrid.parse(List.of("a=0:1:3", "b=10:20:2"), 2, 100);
        assertEquals(12, g.size());
        // point 7 = cell 3 (a index 1, b index 1), seed number 1
        assertEquals(Map.of("a", 0.5, "b", 20.0), g.values(7));
        assertEquals(101, g.seed(7));
        assertEquals(List.of("a", "b"), new ArrayList<>(g.values(0).keySet()));
    }

    @Test
    void malformedGridsAreRefusedWithTheExpectedForm(@TempDir Path dir) {
        SweepCommand c = new SweepCommand(RunFixture::resolver, () -> Optional.of(new FakeSimulator()),
                Optional::empty);
        CliHarness.Result r = CliHarness.run(List.<Command>of(c), "sweep", "fakenet", "--grid", "tau=5:20",
                "--out", dir.toString());
        assertEquals(Command.USAGE, r.status());
        assertTrue(r.err().contains("NAME=LO:HI:COUNT"), r.err());
        r = CliHarness.run(List.<Command>of(c), "sweep", "fakenet", "--grid", "nosuch=1:2:2", "--out",
                dir.toString());
        assertEquals(Command.USAGE, r.status(), r.err());
        assertTrue(r.err().contains("nosuch"), r.err());
    }

    @Test
    void aGridTooLargeIsRefusedBeforeItsValuesAreAllocated() {
        // 2e9 values would be a 16 GB array: the limit must be checked on the COUNT, not on the axes built.
        UsageError e = assertThrows(UsageError.class,
                () -> SweepGrid.parse(List.of("we=0:1:2000000000"), 1, 0));
        assertTrue(e.getMessage().startsWith("--grid 'we=0:1:2000000000': at most 10000000 points"), e.getMessage());
        // 3 axes of 2^21 would overflow a long product of 2^63 after a fourth: refused at the second axis.
        e = assertThrows(UsageError.class, () -> SweepGrid.parse(List.of("a=0:1:2097152", "b=0:1:2097152",
                "c=0:1:2097152", "d=0:1:2097152"), 1, 0));
        assertTrue(e.getMessage().startsWith("--grid 'b=0:1:2097152'"), e.getMessage());
        assertEquals(10_000_000, SweepGrid.parse(List.of("a=0:1:1000", "b=0:1:1000"), 10, 0).size());
        e = assertThrows(UsageError.class, () -> SweepGrid.parse(List.of(" =0:1:2"), 1, 0));
        assertTrue(e.getMessage().contains("NAME"), e.getMessage());
    }

    @Test
    void mergeRefusesAnIncompleteSetOfPointFiles(@TempDir Path tasks) throws Exception {
        for (int i : new int[] {0, 1, 2, 5}) {
            assertEquals(Command.OK, sweep(Optional.empty(), tasks, "--sweep-index", Integer.toString(i)).status());
        }
        CliHarness.Result r = sweep(Optional.empty(), tasks, "--merge");
        assertEquals(Command.FAILED, r.status(), r.out());
        assertTrue(r.err().contains("20 of 24 points have no file (3, 4, 6, 7, 8, 9, 10, 11, 12, 13, ...)"), r.err());
        assertFalse(Files.exists(tasks.resolve(SweepTable.TABLE)), "no partial table is written");
    }

    @Test
    void threadsRanksAndArrayTasksGiveTheSerialTable(@TempDir Path root) throws Exception {
        Path serial = root.resolve("serial");
        CliHarness.Result s = sweep(Optional.empty(), serial);
        assertEquals(Command.OK, s.status(), s.err());
        Map<Integer, List<String>> expected = table(serial);
        assertEquals(24, expected.size());
        List<String> header = SweepTable.read(serial.resolve(SweepTable.TABLE)).get(0).columns();
        assertEquals(List.of("point", "neurons", "tau", "seed", "E_rate_hz", "E_cv_isi", "I_rate_hz", "I_cv_isi",
                "spikes", "run_s", "failure"), header);
        assertTrue(Files.size(serial.resolve(SweepTable.HEAT_MAP)) > 1000, "two axes draw a heat map");
        // point 23: last cell (neurons 40, tau 20), seed 3 + 1
        assertEquals(List.of("23", "40", "20", "4"), expected.get(23).subList(0, 4));

        Path threads = root.resolve("threads");
        assertEquals(Command.OK, sweep(Optional.empty(), threads, "--jobs", "3").status());
        assertEquals(expected, table(threads));

        Path ranks = root.resolve("ranks");
        List<SpikeExchange> exchanges = InProcessExchange.create(3, 60_000);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<CliHarness.Result>> done = new ArrayList<>();
            for (SpikeExchange ex : exchanges) {
                done.add(pool.submit(() -> sweep(Optional.of(ex), ranks, "--jobs", "2")));
            }
            for (Future<CliHarness.Result> f : done) {
                assertEquals(Command.OK, f.get().status(), f.get().err());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(expected, table(ranks));

        Path tasks = root.resolve("tasks");
        for (int i = 0; i < 24; i++) {
            assertEquals(Command.OK, sweep(Optional.empty(), tasks, "--sweep-index", Integer.toString(i)).status());
        }
        assertEquals(Command.OK, sweep(Optional.empty(), tasks, "--merge").status());
        assertEquals(expected, table(tasks));
    }
}
