package org.brainj.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.brainj.api.command.Command;
import org.brainj.cli.internal.CliHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brainj run --distributed}: what is refused before anything is built. The partitioned runs themselves are
 * tested in bundle-models (PartitionedRunTest) and under mpirun in the distribution (DistributedIT).
 */
class DistributedRunTest {

    private static CliHarness.Result run(String... args) {
        RunCommand c = new RunCommand(RunFixture::resolver, () -> Optional.of(new FakeSimulator()),
                err -> RunCancellation.manual(), Optional::empty, Optional::empty);
        String[] all = new String[args.length + 1];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliHarness.run(List.<Command>of(c), all);
    }

    @Test
    void tracesAreRefusedBecauseARankHoldsOnlyItsOwnNeurons(@TempDir Path dir) {
        CliHarness.Result r = run("fakenet", "--distributed", "--monitor", "V", "--out", dir.toString());
        assertEquals(Command.USAGE, r.status());
        assertTrue(r.err().contains("--monitor V") && r.err().contains("spikes only"), r.err());
    }

    @Test
    void withoutAPartitionedSimulatorTheRunIsRefusedSayingWhichBundleHasOne(@TempDir Path dir) {
        CliHarness.Result r = run("fakenet", "--distributed", "--out", dir.toString());
        assertEquals(Command.USAGE, r.status());
        assertTrue(r.err().contains("no partitioned simulator"), r.err());
    }
}
