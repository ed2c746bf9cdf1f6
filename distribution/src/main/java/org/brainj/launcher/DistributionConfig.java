package org.brainj.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A distribution's configuration, {@code etc/brainj.properties}, written by {@link DistributionAssembler} from its
 * profile file. Two kinds of keys:
 * <ul>
 *   <li>{@code defaults.COMMAND.OPTION=VALUE}: a default option of a command, e.g. {@code defaults.run.backend=cpu}
 *       makes {@code brainj run coba} mean {@code brainj run coba --backend cpu} unless the command line gives
 *       {@code --backend} itself;</li>
 *   <li>every other key is an OSGi framework property, e.g. {@code brainj.trust.allowlist} (see
 *       {@link TrustPolicy}), {@code felix.fileinstall.poll}, {@code brainj.distribution} (the profile's name, which
 *       every run records in its provenance).</li>
 * </ul>
 */
public final class DistributionConfig {

    /** The file, relative to the distribution's home. */
    public static final String FILE = "etc/brainj.properties";
    /** Framework property naming the distribution (its profile). */
    public static final String NAME_PROPERTY = "brainj.distribution";
    /** Prefix of default command options. */
    public static final String DEFAULTS_PREFIX = "defaults.";

    private final Map<String, String> framework;
    private final Map<String, Map<String, String>> defaults;

    private DistributionConfig(Map<String, String> framework, Map<String, Map<String, String>> defaults) {
        this.framework = framework;
        this.defaults = defaults;
    }

    /**
     * @param home the distribution's home
     * @return its configuration; empty when it has no {@value #FILE}
     * @throws IOException when the file exists but cannot be read
     */
    public static DistributionConfig load(Path home) throws IOException {
        Path file = home.resolve(FILE);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        Map<String, String> framework = new TreeMap<>();
        Map<String, Map<String, String>> defaults = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).strip();
            if (key.startsWith(DEFAULTS_PREFIX)) {
                String rest = key.substring(DEFAULTS_PREFIX.length());
                int dot = rest.indexOf('.');
                if (dot <= 0 || dot == rest.length() - 1) {
                    throw new IOException(file + ": key '" + key + "' must be defaults.COMMAND.OPTION, e.g. "
                            + "defaults.run.backend");
                }
                defaults.computeIfAbsent(rest.substring(0, dot), c -> new TreeMap<>())
                        .put(rest.substring(dot + 1), value);
            } else {
                framework.put(key, value);
            }
        }
        return new DistributionConfig(Collections.unmodifiableMap(framework), Collections.unmodifiableMap(defaults));
    }

    /** @return the framework properties it sets */
    public Map<String, String> frameworkProperties() {
        return framework;
    }

    /** @return command name to (option long name without dashes to default value) */
    public Map<String, Map<String, String>> defaults() {
        return defaults;
    }

    /**
     * Adds the configured default options of the command to a command line that does not give them itself.
     *
     * @param args {@code COMMAND [ARGS...]} as typed
     * @return the same arguments, with {@code --OPTION VALUE} inserted after the command name for each configured
     *         default whose option is absent
     */
    public String[] withDefaults(String[] args) {
        if (args.length == 0 || !defaults.containsKey(args[0])) {
            return args;
        }
        List<String> out = new ArrayList<>();
        out.add(args[0]);
        for (Map.Entry<String, String> d : defaults.get(args[0]).entrySet()) {
            String option = "--" + d.getKey();
            boolean given = false;
            for (int i = 1; i < args.length && !given; i++) {
                given = args[i].equals(option) || args[i].startsWith(option + "=");
            }
            if (!given && !d.getValue().isEmpty()) {
                out.add(option);
                out.add(d.getValue());
            }
        }
        out.addAll(List.of(args).subList(1, args.length));
        return out.toArray(new String[0]);
    }
}
