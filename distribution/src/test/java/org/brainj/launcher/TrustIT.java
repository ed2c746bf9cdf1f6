package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * Trust, on the {@code locked} example distribution: a bundle dropped into deploy/ that is not in the SHA-256
 * allow-list is refused (never started, reported by {@code brainj bundles}); a listed one runs; a third-party bundle
 * that throws from its activator or from a service call is reported with its name and the platform keeps running;
 * and no bundle listens on a network port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrustIT {

    private ItPlatform p;
    private Set<String> listeningBefore;

    @BeforeAll
    void boot() throws Exception {
        listeningBefore = listeningSockets();
        p = ItPlatform.boot("brainj-locked");
    }

    @AfterAll
    void shutdown() throws Exception {
        p.close();
    }

    private Path allowlist() {
        return p.home.resolve("etc/allowed-bundles.sha256");
    }

    private void allow(Path jar) throws IOException {
        Files.writeString(allowlist(), TrustPolicy.sha256(jar) + "  " + jar.getFileName() + "\n",
                StandardOpenOption.APPEND);
    }

    private void assertPlatformActive() {
        for (String bsn : PlatformIT.PLATFORM) {
            assertEquals(Bundle.ACTIVE, p.bundle(bsn).getState(), bsn);
        }
    }

    @Test
    @Order(1)
    void unlistedBundleIsRefusedNeverStartedAndReported() throws Exception {
        p.deploy(ItPlatform.itBundle("test-backend.jar"), "test-backend.jar");
        ItPlatform.Output o = p.await(out -> out.out().contains("refused by the trust policy"), "bundles");
        String line = o.out().lines().filter(l -> l.contains(" org.brainj.test.backend ")).findFirst().orElse("");
        assertTrue(line.contains("INSTALLED") && line.contains("refused by the trust policy: SHA-256 "
                + TrustPolicy.sha256(ItPlatform.itBundle("test-backend.jar")) + " is not in the allow-list"), o.out());
        assertTrue(o.out().contains("distribution: locked; deploy/: only bundles listed by SHA-256 in "
                + "etc/allowed-bundles.sha256 are started"), o.out());
        Thread.sleep(1500); // FileInstall has tried to start it by now
        assertEquals(Bundle.INSTALLED, p.bundle("org.brainj.test.backend").getState());
        assertFalse(p.brainj("backends").out().contains("test-fast"));
        assertPlatformActive();
    }

    @Test
    @Order(2)
    void listingTheDigestAdmitsTheBundle() throws Exception {
        allow(ItPlatform.itBundle("test-backend.jar"));
        // a refused bundle is judged again at its next resolve: here the shell user's 'start ID'
        p.bundle("org.brainj.test.backend").start();
        assertEquals(Bundle.ACTIVE, p.bundle("org.brainj.test.backend").getState());
        assertTrue(p.await(out -> out.out().contains("test-fast"), "backends").out().contains("test-fast"));
        assertFalse(p.brainj("bundles").out().contains("refused"));
        Files.delete(p.home.resolve("deploy/test-backend.jar"));
        assertTrue(p.await(out -> !out.out().contains("org.brainj.test.backend"), "bundles").status() == 0);
    }

    @Test
    @Order(3)
    void crashingActivatorIsIsolatedAndReportedByName() throws Exception {
        Path jar = ItPlatform.bundleOf(p.home.resolve("crashing.jar"), Map.of(
                "Bundle-SymbolicName", "org.example.crashing", "Bundle-Version", "1.0.0",
                "Bundle-Activator", "org.brainj.launcher.crash.CrashingActivator",
                "Import-Package", "org.osgi.framework"), "org.brainj.launcher.crash");
        allow(jar);
        p.deploy(jar, "crashing.jar");
        ItPlatform.Output o = p.await(out -> out.out().contains("activator failed"), "bundles");
        String line = o.out().lines().filter(l -> l.contains(" org.example.crashing ")).findFirst().orElse("");
        assertTrue(line.contains("RESOLVED") && line.contains("not started: its activator failed"), o.out());
        assertPlatformActive();
        assertEquals(0, p.brainj("services").status());
        Files.delete(p.home.resolve("deploy/crashing.jar"));
    }

    @Test
    @Order(4)
    void commandThatThrowsFailsCleanlyNamingItsBundle() throws Exception {
        Path jar = ItPlatform.bundleOf(p.home.resolve("boom.jar"), Map.of(
                "Bundle-SymbolicName", "org.example.boom", "Bundle-Version", "2.1.0",
                "Bundle-Activator", "org.brainj.launcher.crash.ThrowingCommandActivator",
                "Import-Package", "org.osgi.framework, org.brainj.api.command, org.brainj.api.platform"),
                "org.brainj.launcher.crash");
        allow(jar);
        p.deploy(jar, "boom.jar");
        assertTrue(p.awaitState("org.example.boom", Bundle.ACTIVE));
        ItPlatform.Output o = p.await(out -> out.status() != 2, "boom");
        assertEquals(1, o.status(), o.out() + o.err());
        assertTrue(o.err().contains("brainj boom: IllegalStateException: third-party command failed on purpose "
                + "in bundle org.example.boom 2.1.0"), o.err());
        assertPlatformActive();
        ItPlatform.Output after = p.brainj("run", "coba", "--neurons", "200", "--duration", "10", "--out",
                p.home.resolve("after").toString());
        assertEquals(0, after.status(), after.err());
        Files.delete(p.home.resolve("deploy/boom.jar"));
    }

    @Test
    @Order(5)
    void aRefusedBundlePresentAtStartLeavesEveryOtherBundleRunning() throws Exception {
        try (ItPlatform other = ItPlatform.boot("brainj-locked", ItPlatform.itBundle("test-backend.jar"))) {
            assertTrue(other.rt.startFailures().isEmpty(), other.rt.startFailures().toString());
            for (Bundle b : other.rt.framework().getBundleContext().getBundles()) {
                if (!"org.brainj.test.backend".equals(b.getSymbolicName())) {
                    assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName());
                }
            }
            assertTrue(other.await(o -> o.out().contains("refused"), "bundles").out().contains("refused"));
            assertEquals(Bundle.INSTALLED, other.bundle("org.brainj.test.backend").getState());
            assertEquals(0, other.brainj("shell").status());
        }
    }

    @Test
    @Order(6)
    void noBundleListensOnANetworkPort() throws Exception {
        for (Bundle b : p.rt.framework().getBundleContext().getBundles()) {
            String bsn = String.valueOf(b.getSymbolicName()).toLowerCase();
            assertFalse(bsn.contains("remote") || bsn.contains("telnet") || bsn.contains("ssh"), bsn);
        }
        assertNull(p.rt.framework().getBundleContext().getProperty("osgi.shell.telnet.port"));
        // Linux: the sockets this JVM listens on, before the platform started and now (shell included)
        ItPlatform.Output shell = p.brainj("shell");
        assertEquals(0, shell.status(), shell.err());
        assertEquals(listeningBefore, listeningSockets());
    }

    @Test
    @Order(7)
    void backendThatThrowsDuringARunFailsTheRunCleanly() throws Exception {
        Path jar = ItPlatform.bundleOf(p.home.resolve("failing.jar"), Map.of(
                "Bundle-SymbolicName", "org.example.failing.backend", "Bundle-Version", "0.3.0",
                "Bundle-Activator", "org.brainj.launcher.crash.FailingBackendActivator",
                "Import-Package", "org.osgi.framework, org.brainj.api.ops, org.brainj.api.platform"),
                "org.brainj.launcher.crash");
        allow(jar);
        p.deploy(jar, "failing.jar");
        assertTrue(p.awaitState("org.example.failing.backend", Bundle.ACTIVE));
        Path out = p.home.resolve("failing-run");
        ItPlatform.Output o = p.brainj("run", "coba", "--neurons", "400", "--duration", "50", "--backend", "failing",
                "--out", out.toString());
        assertEquals(1, o.status(), o.out() + o.err());
        assertTrue(o.err().contains("IllegalStateException: failing backend: event operator crashed on purpose in "
                + "bundle org.example.failing.backend 0.3.0"), o.err());
        assertPlatformActive();
        Files.delete(p.home.resolve("deploy/failing.jar"));
        for (int i = 0; i < 100 && p.bundle("org.example.failing.backend") != null; i++) {
            Thread.sleep(100);
        }
        ItPlatform.Output after = p.brainj("run", "coba", "--neurons", "400", "--duration", "50", "--out",
                p.home.resolve("after-failing").toString());
        assertEquals(0, after.status(), after.err());
    }

    @Test
    @Order(8)
    void jarSignedByATrustedKeyIsAdmittedOthersAreRefused(@TempDir Path keys) throws Exception {
        Path store = keys.resolve("keys.p12");
        for (String alias : List.of("lab", "stranger")) {
            jdkTool("keytool", "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=" + alias, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", "changeit", "-keypass", "changeit");
        }
        Path trusted = keys.resolve("trusted-signers.pem");
        jdkTool("keytool", "-exportcert", "-rfc", "-alias", "lab", "-keystore", store.toString(), "-storepass",
                "changeit", "-file", trusted.toString());
        Path unsigned = ItPlatform.itBundle("kernels-command.jar");
        Map<String, Path> signed = new java.util.HashMap<>();
        for (String alias : List.of("lab", "stranger")) {
            Path jar = keys.resolve("kernels-" + alias + ".jar");
            jdkTool("jarsigner", "-keystore", store.toString(), "-storepass", "changeit", "-signedjar",
                    jar.toString(), unsigned.toString(), alias);
            signed.put(alias, jar);
        }
        try (ItPlatform s = ItPlatform.boot("brainj-locked", Map.of(TrustPolicy.SIGNERS_PROPERTY,
                trusted.toString()))) {
            s.deploy(signed.get("stranger"), "kernels.jar");
            String line = s.await(o -> o.out().contains("refused"), "bundles").out().lines()
                    .filter(l -> l.contains("org.brainj.examples.kernels")).findFirst().orElse("");
            assertTrue(line.contains("not signed by a trusted key: signed by a key that is not in " + trusted), line);

            s.deploy(signed.get("lab"), "kernels.jar"); // FileInstall updates the bundle in place
            assertTrue(s.awaitState("org.brainj.examples.kernels", Bundle.ACTIVE), s.brainj("bundles").out());
            assertEquals(0, s.await(o -> o.status() == 0, "kernels").status());

            s.deploy(unsigned, "kernels.jar");
            line = s.await(o -> o.out().contains("refused"), "bundles").out().lines()
                    .filter(l -> l.contains("org.brainj.examples.kernels")).findFirst().orElse("");
            assertTrue(line.contains("is not signed"), line);
        }
    }

    @Test
    @Order(9)
    void neitherAnUpdateOfAPlatformBundleNorAnExplodedFolderGetsPastThePolicy() throws Exception {
        try (ItPlatform s = ItPlatform.boot("brainj-locked")) {
            // FileInstall updates an installed bundle of the same symbolic name and version in place, so a jar
            // that claims to be bundles/'s analysis bundle would otherwise replace it under a bundles/ location.
            Bundle analysis = s.bundle("bundle-analysis");
            Path impostor = ItPlatform.bundleOf(s.home.resolve("impostor.jar"), Map.of("Bundle-SymbolicName",
                    "bundle-analysis", "Bundle-Version", analysis.getVersion().toString()), null);
            s.deploy(impostor, "analysis.jar");
            String line = s.await(o -> o.out().contains("replaced by an update"), "bundles").out().lines()
                    .filter(l -> l.contains("bundle-analysis")).findFirst().orElse("");
            assertTrue(line.contains("refused by the trust policy: its content was replaced by an update"), line);
            assertTrue(analysis.getState() != Bundle.ACTIVE, "the replaced bundle was started");

            // An exploded folder is installed from a jardir: location: no jar to hash, so refused.
            Path folder = s.home.resolve("deploy/exploded");
            Files.createDirectories(folder.resolve("META-INF"));
            Files.writeString(folder.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\n"
                    + "Bundle-ManifestVersion: 2\nBundle-SymbolicName: it.exploded\nBundle-Version: 1.0.0\n");
            line = s.await(o -> o.out().contains("it.exploded"), "bundles").out().lines()
                    .filter(l -> l.contains("it.exploded")).findFirst().orElse("");
            assertTrue(line.contains("refused by the trust policy"), line);
            assertTrue(s.bundle("it.exploded") != null && s.bundle("it.exploded").getState() != Bundle.ACTIVE,
                    "the exploded bundle was started");
        }
    }

    private static void jdkTool(String tool, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), tool + " failed: " + out);
    }

    /** @return inodes of TCP sockets in state LISTEN that this process holds (empty where /proc is missing) */
    static Set<String> listeningSockets() throws IOException {
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path t = Path.of(table);
            if (!Files.isReadable(t)) {
                continue;
            }
            for (String line : Files.readAllLines(t).subList(1, Files.readAllLines(t).size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A")) {
                    listening.add(f[9]);
                }
            }
        }
        Set<String> mine = new HashSet<>();
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return mine;
        }
        try (Stream<Path> s = Files.list(fds)) {
            for (Path fd : (Iterable<Path>) s::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        String inode = target.substring(8, target.length() - 1);
                        if (listening.contains(inode)) {
                            mine.add(inode);
                        }
                    }
                } catch (IOException closedMeanwhile) {
                    // an fd closed while listing is not a listening socket
                }
            }
        }
        return mine;
    }
}
