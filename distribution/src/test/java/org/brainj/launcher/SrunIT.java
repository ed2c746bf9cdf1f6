package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code srun -n 2 brainj ...} with the assembled distribution on a running Slurm cluster (docs/distributed.md,
 * "Running under Slurm"): a partitioned coba started by srun's PMIx plugin writes the one-process spikes.csv byte
 * for byte, srun without an MPI plugin is refused with the fix, and a rank killed mid-run fails the job step naming
 * the task. Skipped, saying why, where no Slurm cluster answers (CI has none; the doc's one-node setup gives one).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SrunIT {

    private static final long LIMIT_SECONDS = 240;

    private Path brainj;

    record Result(int status, String output) {
    }

    @BeforeAll
    void locate(@TempDir Path dir) throws Exception {
        boolean srun = false;
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            srun |= Files.isExecutable(Path.of(d, "srun"));
        }
        if (!srun) {
            System.out.println("SrunIT skipped: srun is not on the PATH (no Slurm)");
        }
        Assumptions.assumeTrue(srun, "srun is not on the PATH");
        // A cluster that answers and has two task slots with the PMIx plugin; --immediate fails at once otherwise.
        Result probe;
        try {
            probe = exec(dir, List.of("srun", "--immediate=20", "-n", "2", "--mpi=pmix", "true"), 60);
        } catch (AssertionError e) {
            probe = new Result(-1, e.getMessage());
        }
        if (probe.status() != 0) {
            System.out.println("SrunIT skipped: srun -n 2 --mpi=pmix true failed: " + probe.output().strip());
        }
        Assumptions.assumeTrue(probe.status() == 0, "no Slurm cluster with PMIx answers");
        brainj = Path.of(System.getProperty("brainj.dist", "target/brainj")).resolve("bin/brainj").toAbsolutePath();
        assertTrue(Files.isExecutable(brainj), brainj + " is not built");
    }

    private static Result exec(Path dir, List<String> command, long limitSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Path log = dir.resolve("output-" + System.nanoTime() + ".txt");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " hung for " + limitSeconds + " s: "
                    + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private Result brainj(Path dir, List<String> launcher, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(launcher);
        cmd.add(brainj.toString());
        cmd.addAll(List.of(args));
        return exec(dir, cmd, LIMIT_SECONDS);
    }

    @Test
    void srunWithPmixPartitionsCobaIntoTheSpikesOfOneProcess(@TempDir Path dir) throws Exception {
        String[] run = {"run", "coba", "--neurons", "2000", "--duration", "50"};
        Result one = brainj(dir, List.of(), concat(run, "--out", "one"));
        assertEquals(0, one.status(), one.output());
        Result two = brainj(dir, List.of("srun", "-n", "2", "--mpi=pmix"), concat(run, "--distributed", "--out",
                "two"));
        assertEquals(0, two.status(), two.output());
        assertTrue(two.output().contains("2 ranks, rank 0"), two.output());
        String spikes = Files.readString(dir.resolve("one/spikes.csv"));
        assertTrue(spikes.length() > 5_000, "coba is active: " + spikes.length() + " characters of spikes");
        assertEquals(spikes, Files.readString(dir.resolve("two/spikes.csv")));
    }

    @Test
    void srunWithoutMpiPluginIsRefusedNamingTheFix(@TempDir Path dir) throws Exception {
        Result r = brainj(dir, List.of("srun", "-n", "2", "--mpi=none"), "run", "coba", "--duration", "10",
                "--distributed", "--out", "none");
        assertEquals(1, r.status(), r.output());
        assertTrue(r.output().contains("srun started 2 tasks without an MPI rank") && r.output().contains(
                "srun --mpi=pmix"), r.output());
        assertTrue(Files.notExists(dir.resolve("none")), "nothing written");
    }

    @Test
    void aRankKilledMidRunFailsTheJobStepNamingTheTask(@TempDir Path dir) throws Exception {
        // Task 1 is killed 8 s after it starts, in the middle of a run that would take minutes.
        String script = "if [ \"$SLURM_PROCID\" = 1 ]; then (sleep 8; kill -9 $$) & fi; exec " + brainj
                + " run coba --neurons 2000 --duration 1000000 --distributed --out dead";
        long t0 = System.nanoTime();
        Result r = exec(dir, List.of("srun", "-n", "2", "--mpi=pmix", "bash", "-c", script), LIMIT_SECONDS);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        assertNotEquals(0, r.status(), r.output());
        assertTrue(r.output().contains("task 1: Killed"), r.output());
        assertTrue(seconds < 120, "failed after " + seconds + " s");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
