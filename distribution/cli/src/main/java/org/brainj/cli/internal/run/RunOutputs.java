package org.brainj.cli.internal.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The files of a run: {@code summary.json}, and the writers of {@code spikes.csv} and the {@code VAR.csv} files,
 * which {@link RecordingWriter} fills while the run streams. The CSV files can hold millions of rows, so they are
 * written through buffered writers with {@link Double#toString(double)} (shortest text that reads back to the same
 * double), no per-row objects.
 */
final class RunOutputs {

    /** The summary's file name. */
    static final String SUMMARY = "summary.json";
    /** The spikes' file name. */
    static final String SPIKES = "spikes.csv";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int BUFFER = 1 << 16;

    private RunOutputs() {
    }

    /**
     * @param report what to summarise
     * @return the summary, the documented field names first
     */
    static ObjectNode summary(RunReport report) {
        ObjectNode s = JSON.createObjectNode();
        s.put("model", report.model());
        s.put("neurons", report.neurons());
        s.put("synapses", report.synapses());
        s.put("duration_ms", report.durationMs());
        s.put("simulated_ms", report.simulatedMs());
        s.put("dt_ms", report.dtMs());
        s.put("steps", report.steps());
        s.put("seed", report.seed());
        s.put("method", report.method());
        s.put("backend", report.backend());
        s.put("threads", report.threads());
        ObjectNode t = s.putObject("timings");
        t.put("build_s", report.buildSeconds());
        t.put("run_s", report.runSeconds());
        t.put("total_s", report.totalSeconds());
        putOrNull(t, "s_per_bio_s", report.secondsPerBioSecond());
        ObjectNode pops = s.putObject("populations");
        for (SpikeStatistics p : report.populations()) {
            ObjectNode o = pops.putObject(p.population());
            o.put("size", p.size());
            o.put("spikes", p.spikes());
            o.put("rate_hz", p.rateHz());
            putOrNull(o, "cv_isi", p.cvIsi());
            o.put("cv_neurons", p.cvNeurons());
        }
        s.put("spikes_total", report.spikesTotal());
        s.put("rate_hz", report.rateHz());
        s.put("synaptic_events", report.synapticEvents());
        ObjectNode bundles = s.putObject("bundles");
        for (Map.Entry<String, String> b : report.bundles().entrySet()) {
            bundles.put(b.getKey(), b.getValue());
        }
        if (report.failure() == null) {
            s.putNull("failure");
        } else {
            s.put("failure", report.failure());
        }
        s.put("cancelled", report.cancelled());
        com.fasterxml.jackson.databind.node.ArrayNode files = s.putArray("files");
        for (String f : report.files()) {
            files.add(f);
        }
        // What reproducing this result needs: the exact bundle set with SHA-256 digests, platform, JVM (last, so
        // every field above keeps its place).
        s.set("provenance", org.brainj.cli.internal.Provenance.json(org.brainj.cli.internal.Provenance.context(),
                report.backend(), report.seed(), report.threads()));
        return s;
    }

    private static void putOrNull(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }

    /**
     * @param file    the file
     * @param summary the summary
     * @throws IOException when it cannot be written
     */
    static void writeJson(Path file, ObjectNode summary) throws IOException {
        try (Writer w = writer(file)) {
            w.write(JSON.writeValueAsString(summary)); // writeValue(Writer) would close the writer itself
            w.write('\n');
        }
    }

    /**
     * Creates the folder if needed and proves it writable with a probe file, so a bad {@code --out} is reported
     * before a long run rather than after it.
     *
     * @param dir the output folder
     * @return the folder
     * @throws UsageError naming the folder and why it cannot be used
     */
    static Path prepare(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw UsageError.of("--out", dir.toString(), "the folder cannot be created (" + reason(e) + ")");
        }
        try {
            Path probe = Files.createTempFile(dir, ".brainj-probe-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw UsageError.of("--out", dir.toString(), "the folder cannot be written (" + reason(e) + ")");
        }
        return dir;
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason()
                != null) {
            return ((java.nio.file.FileSystemException) e).getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * @param file a file to create or overwrite
     * @return a buffered UTF-8 writer of it
     * @throws IOException when it cannot be opened
     */
    static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                BUFFER);
    }
}
