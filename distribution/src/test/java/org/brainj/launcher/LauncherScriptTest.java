package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/brainj} (src/main/dist) under srun, run with a stand-in JDK whose {@code java} prints what it was given:
 * which JDK it picks for an MPI rank, and the Open MPI setting it adds for {@code srun --overcommit}
 * (docs/distributed.md, "Running under Slurm").
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("src/main/dist/bin/brainj").toAbsolutePath();

    /** A JDK folder with a release file saying {@code feature} and a bin/java that echoes its environment. */
    private static Path fakeJdk(Path dir, int feature) throws IOException {
        Path jdk = dir.resolve("jdk-" + feature);
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + feature + ".0.1\"\n");
        Path java = jdk.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho \"java=$0\"\necho \"yield=${OMPI_MCA_mpi_yield_when_idle:-unset}\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return jdk;
    }

    private static String run(Path jdk, Map<String, String> env) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed");
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", SCRIPT.toString(), "version").redirectErrorStream(true);
        // this test may itself run inside an srun or mpirun step: start from an environment with no launcher in it
        pb.environment().keySet().removeIf(k -> k.startsWith("SLURM_") || k.startsWith("PMIX_")
                || k.startsWith("PMI_") || k.startsWith("OMPI_"));
        pb.environment().put("JAVA_HOME", jdk.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bin/brainj finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void srunOvercommitMakesOpenMpiYieldUnlessTheUserChose(@TempDir Path dir) throws Exception {
        Path jdk = fakeJdk(dir, 25);
        // srun -n 4 --overcommit on 2 CPUs: Slurm sets SLURM_OVERCOMMIT=1 and PMIX_RANK in every task
        assertTrue(run(jdk, Map.of("SLURM_OVERCOMMIT", "1", "PMIX_RANK", "0")).contains("yield=1"));
        assertTrue(run(jdk, Map.of("SLURM_OVERCOMMIT", "1", "PMIX_RANK", "0", "OMPI_MCA_mpi_yield_when_idle", "0"))
                .contains("yield=0"));
        assertTrue(run(jdk, Map.of("PMIX_RANK", "0")).contains("yield=unset"));
        assertTrue(run(jdk, Map.of()).contains("yield=unset"));
    }

    @Test
    void aRankStartedBySrunGetsAJdk22OrNewerWhenJavaHomeIsOlder(@TempDir Path dir) throws Exception {
        Path old = fakeJdk(dir, 17);
        // outside MPI the JDK asked for is kept
        assertTrue(run(old, Map.of()).contains("java=" + old.resolve("bin/java")));
        // under srun (PMIX_RANK, or PMI_RANK with --mpi=pmi2) the newest JDK >= 22 in /usr/lib/jvm, when there is one
        Assumptions.assumeTrue(newJdkInstalled(), "no JDK 22+ in /usr/lib/jvm");
        for (String rank : new String[] {"PMIX_RANK", "PMI_RANK"}) {
            // the real JDK it picks says where it lives and stops at -version, before the (absent) launcher jar
            String out = run(old, Map.of(rank, "1", "BRAINJ_JAVA_OPTS", "-XshowSettings:properties -version"));
            Matcher home = Pattern.compile("java\\.home = (/usr/lib/jvm/\\S+)").matcher(out);
            assertTrue(home.find(), rank + ": " + out);
            Matcher spec = Pattern.compile("java\\.specification\\.version = (\\d+)").matcher(out);
            assertTrue(spec.find() && Integer.parseInt(spec.group(1)) >= 22, rank + ": " + out);
        }
    }

    private static boolean newJdkInstalled() throws IOException {
        Path jvm = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvm)) {
            return false;
        }
        try (var dirs = Files.list(jvm)) {
            return dirs.anyMatch(d -> {
                try {
                    String release = Files.readString(d.resolve("release"));
                    Matcher m = Pattern.compile("JAVA_VERSION=\"(\\d+)")
                            .matcher(release);
                    return m.find() && Integer.parseInt(m.group(1)) >= 22 && Files.isExecutable(d.resolve("bin/java"));
                } catch (IOException | RuntimeException e) {
                    return false;
                }
            });
        }
    }
}
