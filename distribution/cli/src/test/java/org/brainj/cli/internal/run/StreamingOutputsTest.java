package org.brainj.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.brainj.api.command.Command;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProgressListener;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.SpikeRecord;
import org.brainj.cli.internal.CliHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brainj run} streams its recordings to the files as the run makes them: the files and the statistics equal
 * what the in-memory path wrote before ({@link InMemoryReference}), also when the recordings span many chunks and
 * the populations' chunks of one variable differ in length.
 */
class StreamingOutputsTest {

    @TempDir
    Path tmp;

    @AfterEach
    void defaults() {
        FakeSimulator.chunk = 1 << 16;
    }

    /** Runs the last run's spec, options and monitors again, keeping everything in memory. */
    private static RunResult inMemoryAgain() {
        RunRequest streamed = FakeSimulator.lastRequest;
        assertTrue(streamed.sink() != null, "brainj run streams to a sink");
        return new FakeSimulator().build(FakeSimulator.lastSpec, FakeSimulator.lastOptions)
                .run(new RunRequest(streamed.duration(), streamed.monitors(), ProgressListener.NONE, () -> false));
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    /** The summary's statistics equal {@link SpikeStatistics#of} over the in-memory records, bit for bit. */
    private static void assertStatisticsEqual(Path summary, RunResult memory) throws IOException {
        JsonNode pops = json(summary).get("populations");
        long total = 0;
        for (String p : memory.spikePopulations()) {
            SpikeRecord r = memory.spikes(p);
            SpikeStatistics expected = SpikeStatistics.of(r, memory.duration());
            JsonNode o = pops.get(p);
            assertEquals(expected.size(), o.get("size").asInt(), p);
            assertEquals(expected.spikes(), o.get("spikes").asLong(), p);
            assertEquals(expected.rateHz(), o.get("rate_hz").asDouble(), 0.0, p);
            assertEquals(expected.cvIsi(), o.get("cv_isi").asDouble(), 0.0, p);
            assertEquals(expected.cvNeurons(), o.get("cv_neurons").asInt(), p);
            total += r.count();
        }
        assertEquals(total, json(summary).get("spikes_total").asLong());
    }

    /** Rows of spikes.csv by population, in file order. */
    private static Map<String, List<String>> byPopulation(Path spikes) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(spikes);
        for (String l : lines.subList(1, lines.size())) {
            out.computeIfAbsent(l.substring(0, l.indexOf(',')), k -> new ArrayList<>()).add(l);
        }
        return out;
    }

    @Test
    void streamedFilesEqualTheInMemoryPathByteForByte() throws IOException {
        Path out = tmp.resolve("s");
        CliHarness.Result r = RunFixture.run("fakenet", "--monitor", "V", "--monitor", "E.g",
                "--monitor", "I.g[0:3]", "--out", out.toString());
        assertEquals(Command.OK, r.status(), r.err());
        RunResult memory = inMemoryAgain();
        Path ref = Files.createDirectories(tmp.resolve("ref"));
        List<String> files = InMemoryReference.write(ref, memory);
        assertEquals(List.of("spikes.csv", "V.csv", "g.csv"), files);
        for (String f : files) {
            assertEquals(Files.readString(ref.resolve(f)), Files.readString(out.resolve(f)), f);
        }
        assertEquals("time_ms,E:0", Files.readAllLines(out.resolve("g.csv")).get(0).substring(0, 11));
        assertTrue(Files.readAllLines(out.resolve("g.csv")).get(0).endsWith(",E:99,I:0,I:1,I:2"));
        assertStatisticsEqual(out.resolve("summary.json"), memory);
        List<String> listed = new ArrayList<>();
        json(out.resolve("summary.json")).get("files").forEach(n -> listed.add(n.asText()));
        assertEquals(List.of("summary.json", "spikes.csv", "V.csv", "g.csv"), listed);
    }

    @Test
    void recordingsOfManyChunksAreWrittenWhole() throws IOException {
        // 7 entries a chunk: E's 100 columns of g come one row a chunk, I's 3 columns two rows a chunk, V's rows
        // one by one; spikes in chunks of 7, so E's and I's rows alternate in spikes.csv.
        FakeSimulator.chunk = 7;
        Path out = tmp.resolve("s");
        CliHarness.Result r = RunFixture.run("fakenet", "--monitor", "V[0:5]", "--monitor", "E.g",
                "--monitor", "I.g[0:3]", "--duration", "200", "--out", out.toString());
        assertEquals(Command.OK, r.status(), r.err());
        RunResult memory = inMemoryAgain();
        Path ref = Files.createDirectories(tmp.resolve("ref"));
        InMemoryReference.write(ref, memory);
        for (String f : List.of("V.csv", "g.csv")) {
            assertEquals(Files.readString(ref.resolve(f)), Files.readString(out.resolve(f)), f);
        }
        assertEquals(2001, Files.readAllLines(out.resolve("g.csv")).size());
        List<String> lines = Files.readAllLines(out.resolve("spikes.csv"));
        assertEquals("population,index,time_ms", lines.get(0));
        long total = memory.spikes("E").count() + memory.spikes("I").count();
        assertTrue(total > 1000, "many chunks: " + total);
        assertEquals(total + 1, lines.size());
        assertEquals(byPopulation(ref.resolve("spikes.csv")), byPopulation(out.resolve("spikes.csv")),
                "each population's rows, in time order");
        assertTrue(lines.subList(1, 300).stream().anyMatch(l -> l.startsWith("I,")),
                "the populations' chunks alternate as they arrive");
        assertStatisticsEqual(out.resolve("summary.json"), memory);
    }

