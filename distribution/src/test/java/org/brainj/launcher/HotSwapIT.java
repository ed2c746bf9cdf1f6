package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Backend hot-swap in one {@code brainj shell} session, no restart: run COBA on cpu, drop the test backend bundle
 * into deploy/, run on it, remove it, run on cpu again. The same seed on the same backend gives the same spikes,
 * byte for byte; the test backend's event operator adds in the cpu operator's order, so its spikes match too.
 */
class HotSwapIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = "run coba --neurons 1000 --duration 200 --seed 3 --threads 1 ";

    @Test
    void runCpuDeployRunOnItRemoveRunCpuInOneShellSession() throws Exception {
        try (ItPlatform p = ItPlatform.boot("brainj")) {
            PipedOutputStream keys = new PipedOutputStream();
            PipedInputStream in = new PipedInputStream(keys, 1 << 16);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int[] status = {-1};
            Thread shell = new Thread(() -> status[0] = p.rt.call(new String[] {"shell"}, in,
                    new PrintStream(out, true), new PrintStream(err, true)), "it-shell");
            shell.start();
            Path r1 = p.home.resolve("cpu-1");
            Path r2 = p.home.resolve("test-fast");
            Path r3 = p.home.resolve("cpu-2");

            type(keys, RUN + "--backend cpu --out " + r1);
            awaitText(out, "wrote " + r1, err);

            Path jar = p.deploy(ItPlatform.itBundle("test-backend.jar"), "test-backend.jar");
            assertTrue(p.awaitState("org.brainj.test.backend", Bundle.ACTIVE));
            type(keys, RUN + "--backend test-fast --out " + r2);
            awaitText(out, "wrote " + r2, err);

            Files.delete(jar);
            for (int i = 0; i < 100 && p.bundle("org.brainj.test.backend") != null; i++) {
                Thread.sleep(100);
            }
            assertNull(p.bundle("org.brainj.test.backend"), "test backend still installed");
            type(keys, RUN + "--backend cpu --out " + r3);
            awaitText(out, "wrote " + r3, err);
            keys.close();
            shell.join(20_000);
            assertEquals(0, status[0], err.toString(StandardCharsets.UTF_8));

            assertTrue(backend(r1).startsWith("cpu"), backend(r1));
            assertTrue(backend(r2).startsWith("test-fast"), backend(r2));
            assertTrue(backend(r3).startsWith("cpu"), backend(r3));
            byte[] cpu1 = Files.readAllBytes(r1.resolve("spikes.csv"));
            assertTrue(cpu1.length > 1000, "too few spikes to compare: " + cpu1.length + " bytes");
            assertArrayEquals(cpu1, Files.readAllBytes(r3.resolve("spikes.csv")), "cpu before vs after the swap");
            assertArrayEquals(cpu1, Files.readAllBytes(r2.resolve("spikes.csv")), "cpu vs test-fast");
            String sha = JSON.readTree(r2.resolve("summary.json").toFile()).at("/provenance/bundles").findValues(
                    "symbolic_name").toString();
            assertTrue(sha.contains("org.brainj.test.backend"), "the swapped bundle is in the provenance: " + sha);
        }
    }

    private static String backend(Path run) throws IOException {
        return JSON.readTree(run.resolve("summary.json").toFile()).get("backend").asText();
    }

    private static void type(PipedOutputStream keys, String line) throws IOException {
        keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private static void awaitText(ByteArrayOutputStream out, String text, ByteArrayOutputStream err)
            throws InterruptedException {
        for (int i = 0; i < 600 && !out.toString(StandardCharsets.UTF_8).contains(text); i++) {
            Thread.sleep(50);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(text), "no '" + text + "' in\n"
                + out.toString(StandardCharsets.UTF_8) + "\nerr:\n" + err.toString(StandardCharsets.UTF_8));
    }
}
