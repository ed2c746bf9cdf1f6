package org.brainj.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * What a result needs to be reproduced: the exact bundle set (symbolic name, version, state, file and SHA-256 of
 * each bundle's jar), the platform's version, the distribution profile, the JVM and the operating system. Written
 * into every {@code summary.json} as {@code "provenance"} and listed by {@code brainj bundles --sha256}.
 *
 * <p>The digests are of the jar files the bundles were installed from; a jar is read once per process and again
 * only when its size or modification time changes, so a run pays the hashing (about 16 MB for the full
 * distribution) once.
 */
public final class Provenance {

    /** Symbolic name of the bundle whose version is the platform's version: the published API. */
    public static final String PLATFORM_BSN = "platform-api";
    /** Framework property naming the distribution (its build profile: full, cpu-minimal, ...). */
    public static final String DISTRIBUTION_PROPERTY = "brainj.distribution";
    /** Framework property naming the run-time bundle set under profiles/ (BRAINJ_PROFILE), if any. */
    public static final String PROFILE_PROPERTY = "brainj.profile";

    private static final Map<Path, Digest> DIGESTS = new ConcurrentHashMap<>();

    private record Digest(long size, long modified, String sha256) {
    }

    /**
     * One installed bundle.
     *
     * @param id           the framework's bundle id
     * @param symbolicName Bundle-SymbolicName
     * @param version      Bundle-Version
     * @param state        ACTIVE, RESOLVED, INSTALLED, ...
     * @param file         the jar it was installed from, or null when the location is not a local file
     * @param sha256       lower-case hex SHA-256 of that jar, or null without a file
     */
    public record BundleRecord(long id, String symbolicName, String version, String state, Path file,
                               String sha256) {
    }

    private Provenance() {
    }

    /**
     * @param context a bundle context, or null on a plain class path
     * @return every installed bundle, by id (the system bundle's file is the framework jar)
     */
    public static List<BundleRecord> bundles(BundleContext context) {
        List<BundleRecord> out = new ArrayList<>();
        if (context == null) {
            return out;
        }
        for (Bundle b : context.getBundles()) {
            Path file = b.getBundleId() == 0 ? codeSource(b.getClass()) : file(b.getLocation());
            out.add(new BundleRecord(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(),
                    BundlesCommand.state(b.getState()), file, file == null ? null : sha256(file)));
        }
        out.sort(Comparator.comparingLong(BundleRecord::id));
        return out;
    }

    /** @return the context of the bundle holding this class, or null on a plain class path */
    public static BundleContext context() {
        Bundle self = FrameworkUtil.getBundle(Provenance.class);
        return self == null ? null : self.getBundleContext();
    }

    /**
     * The {@code "provenance"} object of {@code summary.json}.
     *
     * @param context a bundle context, or null on a plain class path
     * @param backend the backend the run used
     * @param seed    the run's seed
     * @param threads the run's worker threads
     * @return the object: platform_version, distribution, profile, backend, seed, threads, jvm{...}, os{...}, bundles[...]
     */
    public static ObjectNode json(BundleContext context, String backend, long seed, int threads) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode p = f.objectNode();
        List<BundleRecord> bundles = bundles(context);
        p.put("platform_version", platformVersion(bundles));
        String distribution = context == null ? null : context.getProperty(DISTRIBUTION_PROPERTY);
        p.put("distribution", distribution == null || distribution.isBlank() ? "unknown" : distribution);
        String profile = context == null ? null : context.getProperty(PROFILE_PROPERTY);
        if (profile == null || profile.isBlank()) {
            p.putNull("profile");
        } else {
            p.put("profile", profile);
        }
        p.put("backend", backend);
        p.put("seed", seed);
        p.put("threads", threads);
        ObjectNode jvm = p.putObject("jvm");
        jvm.put("version", System.getProperty("java.runtime.version", System.getProperty("java.version")));
        jvm.put("vendor", System.getProperty("java.vendor"));
        jvm.put("vm", System.getProperty("java.vm.name"));
        jvm.put("vm_version", System.getProperty("java.vm.version"));
        ObjectNode os = p.putObject("os");
        os.put("name", System.getProperty("os.name"));
        os.put("arch", System.getProperty("os.arch"));
        os.put("version", System.getProperty("os.version"));
        var list = p.putArray("bundles");
        for (BundleRecord b : bundles) {
            ObjectNode o = list.addObject();
            o.put("id", b.id());
            o.put("symbolic_name", b.symbolicName());
            o.put("version", b.version());
            o.put("state", b.state());
            if (b.file() == null) {
                o.putNull("file");
                o.putNull("sha256");
            } else {
                o.put("file", b.file().getFileName().toString());
                o.put("sha256", b.sha256());
            }
        }
        return p;
    }

    /**
     * @param bundles the installed bundles
     * @return the version of {@link #PLATFORM_BSN}, or of this class's jar manifest on a plain class path, or
     *         "unknown"
     */
    static String platformVersion(List<BundleRecord> bundles) {
        for (BundleRecord b : bundles) {
            if (PLATFORM_BSN.equals(b.symbolicName())) {
                return b.version();
            }
        }
        Package api = org.brainj.api.platform.Providers.class.getPackage();
        String v = api == null ? null : api.getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /**
     * @param location a bundle location: {@code reference:file:...}, {@code file:...} or anything else
     * @return the local file it names, or null
     */
    static Path file(String location) {
        if (location == null) {
            return null;
        }
        String l = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        try {
            URI u = new URI(l);
            if (!"file".equals(u.getScheme())) {
                return null;
            }
            Path p = Path.of(u);
            return Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    private static Path codeSource(Class<?> c) {
        try {
            var src = c.getProtectionDomain().getCodeSource();
            if (src == null || src.getLocation() == null) {
                return null;
            }
            Path p = Path.of(src.getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    /**
     * @param file a file
     * @return its SHA-256 in lower-case hex, or null when it cannot be read
     */
    public static String sha256(Path file) {
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            Digest d = DIGESTS.get(file);
            if (d != null && d.size() == size && d.modified() == modified) {
                return d.sha256();
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    md.update(buf, 0, n);
                }
            }
            String hex = HexFormat.of().formatHex(md.digest()).toLowerCase(Locale.ROOT);
            DIGESTS.put(file, new Digest(size, modified, hex));
            return hex;
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
