package org.brainj.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds a lab distribution from the full one and a profile: one properties file, {@code profiles/NAME.properties},
 * plus an optional folder {@code profiles/NAME/} copied over the result (a lab's own bundles in
 * {@code NAME/bundles/}, an allow-list in {@code NAME/etc/}, ...). No Java is needed to define one.
 *
 * <p>Keys of a profile file:
 * <ul>
 *   <li>{@code description}: one line, for people;</li>
 *   <li>{@code bundles.include}: file-name globs (comma or space separated) picking jars of the full distribution's
 *       {@code bundles/}; {@code *} keeps all. A glob that matches nothing is an error (a typo would otherwise build
 *       a distribution that does not start);</li>
 *   <li>{@code bundles.exclude}: globs removed again from that choice;</li>
 *   <li>every other key goes to the distribution's {@code etc/brainj.properties}: default command options
 *       ({@code defaults.run.backend=cpu}) and framework properties ({@code brainj.trust.allowlist=...}); see
 *       {@link DistributionConfig}.</li>
 * </ul>
 * The result is {@code TARGET/brainj-NAME/}, laid out like the full distribution and started the same way
 * ({@code bin/brainj}); for the profile {@code full}, which describes the full distribution itself, only its
 * configuration (and overlay) is written in place.
 *
 * <p>Usage: {@code java -cp brainj-launcher.jar org.brainj.launcher.DistributionAssembler FULL_HOME PROFILES_DIR
 * TARGET_DIR NAME...}; the Maven build runs it for the profiles listed in {@code brainj.profiles}.
 */
public final class DistributionAssembler {

    private static final String INCLUDE = "bundles.include";
    private static final String EXCLUDE = "bundles.exclude";
    private static final String DESCRIPTION = "description";
    /** The profile that describes the full distribution itself: its configuration is written in place. */
    private static final String FULL = "full";

    private DistributionAssembler() {
    }

    /**
     * @param args FULL_HOME PROFILES_DIR TARGET_DIR NAME... (a NAME may be comma-separated list)
     * @throws IOException when a profile is invalid or a file cannot be copied
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: DistributionAssembler FULL_HOME PROFILES_DIR TARGET_DIR NAME...");
        }
        Path full = Path.of(args[0]).toAbsolutePath().normalize();
        Path profiles = Path.of(args[1]);
        Path target = Path.of(args[2]);
        for (int i = 3; i < args.length; i++) {
            for (String name : args[i].split("[,\\s]+")) {
                if (!name.isBlank()) {
                    Path home = assemble(full, profiles, name.strip(), target);
                    System.out.println("[brainj] distribution '" + name.strip() + "': " + home);
                }
            }
        }
    }

    /**
     * @param full     the full distribution's home
     * @param profiles the folder holding NAME.properties (and optional NAME/ overlays)
     * @param name     the profile's name
     * @param target   where {@code brainj-NAME/} is created
     * @return the assembled distribution's home
     * @throws IOException when the profile is invalid or files cannot be copied
     */
    public static Path assemble(Path full, Path profiles, String name, Path target) throws IOException {
        Path file = profiles.resolve(name + ".properties");
        if (!Files.isRegularFile(file)) {
            throw new IOException("profile '" + name + "' not found: " + file + " does not exist");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        List<Path> jars = select(full.resolve("bundles"), p.getProperty(INCLUDE, "*"), p.getProperty(EXCLUDE, ""),
                file);
        Path home = FULL.equals(name) ? full : target.resolve("brainj-" + name).toAbsolutePath().normalize();
        if (!home.equals(full)) {
            deleteTree(home);
            copyTree(full.resolve("bin"), home.resolve("bin"));
            copyTree(full.resolve("lib"), home.resolve("lib"));
            // Only the platform's own files: whatever someone dropped into the full distribution's deploy/ or
            // profiles/ is not part of it.
            for (String f : List.of("etc/gosh_profile", "deploy/README.txt", "profiles/README.txt")) {
                copyTree(full.resolve(f), home.resolve(f));
            }
            Files.createDirectories(home.resolve("deploy"));
            Path bundles = Files.createDirectories(home.resolve("bundles"));
            for (Path jar : jars) {
                Files.copy(jar, bundles.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Path script = home.resolve("bin/brainj");
            if (Files.exists(script)) {
                script.toFile().setExecutable(true, false);
            }
        }
        Path overlay = profiles.resolve(name);
        if (Files.isDirectory(overlay)) {
            copyTree(overlay, home);
        }
        writeConfig(home, name, p);
        return home;
    }

    private static List<Path> select(Path bundles, String include, String exclude, Path profile) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(bundles)) {
            all = s.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        List<PathMatcher> excludes = matchers(exclude);
        List<Path> out = new ArrayList<>();
        for (String glob : globs(include)) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            boolean any = false;
            for (Path jar : all) {
                if (m.matches(jar.getFileName())) {
                    any = true;
                    if (!out.contains(jar) && excludes.stream().noneMatch(x -> x.matches(jar.getFileName()))) {
                        out.add(jar);
                    }
                }
            }
            if (!any) {
                throw new IOException(profile + ": " + INCLUDE + " pattern '" + glob + "' matches no jar in "
                        + bundles);
            }
        }
        return out;
    }

    private static List<String> globs(String list) {
        List<String> out = new ArrayList<>();
        for (String g : list.split("[,\\s]+")) {
            if (!g.isBlank()) {
                out.add(g.strip());
            }
        }
        return out;
    }

    private static List<PathMatcher> matchers(String list) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs(list)) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        return out;
    }

    private static void writeConfig(Path home, String name, Properties p) throws IOException {
        TreeMap<String, String> config = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!key.equals(INCLUDE) && !key.equals(EXCLUDE) && !key.equals(DESCRIPTION)) {
                config.put(key, p.getProperty(key).strip());
            }
        }
        config.put(DistributionConfig.NAME_PROPERTY, name);
        Path file = home.resolve(DistributionConfig.FILE);
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# BrainJ distribution '" + name + "'" + (p.getProperty(DESCRIPTION) == null ? ""
                    : ": " + p.getProperty(DESCRIPTION).strip()) + "\n");
            w.write("# Written from its profile file by the build; see docs/distributions.md.\n");
            for (var e : config.entrySet()) {
                w.write(escape(e.getKey()) + "=" + escape(e.getValue()) + "\n");
            }
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path src : (Iterable<Path>) s::iterator) {
                Path dst = to.resolve(from.relativize(src).toString());
                if (Files.isDirectory(src)) {
                    Files.createDirectories(dst);
                } else {
                    Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted((a, b) -> b.compareTo(a))::iterator) {
                Files.delete(p);
            }
        }
    }
}
