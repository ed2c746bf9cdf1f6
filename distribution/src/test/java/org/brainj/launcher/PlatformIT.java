package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Boots the assembled distribution (distribution/target/brainj) in-process with the real bundles and checks the
 * platform's contracts: every platform bundle ACTIVE, commands, hot deploy of a higher-ranked backend, rebinding,
 * fallback on removal, and resilience to a corrupt jar and to an unresolvable bundle in deploy/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    /** The seven platform bundles of the architecture. */
    static final List<String> PLATFORM = List.of("platform-api", "bundle-integrators", "bundle-operators-cpu",
            "bundle-operators-gpu", "bundle-models", "bundle-analysis", "bundle-trainers");

    private Path home;
    private BrainjRuntime rt;

    /** What a command printed and returned. */
    record Output(int status, String out, String err) {
    }

    @BeforeAll
    void boot() throws Exception {
        Path dist = Path.of(System.getProperty("brainj.dist", "target/brainj"));
        home = Files.createTempDirectory("brainj-it-");
        Files.createDirectories(home.resolve("deploy"));
        // bundles/ is shared read-only with the build; deploy/ is this test's own.
        Files.createSymbolicLink(home.resolve("bundles"), dist.resolve("bundles").toAbsolutePath());
        rt = BrainjRuntime.start(home, null, Map.of());
    }

    @AfterAll
    void shutdown() throws IOException {
        if (rt != null) {
            rt.close();
        }
        try (Stream<Path> s = Files.walk(home)) {
            s.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private Output brainj(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = rt.call(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
                new PrintStream(err, true));
        return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Bundle bundle(String bsn) {
        for (Bundle b : rt.framework().getBundleContext().getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private void assertPlatformActive() {
        for (String bsn : PLATFORM) {
            Bundle b = bundle(bsn);
            assertNotNull(b, bsn + " is not installed");
            assertEquals(Bundle.ACTIVE, b.getState(), bsn + " is not ACTIVE");
        }
    }

    /** Polls for up to 10 s (FileInstall polls every 0.5 s). */
    private Output await(Predicate<Output> condition, String... args) throws InterruptedException {
        Output o = brainj(args);
        for (int i = 0; i < 100 && !condition.test(o); i++) {
            Thread.sleep(100);
            o = brainj(args);
        }
        return o;
    }

    /** @return the line of the backends table naming the family, e.g. "DenseOps  cpu (cpu, ranking 0)" */
    private static String selectionOf(Output o, String family) {
        for (String line : o.out().split("\n")) {
            if (line.startsWith(family + " ")) {
                return line.substring(family.length()).trim();
            }
        }
        return "";
    }

    @Test
    @Order(1)
    void allPlatformBundlesAreActive() {
        assertTrue(rt.startFailures().isEmpty(), "start failures: " + rt.startFailures());
        assertPlatformActive();
        Output o = brainj("bundles");
        assertEquals(0, o.status(), o.err());
        for (String bsn : PLATFORM) {
            assertTrue(o.out().lines().anyMatch(l -> l.contains("ACTIVE") && l.contains(" " + bsn + " ")),
                    bsn + " not listed ACTIVE:\n" + o.out());
        }
    }

    @Test
    @Order(2)
    void everyPlatformBundleRegistersProviders() {
        Output o = brainj("services");
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("registry: osgi"), o.out());
        for (String bsn : PLATFORM) {
            if (!bsn.equals("platform-api")) {
                assertTrue(o.out().contains(bsn + " "), bsn + " registers no provider:\n" + o.out());
            }
        }
        // the GPU backend is listed but unavailable on a machine without CUDA, with the reason in one line
        String cuda = o.out().lines().filter(l -> l.startsWith("OperatorBackend") && l.contains(" cuda "))
                .findFirst().orElse("");
        assertFalse(cuda.isEmpty(), o.out());
        if (cuda.contains(" no ")) {
            assertTrue(cuda.length() > 60, "reason missing: " + cuda);
        }
    }

    @Test
    @Order(3)
    void helpAndUsageErrors() {
        Output help = brainj("--help");
        assertEquals(0, help.status());
        for (String c : List.of("bundles", "services", "backends", "shell")) {
            assertTrue(help.out().contains(c), c + " missing from help:\n" + help.out());
        }
        Output sub = brainj("services", "--help");
        assertEquals(0, sub.status());
        assertTrue(sub.out().contains("--spi"), sub.out());

        Output unknown = brainj("frobnicate");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown command 'frobnicate'"), unknown.err());
        assertTrue(unknown.err().contains("Commands: ") && unknown.err().contains("services"), unknown.err());

        Output badOption = brainj("services", "--nope");
        assertEquals(2, badOption.status());
        Output badSpi = brainj("services", "--spi", "Nothing");
        assertEquals(2, badSpi.status());
        assertTrue(badSpi.err().contains("unknown SPI 'Nothing'"), badSpi.err());
    }

    @Test
    @Order(4)
    void hotDeployedBackendWinsAndRemovalFallsBack() throws Exception {
        assertEquals("cpu (cpu, ranking 0)", selectionOf(brainj("backends"), "DenseOps").split(";")[0]);

        Path jar = home.resolve("deploy/test-backend.jar");
        Files.copy(Path.of(System.getProperty("brainj.itBundles", "target/it-bundles"), "test-backend.jar"), jar,
                StandardCopyOption.REPLACE_EXISTING);
        Output deployed = await(o -> selectionOf(o, "DenseOps").startsWith("test-fast"), "backends");
        assertTrue(selectionOf(deployed, "DenseOps").startsWith("test-fast (cpu, ranking 50)"), deployed.out());
        // a family the new backend does not offer stays on the platform's backend, saying why
        String sparse = selectionOf(deployed, "SparseOps");
        assertTrue(sparse.startsWith("cpu") && sparse.contains("test-fast offers no SparseOps"), sparse);
        ServiceReference<?>[] refs = rt.framework().getBundleContext()
                .getAllServiceReferences("org.brainj.api.ops.OperatorBackend", null);
        assertTrue(refs.length >= 2);
        assertTrue(brainj("services", "--spi", "OperatorBackend").out().contains("org.brainj.test.backend"));
        assertPlatformActive();

        Files.delete(jar);
        Output removed = await(o -> selectionOf(o, "DenseOps").startsWith("cpu"), "backends");
        assertTrue(selectionOf(removed, "DenseOps").startsWith("cpu (cpu, ranking 0)"), removed.out());
        assertFalse(brainj("services").out().contains("test-fast"));
        assertPlatformActive();
    }

    @Test
    @Order(5)
    void corruptJarIsReportedAndThePlatformKeepsRunning() throws Exception {
        Path broken = home.resolve("deploy/broken.jar");
        Files.writeString(broken, "this is not a zip file");
        Thread.sleep(1500);
        assertPlatformActive();
        Output o = brainj("bundles");
        assertEquals(0, o.status());
        assertTrue(o.out().contains("deploy/broken.jar: not a valid jar"), o.out());
        Files.delete(broken);
    }

    @Test
    @Order(6)
    void unresolvableBundleIsExplainedInPlainWords() throws Exception {
        Path jar = home.resolve("deploy/needs-missing.jar");
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.example.needs.missing");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "org.example.nowhere;version=\"[1.0,2)\"");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(os, mf)) {
            jos.flush();
        }
        Output o = await(out -> out.out().lines().anyMatch(
                l -> l.contains(" org.example.needs.missing ") && l.contains("INSTALLED")), "bundles");
        String line = o.out().lines().filter(l -> l.contains(" org.example.needs.missing ")).findFirst()
                .orElse("");
        assertTrue(line.contains("INSTALLED"), o.out());
        assertTrue(line.contains("needs package org.example.nowhere, version [1.0.0, 2.0.0)"), line);
        assertPlatformActive();
        Files.delete(jar);
        await(out -> !out.out().contains("org.example.needs.missing"), "bundles");
    }

    @Test
    @Order(7)
    void shellRunsPlatformCommandsAndExits() {
        // Gogo reads the script from stdin; a platform command runs by its plain name, then the shell ends on EOF.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = rt.call(new String[] {"shell"},
                new ByteArrayInputStream("services --spi Command\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true), new PrintStream(new ByteArrayOutputStream(), true));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        assertTrue(text.contains("org.brainj.cli"), text);
        List<String> names = new ArrayList<>();
        text.lines().filter(l -> l.startsWith("Command ")).forEach(names::add);
        assertTrue(names.size() >= 4, text);
    }
}