    @Test
    void variablesSampledAtDifferentIntervalsGetOneFilePerPopulation() throws IOException {
        FakeSimulator.chunk = 5;
        JsonSpec.Reader twoRates = file -> new JsonSpec(new NetworkSpec("rates",
                List.of(new PopulationSpec("P", "FakeLif", 4, Parameters.empty()),
                        new PopulationSpec("Q", "FakeLif", 3, Parameters.empty())), List.of(), List.of()),
                OptionalDouble.of(20.0), OptionalDouble.empty(), OptionalLong.empty(),
                List.of(new MonitorSpec("P.V", 1, null), new MonitorSpec("Q.V", 3, new int[] {2}),
                        new MonitorSpec("P.g", 2, null), new MonitorSpec("Q.g", 2, null)));
        RunCommand cmd = new RunCommand(() -> new ModelResolver(List.of(new FakeCatalog()),
                List.of(new FakeModels()), twoRates), () -> Optional.of(new FakeSimulator()),
                err -> RunCancellation.manual());
        Path spec = Files.writeString(tmp.resolve("rates.json"), "{}");
        Path out = tmp.resolve("s");
        CliHarness.Result r = CliHarness.run(List.<Command>of(cmd), "run", spec.toString(), "--out", out.toString());
        assertEquals(Command.OK, r.status(), r.err());
        Path ref = Files.createDirectories(tmp.resolve("ref"));
        List<String> files = InMemoryReference.write(ref, inMemoryAgain());
        assertEquals(List.of("spikes.csv", "P.V.csv", "Q.V.csv", "g.csv"), files);
        for (String f : files.subList(1, files.size())) {
            assertEquals(Files.readString(ref.resolve(f)), Files.readString(out.resolve(f)), f);
        }
        assertEquals(byPopulation(ref.resolve("spikes.csv")), byPopulation(out.resolve("spikes.csv")));
        assertEquals("time_ms,2", Files.readAllLines(out.resolve("Q.V.csv")).get(0));
        assertEquals("time_ms,P:0,P:1,P:2,P:3,Q:0,Q:1,Q:2", Files.readAllLines(out.resolve("g.csv")).get(0));
    }

    @Test
    void plotsAreDrawnFromTheFilesAndABigRasterSaysItIsSubsampled() throws IOException {
        Path out = tmp.resolve("p");
        // 2500 neurons firing every 5 to 7 ms for 600 ms: about 250,000 spikes, more than a raster shows.
        CliHarness.Result r = RunFixture.run("fakenet", "--neurons", "2500", "--duration", "600", "--monitor",
                "V[0:12]", "--plot", "--out", out.toString());
        assertEquals(Command.OK, r.status(), r.err());
        assertFalse(r.err().contains("could not draw"), r.err());
        assertTrue(Files.size(out.resolve("raster.png")) > 1000);
        assertTrue(Files.size(out.resolve("V.png")) > 1000);
        List<SpikeStatistics> stats = new ArrayList<>();
        JsonNode pops = json(out.resolve("summary.json")).get("populations");
        for (String p : List.of("E", "I")) {
            stats.add(new SpikeStatistics(p, pops.get(p).get("size").asInt(), pops.get(p).get("spikes").asLong(),
                    0, 0, 0));
        }
        assertTrue(stats.get(0).spikes() + stats.get(1).spikes() > Plots.MAX_RASTER_POINTS);
        String title = Plots.raster(tmp.resolve("again.png"), out.resolve("spikes.csv"), stats, 600, "t");
        assertTrue(title.startsWith("t (subsampled: first ") && title.contains("of each population's neurons"),
                title);
    }

    @Test
    void decimatorKeepsWhatDecimateKeeps() {
        java.util.Random rnd = new java.util.Random(3);
        for (int n : new int[] {0, 1, 5, 2400, 2401, 9999, 100_003}) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextGaussian();
            }
            Plots.Decimator d = new Plots.Decimator(n, 2400);
            for (int i = 0; i < n; i++) {
                d.add(i * 0.5, v[i]);
            }
            int[] keep = d.indices();
            double[] x = d.x();
            double[] y = d.y();
            for (int k = 0; k < keep.length; k++) {
                assertEquals(keep[k] * 0.5, x[k]);
                assertEquals(v[keep[k]], y[k]);
                assertTrue(k == 0 || keep[k] > keep[k - 1]);
            }
            assertTrue(keep.length <= 2400);
            if (n > 0 && n <= 2400) {
                assertEquals(n, keep.length);
            }
        }
    }

    @Test
    void aFileThatCannotBeWrittenFailsTheRunAndSaysWhich() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");
        Path out = Files.createDirectories(tmp.resolve("f"));
        Files.createSymbolicLink(out.resolve("spikes.csv"), full);
        CliHarness.Result r = RunFixture.run("fakenet", "--duration", "500", "--out", out.toString());
        assertEquals(Command.FAILED, r.status(), r.out());
        assertTrue(r.err().contains("could not write spikes.csv: "), r.err());
        JsonNode s = json(out.resolve("summary.json"));
        assertTrue(s.get("failure").asText().startsWith("could not write spikes.csv"), s.toString());
        assertTrue(s.get("populations").get("E").get("spikes").asLong() > 0, "the statistics are still whole");
    }
}
