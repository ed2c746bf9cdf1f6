package org.brainj.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The platform in one JVM: an embedded Felix framework with the bundles of a distribution home installed and
 * started, and FileInstall watching its {@code deploy/} folder. Used by {@link Main} and by the integration tests.
 *
 * <p>The framework cache lives in a fresh temporary folder per process (bundles are installed by reference, not
 * copied), so several {@code brainj} processes can run at once and nothing stale survives a run.
 */
public final class BrainjRuntime implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BrainjRuntime.class.getName());

    /** Framework property naming the distribution's home; read by the CLI bundle. */
    public static final String HOME_PROPERTY = "brainj.home";

    private final Path home;
    private final Path storage;
    private final Framework framework;
    private final Map<String, String> startFailures = new LinkedHashMap<>();
    private TrustPolicy trust;

    private BrainjRuntime(Path home, Path storage, Framework framework) {
        this.home = home;
        this.storage = storage;
        this.framework = framework;
    }

    /**
     * Boots the platform.
     *
     * @param home    the distribution's home (holding {@code bundles/}, {@code deploy/}, {@code profiles/})
     * @param profile a folder name under {@code profiles/} whose bundles are installed too, or null
     * @param extra   further framework properties (they win over the defaults)
     * @return the running platform
     * @throws IOException     if the home is incomplete or the cache cannot be created
     * @throws BundleException if the framework cannot start
     */
    public static BrainjRuntime start(Path home, String profile, Map<String, String> extra)
            throws IOException, BundleException {
        home = home.toAbsolutePath().normalize();
        Path bundles = home.resolve("bundles");
        if (!Files.isDirectory(bundles)) {
            throw new IOException("not a BrainJ distribution: " + bundles + " does not exist");
        }
        Path deploy = Files.createDirectories(home.resolve("deploy"));
        Path storage = Files.createTempDirectory("brainj-felix-");

        Map<String, String> cfg = new HashMap<>();
        cfg.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        cfg.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        cfg.put(HOME_PROPERTY, home.toString());
        cfg.put("felix.fileinstall.dir", deploy.toString());
        cfg.put("felix.fileinstall.poll", "500");
        cfg.put("felix.fileinstall.noInitialDelay", "true");
        cfg.put("felix.fileinstall.bundles.new.start", "true");
        // Errors only: a corrupt jar in deploy/ is reported by 'brainj bundles' in plain words.
        cfg.put("felix.fileinstall.log.level", "1");
        cfg.put("felix.log.level", "1");
        cfg.put("ds.loglevel", "warn");
        // Gogo never reads the terminal on its own; 'brainj shell' opens a session explicitly.
        cfg.put("gosh.args", "--nointeractive --noshutdown");
        // The distribution's own settings (etc/brainj.properties, from its profile), then the caller's.
        cfg.putAll(DistributionConfig.load(home).frameworkProperties());
        if (profile != null && !profile.isBlank()) {
            cfg.put("brainj.profile", profile);
        }
        cfg.putAll(extra);
        // Gogo reads etc/gosh_profile (prompt, command scope) relative to this system property.
        System.setProperty("gosh.home", home.toString());

        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, BrainjRuntime.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IOException("no OSGi framework on the class path"));
        Framework fw = factory.newFramework(cfg);
        fw.init();
        BrainjRuntime rt = new BrainjRuntime(home, storage, fw);
        String allowlist = cfg.get(TrustPolicy.ALLOWLIST_PROPERTY);
        String signers = cfg.get(TrustPolicy.SIGNERS_PROPERTY);
        boolean listed = allowlist != null && !allowlist.isBlank();
        boolean signed = signers != null && !signers.isBlank();
        if (listed || signed) {
            rt.trust = TrustPolicy.register(fw.getBundleContext(), deploy, listed ? home.resolve(allowlist) : null,
                    signed ? home.resolve(signers) : null);
        }
        List<Path> jars = new ArrayList<>(jarsIn(bundles));
        if (profile != null && !profile.isBlank()) {
            Path dir = home.resolve("profiles").resolve(profile);
            if (!Files.isDirectory(dir)) {
                rt.close();
                throw new IOException("profile '" + profile + "' not found: " + dir + " does not exist");
            }
            jars.addAll(jarsIn(dir));
        }
        List<Bundle> installed = new ArrayList<>();
        BundleContext ctx = fw.getBundleContext();
        for (Path jar : jars) {
            try {
                installed.add(ctx.installBundle("reference:" + jar.toUri()));
            } catch (BundleException e) {
                rt.startFailures.put(jar.getFileName().toString(), e.getMessage());
                LOG.log(System.Logger.Level.ERROR, "cannot install " + jar.getFileName() + ": " + e.getMessage());
            }
        }
        fw.start();
        for (Bundle b : installed) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                b.start();
            } catch (BundleException e) {
                // One broken bundle must not take the platform down; 'brainj bundles' explains it.
                rt.startFailures.put(b.getSymbolicName(), e.getMessage());
                LOG.log(System.Logger.Level.ERROR, "cannot start " + b.getSymbolicName() + ": " + e.getMessage());
            }
        }
        return rt;
    }

    private static List<Path> jarsIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** @return the embedded framework */
    public Framework framework() {
        return framework;
    }

    /** @return the distribution's home */
    public Path home() {
        return home;
    }

    /** @return the trust policy for deploy/, or null when the distribution has none */
    public TrustPolicy trust() {
        return trust;
    }

    /** @return bundles (by file or symbolic name) that could not be installed or started, with the reason */
    public Map<String, String> startFailures() {
        return Map.copyOf(startFailures);
    }

    /**
     * Runs one {@code brainj} command inside the platform.
     *
     * @param args the arguments after {@code brainj}
     * @param in   standard input
     * @param out  standard output
     * @param err  standard error
     * @return the command's exit status
     * @throws IllegalStateException if the command-line bundle is not active
     */
    @SuppressWarnings("unchecked")
    public int call(String[] args, InputStream in, PrintStream out, PrintStream err) {
        BundleContext ctx = framework.getBundleContext();
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(ctx, ctx.createFilter(
                    "(&(" + Constants.OBJECTCLASS + "=" + Function.class.getName() + ")(brainj.cli=main))"), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open();
        try {
            Object cli = tracker.waitForService(10_000);
            if (cli == null) {
                throw new IllegalStateException("the command-line bundle org.brainj.cli is not active"
                        + (startFailures.isEmpty() ? "" : "; start failures: " + startFailures));
            }
            Map<String, Object> call = new HashMap<>();
            call.put("args", args);
            call.put("in", in);
            call.put("out", out);
            call.put("err", err);
            Object status = ((Function<Object, Object>) cli).apply(call);
            return status instanceof Integer ? (Integer) status : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            tracker.close();
        }
    }

    /** Stops the framework and deletes its cache. */
    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException e) {
            LOG.log(System.Logger.Level.WARNING, "framework did not stop cleanly: " + e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        deleteTree(storage);
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not delete framework cache " + root + ": " + e);
        }
    }
}
