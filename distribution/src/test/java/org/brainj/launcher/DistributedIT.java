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
 * {@code mpirun -np K brainj ...} on loopback with the assembled distribution (docs/distributed.md): a partitioned
 * coba and a just-in-time-connectivity coba write the spikes.csv of the one-process run byte for byte, a sweep over
 * ranks writes the serial sweep's table (all but the run time), and a rank killed mid-run fails the job, named,
 * without a hang. Skipped, saying why, where mpirun is absent (install openmpi-bin libopenmpi-dev; .ci/run does).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistributedIT {

    private static final long LIMIT_SECONDS = 240;

    private Path brainj;

    record Result(int status, String output) {
    }

    @BeforeAll
    void locate() {
        boolean mpirun = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            mpirun |= Files.isExecutable(Path.of(dir, "mpirun"));
        }
        if (!mpirun) {
            System.out.println("DistributedIT skipped: mpirun is not on the PATH (apt-get install openmpi-bin "
                    + "libopenmpi-dev)");
        }
        Assumptions.assumeTrue(mpirun, "mpirun is not on the PATH");
        boolean jdk22 = Runtime.version().feature() >= 22 || newJdkInstalled();
        if (!jdk22) {
            System.out.println("DistributedIT skipped: no JDK 22+ for the launcher's foreign-function binding to "
                    + "libmpi (bin/brainj looks in /usr/lib/jvm)");
        }
        Assumptions.assumeTrue(jdk22, "no JDK 22+ in /usr/lib/jvm");
        brainj = Path.of(System.getProperty("brainj.dist", "target/brainj")).resolve("bin/brainj").toAbsolutePath();
        assertTrue(Files.isExecutable(brainj), brainj + " is not built");
    }

    /** The same search as bin/brainj: a JDK whose release file says 22 or newer under /usr/lib/jvm. */
    private static boolean newJdkInstalled() {
        try (var dirs = Files.list(Path.of("/usr/lib/jvm"))) {
            return dirs.anyMatch(d -> {
                try {
                    for (String line : Files.readAllLines(d.resolve("release"))) {
                        if (line.startsWith("JAVA_VERSION=\"")) {
                            String v = line.substring(14).replaceAll("[^0-9].*", "");
                            return !v.isEmpty() && Integer.parseInt(v) >= 22 && Files.isExecutable(d.resolve("bin/java"));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    return false;
                }
                return false;
            });
        } catch (IOException e) {
            return false;
        }
    }

    private Result exec(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        // Open MPI refuses root unless told twice; CI containers run as root.
        pb.environment().put("OMPI_ALLOW_RUN_AS_ROOT", "1");
        pb.environment().put("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1");
        Path log = dir.resolve("output-" + System.nanoTime() + ".txt");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " hung for " + LIMIT_SECONDS + " s: "
                    + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private Result brainj(Path dir, int ranks, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (ranks > 0) {
            cmd.addAll(List.of("mpirun", "-np", Integer.toString(ranks), "--oversubscribe"));
        }
        cmd.add(brainj.toString());
        cmd.addAll(List.of(args));
        Result r = exec(dir, cmd);
        assertEquals(0, r.status(), String.join(" ", cmd) + ":\n" + r.output());
        return r;
    }

    @Test
    void partitionedCobaWritesTheSpikesOfOneProcess(@TempDir Path dir) throws Exception {
        String[] run = {"run", "coba", "--neurons", "2000", "--duration", "50"};
        brainj(dir, 0, concat(run, "--out", "one"));
        Result two = brainj(dir, 2, concat(run, "--distributed", "--out", "two"));
        assertTrue(two.output().contains("2 ranks, rank 0"), two.output());
        brainj(dir, 4, concat(run, "--distributed", "--out", "four"));
        byte[] one = Files.readAllBytes(dir.resolve("one/spikes.csv"));
        assertTrue(one.length > 5_000, "coba is active: " + one.length + " bytes of spikes");
        assertEquals(new String(one, StandardCharsets.UTF_8), Files.readString(dir.resolve("two/spikes.csv")));
        assertEquals(new String(one, StandardCharsets.UTF_8), Files.readString(dir.resolve("four/spikes.csv")));
    }

    @Test
    void partitionedJitConnectivityWritesTheSpikesOfOneProcess(@TempDir Path dir) throws Exception {
        String[] run = {"run", "coba", "--neurons", "2000", "--param", "jit=1", "--duration", "100"};
        brainj(dir, 0, concat(run, "--out", "one"));
        brainj(dir, 2, concat(run, "--distributed", "--out", "two"));
        String one = Files.readString(dir.resolve("one/spikes.csv"));
        assertTrue(one.length() > 10_000, "coba (jit) is active");
        assertEquals(one, Files.readString(dir.resolve("two/spikes.csv")));
    }

    @Test
    void aSweepOverRanksWritesTheSerialTable(@TempDir Path dir) throws Exception {
        String[] sweep = {"sweep", "coba", "--neurons", "800", "--duration", "50", "--grid", "we=0.4:0.8:3",
            "--grid", "wi=4:8:2", "--seeds", "2"};
        brainj(dir, 0, concat(sweep, "--out", "serial"));
        brainj(dir, 2, concat(sweep, "--out", "ranks"));
        List<String> serial = withoutRunTime(dir.resolve("serial/sweep.csv"));
        assertEquals(13, serial.size(), "header and 12 points");
        assertEquals(serial, withoutRunTime(dir.resolve("ranks/sweep.csv")));
        assertTrue(Files.size(dir.resolve("ranks/sweep.png")) > 1000, "two axes draw a heat map");
    }

    @Test
    void aRankKilledMidRunFailsTheJobNamingIt(@TempDir Path dir) throws Exception {
        // Rank 1 is killed 8 s after it starts, in the middle of a run that would take minutes.
        String script = "if [ \"$OMPI_COMM_WORLD_RANK\" = 1 ]; then (sleep 8; kill -9 $$) & fi; exec " + brainj
                + " run coba --neurons 2000 --duration 1000000 --distributed --out dead";
        long t0 = System.nanoTime();
        Result r = exec(dir, List.of("mpirun", "-np", "2", "--oversubscribe", "bash", "-c", script));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        assertNotEquals(0, r.status(), r.output());
        assertTrue(r.output().contains("rank 1"), r.output());
        assertTrue(seconds < 120, "failed after " + seconds + " s");
    }

    private static List<String> withoutRunTime(Path csv) throws IOException {
        List<String> out = new ArrayList<>();
        int runColumn = -1;
        for (String line : Files.readAllLines(csv)) {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            if (runColumn < 0) {
                runColumn = cells.indexOf("run_s");
            }
            cells.remove(runColumn);
            out.add(String.join(",", cells));
        }
        return out;
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
