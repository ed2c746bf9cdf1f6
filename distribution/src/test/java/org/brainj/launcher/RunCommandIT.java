package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code brainj run}, {@code bench} and {@code spec} inside the assembled platform (Felix with the real bundles):
 * the files they write and every field of {@code summary.json} (the files' names and fields are a contract), runs
 * whose recordings stream over more than one chunk, and the example network specs in {@code examples/networks},
 * which must be what {@code brainj spec} makes of the catalogue now.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunCommandIT {

    /** The example networks, one per catalogue network. */
    static final List<String> EXAMPLES = List.of("coba", "cuba", "cobahh", "coba-brainpy", "decision-making");

    private Path home;
    private Path work;
    private BrainjRuntime rt;

    record Output(int status, String out, String err) {
    }

    @BeforeAll
    void boot() throws Exception {
        Path dist = Path.of(System.getProperty("brainj.dist", "target/brainj"));
        home = Files.createTempDirectory("brainj-run-it-");
        Files.createDirectories(home.resolve("deploy"));
        Files.createSymbolicLink(home.resolve("bundles"), dist.resolve("bundles").toAbsolutePath());
        work = Files.createDirectories(home.resolve("work"));
        rt = BrainjRuntime.start(home, null, Map.of());
        assertTrue(rt.startFailures().isEmpty(), "start failures: " + rt.startFailures());
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

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    /** @return examples/networks of the source tree (the tests run in distribution/) */
    private static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/networks"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "examples/networks not found above " + Path.of("").toAbsolutePath());
        return dir.resolve("examples/networks");
    }

    @Test
    void runCobaWritesTheSummaryWithEveryContractFieldAndTheSpikes() throws IOException {
        Path out = work.resolve("coba");
        Output o = brainj("run", "coba", "--duration", "100", "--out", out.toString());
        assertEquals(0, o.status(), o.err() + o.out());
        JsonNode s = json(out.resolve("summary.json"));
        for (String f : List.of("model", "neurons", "synapses", "duration_ms", "dt_ms", "steps", "seed", "method",
                "backend", "threads", "timings", "populations", "spikes_total", "rate_hz", "bundles")) {
            assertTrue(s.has(f), "summary.json lacks " + f + ": " + s);
        }
        assertEquals("coba", s.get("model").asText());
        assertEquals(4000, s.get("neurons").asInt());
        assertTrue(s.get("synapses").asLong() > 250_000, s.toString());
        assertEquals(100.0, s.get("duration_ms").asDouble());
        assertEquals(0.1, s.get("dt_ms").asDouble());
        assertEquals(1000, s.get("steps").asLong());
        assertEquals(42, s.get("seed").asLong());
        assertEquals("exp_auto", s.get("method").asText());
        assertTrue(s.get("backend").asText().startsWith("cpu"), s.get("backend").asText());
        assertEquals(1, s.get("threads").asInt());
        for (String t : List.of("build_s", "run_s", "total_s")) {
            assertTrue(s.get("timings").get(t).asDouble() > 0, t + ": " + s.get("timings"));
        }
        long total = 0;
        for (String p : List.of("E", "I")) {
            JsonNode pop = s.get("populations").get(p);
            for (String f : List.of("size", "spikes", "rate_hz", "cv_isi")) {
                assertTrue(pop.has(f), p + " lacks " + f + ": " + pop);
            }
            total += pop.get("spikes").asLong();
        }
        assertEquals(3200, s.get("populations").get("E").get("size").asInt());
        assertEquals(800, s.get("populations").get("I").get("size").asInt());
        assertTrue(total > 0, "COBA fires");
        assertEquals(total, s.get("spikes_total").asLong());
        assertEquals(total / (4000 * 0.1), s.get("rate_hz").asDouble(), 1e-9);
        assertTrue(s.get("bundles").has("bundle-models") && s.get("bundles").has("org.brainj.cli"),
                s.get("bundles").toString());
        assertTrue(s.get("failure").isNull());
        List<String> spikes = Files.readAllLines(out.resolve("spikes.csv"));
        assertEquals("population,index,time_ms", spikes.get(0));
        assertEquals(total + 1, spikes.size());
    }

    @Test
    void aRecordingOfManyChunksStreamsWholeAndItsStatisticsMatchTheFile() throws IOException {
        // 1500 ms of COBA: about 90,000 spikes of E, more than one 65,536-spike chunk; V of 200 members.
        Path out = work.resolve("long");
        Output o = brainj("run", "coba", "--duration", "1500", "--monitor", "V", "--out", out.toString());
        assertEquals(0, o.status(), o.err() + o.out());
        JsonNode s = json(out.resolve("summary.json"));
        long e = s.get("populations").get("E").get("spikes").asLong();
        assertTrue(e > 65_536, "more than one chunk: " + e);
        Map<String, Map<Integer, double[]>> stats = new LinkedHashMap<>();
        Map<String, Double> last = new HashMap<>();
        long rows = 0;
        List<String> lines = Files.readAllLines(out.resolve("spikes.csv"));
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            double t = Double.parseDouble(f[2]);
            assertTrue(t >= last.getOrDefault(f[0], 0.0), "each population's rows in time order: " + l);
            last.put(f[0], t);
            // per member: count, last spike, sum of ISIs, sum of squared ISIs
            double[] m = stats.computeIfAbsent(f[0], k -> new HashMap<>()).computeIfAbsent(
                    Integer.parseInt(f[1]), k -> new double[4]);
            if (m[0] > 0) {
                double isi = t - m[1];
                m[2] += isi;
                m[3] += isi * isi;
            }
            m[0]++;
            m[1] = t;
            rows++;
        }
        assertEquals(s.get("spikes_total").asLong(), rows);
        for (String p : List.of("E", "I")) {
            JsonNode pop = s.get("populations").get(p);
            long count = 0;
            double cv = 0;
            int n = 0;
            for (double[] m : stats.get(p).values()) {
                count += (long) m[0];
                if (m[0] >= 3) {
                    double k = m[0] - 1;
                    double mean = m[2] / k;
                    cv += Math.sqrt(Math.max(m[3] / k - mean * mean, 0)) / mean;
                    n++;
                }
            }
            assertEquals(pop.get("spikes").asLong(), count, p);
            assertEquals(pop.get("cv_isi").asDouble(), cv / n, 1e-9, p);
        }
        List<String> v = Files.readAllLines(out.resolve("V.csv"));
        assertEquals(15_001, v.size(), "a row per step after the header");
        assertEquals(201, v.get(0).split(",").length);
        assertTrue(v.get(0).startsWith("time_ms,E:0,E:1,") && v.get(0).endsWith(",I:99"), v.get(0));
        for (int r = 1; r < v.size(); r += 1499) {
            String[] f = v.get(r).split(",");
            assertEquals(201, f.length, "row " + r);
            assertEquals(r * 0.1, Double.parseDouble(f[0]), 1e-9, "row " + r);
        }
    }

    @Test
    void singleNeuronWritesItsMonitoredVariable() throws IOException {
        Path out = work.resolve("lif");
        Output o = brainj("run", "neuron:LifRef", "--input", "30", "--duration", "50", "--monitor", "V", "--out",
                out.toString());
        assertEquals(0, o.status(), o.err() + o.out());
        List<String> v = Files.readAllLines(out.resolve("V.csv"));
        assertEquals("time_ms,0", v.get(0));
        assertEquals(501, v.size());
        assertTrue(json(out.resolve("summary.json")).get("populations").get("LifRef").get("spikes").asLong() > 0,
                "30 of input drives it over threshold");
    }

    @Test
    void theExampleCobaSpecRuns() throws IOException {
        Path out = work.resolve("json");
        Output o = brainj("run", examples().resolve("coba.json").toString(), "--duration", "50", "--out",
                out.toString());
        assertEquals(0, o.status(), o.err() + o.out());
        JsonNode s = json(out.resolve("summary.json"));
        assertEquals(4000, s.get("neurons").asInt());
        assertEquals(500, s.get("steps").asLong());
        assertTrue(Files.readAllLines(out.resolve("spikes.csv")).size() > 1);
    }

    @Test
    void benchWritesItsCsv() throws IOException {
        Path out = work.resolve("bench");
        Output o = brainj("bench", "coba", "--neurons", "1000", "--duration", "50", "--repeat", "1", "--out",
                out.toString());
        assertEquals(0, o.status(), o.err() + o.out());
        List<String> csv = Files.readAllLines(out.resolve("bench.csv"));
        assertEquals(2, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(1).startsWith("1000,"), csv.get(1));
    }

    @Test
    void theExampleSpecsAreWhatSpecMakesOfTheCatalogueAndReadBackUnchanged() throws IOException {
        for (String n : EXAMPLES) {
            Path file = examples().resolve(n + ".json");
            String text = Files.readString(file);
            Output fromCatalogue = brainj("spec", n);
            assertEquals(0, fromCatalogue.status(), n + ": " + fromCatalogue.err());
            assertEquals(fromCatalogue.out(), text, n + ".json is not what 'brainj spec " + n
                    + "' prints now; regenerate it with brainj spec " + n + " --out examples/networks/" + n + ".json");
            // Read and written back: the file parses to exactly the network the catalogue gives.
            Output roundTrip = brainj("spec", file.toString());
            assertEquals(0, roundTrip.status(), n + ": " + roundTrip.err());
            assertEquals(text, roundTrip.out(), n);
        }
        assertFalse(brainj("spec", "nonet").err().isEmpty());
    }
}
