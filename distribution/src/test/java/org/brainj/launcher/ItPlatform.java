package org.brainj.launcher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;

/**
 * One assembled distribution booted in-process for an integration test, in a home of the test's own: {@code bundles/}
 * is the build's (read-only, linked), {@code etc/} a copy (a test may edit it), {@code deploy/} empty.
 */
final class ItPlatform implements AutoCloseable {

    /** What a command printed and returned. */
    record Output(int status, String out, String err) {
    }

    final Path home;
    final BrainjRuntime rt;

    private ItPlatform(Path home, BrainjRuntime rt) {
        this.home = home;
        this.rt = rt;
    }

    /**
     * @param distribution "brainj" (the full one) or "brainj-NAME"
     * @param predeployed  jars in deploy/ before the platform starts
     * @return the booted platform
     * @throws Exception when it cannot start
     */
    static ItPlatform boot(String distribution, Path... predeployed) throws Exception {
        return boot(distribution, Map.of(), predeployed);
    }

    /**
     * @param distribution "brainj" (the full one) or "brainj-NAME"
     * @param properties   framework properties beyond the distribution's own
     * @param predeployed  jars in deploy/ before the platform starts
     * @return the booted platform
     * @throws Exception when it cannot start
     */
    static ItPlatform boot(String distribution, Map<String, String> properties, Path... predeployed)
            throws Exception {
        Path dist = distribution(distribution);
        Path home = Files.createTempDirectory("brainj-it-");
        Files.createDirectories(home.resolve("deploy"));
        for (Path jar : predeployed) {
            Files.copy(jar, home.resolve("deploy").resolve(jar.getFileName()));
        }
        Files.createSymbolicLink(home.resolve("bundles"), dist.resolve("bundles").toAbsolutePath());
        if (Files.isDirectory(dist.resolve("etc"))) {
            try (Stream<Path> s = Files.walk(dist.resolve("etc"))) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Path to = home.resolve("etc").resolve(dist.resolve("etc").relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
        return new ItPlatform(home, BrainjRuntime.start(home, null, properties));
    }

    /** @return the assembled distribution of that name under the build's target folder */
    static Path distribution(String name) {
        return Path.of(System.getProperty("brainj.target", "target")).resolve(name);
    }

    /** @return a bundle the build made for the tests (target/it-bundles) */
    static Path itBundle(String fileName) {
        return Path.of(System.getProperty("brainj.itBundles", "target/it-bundles"), fileName);
    }

    /** Runs a command as {@code bin/brainj} would, with the distribution's default options. */
    Output brainj(String... args) {
        try {
            args = DistributionConfig.load(home).withDefaults(args);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = rt.call(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
                new PrintStream(err, true));
        return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Polls the command for up to 10 s (FileInstall polls every 0.5 s) until the condition holds. */
    Output await(Predicate<Output> condition, String... args) throws InterruptedException {
        Output o = brainj(args);
        for (int i = 0; i < 100 && !condition.test(o); i++) {
            Thread.sleep(100);
            o = brainj(args);
        }
        return o;
    }

    /** @return the installed bundle of that symbolic name, or null */
    Bundle bundle(String bsn) {
        for (Bundle b : rt.framework().getBundleContext().getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /** Waits up to 10 s for the bundle to reach the state; @return whether it did */
    boolean awaitState(String bsn, int state) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Bundle b = bundle(bsn);
            if (b != null && b.getState() == state) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Copies a jar into deploy/ under the name; @return the deployed file */
    Path deploy(Path jar, String name) throws IOException {
        Path to = home.resolve("deploy").resolve(name);
        Files.copy(jar, to, StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    /**
     * Writes a bundle made of test classes: the classes of {@code pkg} from the test build, and the headers given.
     *
     * @param jar     the file to write
     * @param headers manifest headers beyond the manifest version
     * @param pkg     a package of the test classes (may be null for a bundle without code)
     * @return the file
     */
    static Path bundleOf(Path jar, Map<String, String> headers, String pkg) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        headers.forEach(a::putValue);
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(os, mf)) {
            if (pkg != null) {
                Path classes = Path.of(ItPlatform.class.getProtectionDomain().getCodeSource().getLocation().getPath());
                String dir = pkg.replace('.', '/');
                List<Path> files;
                try (Stream<Path> s = Files.list(classes.resolve(dir))) {
                    files = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
                }
                for (Path f : files) {
                    jos.putNextEntry(new JarEntry(dir + "/" + f.getFileName()));
                    jos.write(Files.readAllBytes(f));
                    jos.closeEntry();
                }
            }
        }
        return jar;
    }

    @Override
    public void close() throws IOException {
        rt.close();
        try (Stream<Path> s = Files.walk(home)) {
            s.sorted((x, y) -> y.compareTo(x)).forEach(p -> p.toFile().delete());
        }
    }
}
