package org.brainj.cli.internal.spec;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.brainj.api.core.ModelException;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.NetworkSpec;

/**
 * Reads and writes networks as JSON, so that users define a network without writing Java. The format is documented
 * in {@code docs/network-spec.md}.
 *
 * <p>Reading checks every model and connector name, parameter name, unit and range against the installed
 * {@link org.brainj.api.model.ModelFactory} and {@link org.brainj.api.model.ConnectorFactory} providers. Every error
 * is a {@link ModelException} whose message starts with the source's name and the JSON path of the offending node,
 * e.g. {@code coba.json: $.projections[1].synapse.tau: ...}, then says what is wrong and what is allowed; malformed
 * JSON is reported with its line and column.
 */
public final class JsonNetworkSpecs {

    /**
     * A network spec file: the network plus the run settings it may carry.
     *
     * @param network  the network
     * @param duration the run's duration [ms], when the file gives one
     * @param dt       the time step [ms], when the file gives one
     * @param seed     the random seed, when the file gives one
     * @param monitors what to record (empty when the file names nothing)
     */
    public record SpecFile(NetworkSpec network, OptionalDouble duration, OptionalDouble dt, OptionalLong seed,
                           List<MonitorSpec> monitors) {

        /** Checks every field is present and copies the monitors. */
        public SpecFile {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(dt, "dt");
            Objects.requireNonNull(seed, "seed");
            monitors = List.copyOf(monitors);
        }

        /**
         * @param network the network
         * @return a spec file with no run settings and no monitors
         */
        public static SpecFile of(NetworkSpec network) {
            return new SpecFile(network, OptionalDouble.empty(), OptionalDouble.empty(), OptionalLong.empty(),
                    List.of());
        }
    }

    // Comments are allowed because spec files are written by hand; duplicate keys and trailing content are errors,
    // since either one silently drops part of what the user wrote.
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonNetworkSpecs() {
    }

    /**
     * Reads a spec file (UTF-8).
     *
     * @param file the file
     * @return its contents, checked
     * @throws ModelException when the file cannot be read or the spec is wrong, naming the file, the JSON path and
     *                        what is allowed
     */
    public static SpecFile read(Path file) {
        String source = file.toString();
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ModelException(source + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new ModelException(source + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new ModelException(source + ": cannot read: " + e, e);
        }
        if (json.startsWith("\uFEFF")) {
            // Editors on Windows may start UTF-8 files with a byte-order mark, which is not JSON.
            json = json.substring(1);
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(json, source, dir == null ? Path.of("") : dir);
    }

    /**
     * Parses a spec.
     *
     * @param json       the JSON text
     * @param sourceName where it came from (a file name), for messages and as the network's name when the spec
     *                   gives none
     * @return the spec, checked against the installed model and connector factories
     * @throws ModelException when the spec is wrong, naming the source, the JSON path and what is allowed
     */
    public static SpecFile parse(String json, String sourceName) {
        return parse(json, sourceName, Path.of(""));
    }

    /**
     * Parses a spec whose data files ({@code "file"} of a data connector, coupling matrices) are named relative to
     * a directory.
     *
     * @param json       the JSON text
     * @param sourceName where it came from, for messages and as the default network name
     * @param baseDir    the directory relative data file paths are resolved against (a spec file's directory)
     * @return the spec, checked; data file paths made absolute
     * @throws ModelException when the spec is wrong or a data file does not exist, naming the source and the JSON
     *                        path
     */
    public static SpecFile parse(String json, String sourceName, Path baseDir) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(sourceName, "sourceName");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            String why = e.getOriginalMessage();
            int hint = why.indexOf(": enable `");
            if (hint > 0) {
                // Jackson's hint names a Java feature switch, which a spec's author cannot set.
                why = why.substring(0, hint);
            }
            throw new ModelException(sourceName + ": " + where + "malformed JSON: " + why, e);
        }
        return new SpecReader(sourceName, ModelCatalog.fromProviders(), baseDir).read(root);
    }

    /**
     * Writes a spec as pretty-printed JSON in the documented format; values are plain numbers in each parameter's
     * own unit, so {@code parse(write(s), name).network()} equals {@code s.network()}.
     *
     * @param spec the spec
     * @return the JSON text, ending with a newline
     */
    public static String write(SpecFile spec) {
        return SpecWriter.write(spec);
    }
}
