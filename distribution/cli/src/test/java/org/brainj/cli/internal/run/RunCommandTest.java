package org.brainj.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.brainj.api.command.Command;
import org.brainj.api.model.Initializer;
import org.brainj.api.run.InputSpec;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.cli.internal.CliHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brainj run} end to end over the fake simulator: the files it writes and what it passes to the model. */
class RunCommandTest {

    @TempDir
    Path tmp;

    @AfterEach
    void noHook() {
        FakeSimulator.stepHook = s -> { };
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void writesSummarySpikesAndOneCsvPerVariable() throws IOException {
        Path out = tmp.resolve("r");
        CliHarness.Result r = RunFixture.run("fakenet", "--monitor", "V", "--out", out.toString());
        assertEquals(Command.OK, r.status(), r.err());
        // 150 neurons: E has 120 (> 100, so its first 100 are recorded, said once), I has 30.
        assertTrue(r.err().contains("recording the first 100 members of E (120)"), r.err());

        JsonNode s = json(out.resolve("summary.json"));
        assertEquals("fakenet", s.get("model").asText());
        assertEquals(150, s.get("neurons").asInt());
        assertEquals(1000, s.get("synapses").asLong());
        assertEquals(50.0, s.get("duration_ms").asDouble());
        assertEquals(0.1, s.get("dt_ms").asDouble());
        assertEquals(500, s.get("steps").asLong());
        assertEquals(42, s.get("seed").asLong());
        assertEquals("exp_auto", s.get("method").asText());
        assertEquals("fake", s.get("backend").asText());
        assertEquals(1, s.get("threads").asInt());
        assertEquals(0.25, s.get("timings").get("run_s").asDouble());
        assertTrue(s.get("timings").get("build_s").asDouble() >= 0);
        assertTrue(s.get("timings").get("total_s").asDouble() > 0);
        assertTrue(s.get("bundles").isObject() && s.get("bundles").isEmpty(), "plain class path: no bundles");
        assertTrue(s.get("failure").isNull());
        assertFalse(s.get("cancelled").asBoolean());

        List<String> spikes = Files.readAllLines(out.resolve("spikes.csv"));
        assertEquals("population,index,time_ms", spikes.get(0));
        long e = s.get("populations").get("E").get("spikes").asLong();
        long i = s.get("populations").get("I").get("spikes").asLong();
        assertEquals(e + i, spikes.size() - 1);
        assertEquals(e + i, s.get("spikes_total").asLong());
        assertEquals(10 * (e + i), s.get("synaptic_events").asLong());
        assertEquals(120, s.get("populations").get("E").get("size").asInt());
        assertEquals(SpikeStatistics.rate(e, 120, 50.0), s.get("populations").get("E").get("rate_hz").asDouble(),
                1e-12);
        assertEquals(SpikeStatistics.rate(e + i, 150, 50.0), s.get("rate_hz").asDouble(), 1e-12);
        // Member i fires every 5 + i % 3 ms: ISIs are all equal, so every CV is 0.
        assertEquals(0.0, s.get("populations").get("E").get("cv_isi").asDouble(), 1e-9);
        assertTrue(spikes.get(1).startsWith("E,0,1.0"), spikes.get(1));

        List<String> v = Files.readAllLines(out.resolve("V.csv"));
        String[] header = v.get(0).split(",");
        assertEquals("time_ms", header[0]);
        assertEquals(1 + 100 + 30, header.length, "E:0..E:99 then I:0..I:29");
        assertEquals("E:0", header[1]);
        assertEquals("E:99", header[100]);
        assertEquals("I:29", header[130]);
        assertEquals(501, v.size());
        String[] row = v.get(3).split(",");
        assertEquals(0.2, Double.parseDouble(row[0]), 1e-12);
        assertEquals(-65 + 5 + 0.02, Double.parseDouble(row[6]), 1e-12, "E member 5 at step 2");
        assertEquals(-65 + 29 + 0.02, Double.parseDouble(row[130]), 1e-12, "I member 29 at step 2");

        assertTrue(r.out().contains("fakenet: 150 neurons, 1000 synapses"), r.out());
        assertTrue(r.out().contains("wrote " + out), r.out());
        assertTrue(r.out().contains("POPULATION"), r.out());
    }

    @Test
    void rangeOfOnePopulationNamesColumnsByIndex() throws IOException {
        Path out = tmp.resolve("r");
        CliHarness.Result r = RunFixture.run("fakenet", "--monitor", "I.V[3:6]", "--duration", "1", "--out",
                out.toString());
        assertEquals(Command.OK, r.status(), r.err());
        assertEquals("time_ms,3,4,5", Files.readAllLines(out.resolve("V.csv")).get(0));
        assertFalse(r.err().contains("first 100"), r.err());
        MonitorSpec m = FakeSimulator.lastRequest.monitors().stream().filter(x -> x.target().equals("I.V"))
                .findFirst().orElseThrow();
        assertEquals(List.of(3, 4, 5), java.util.Arrays.stream(m.indices()).boxed().toList());
    }

    @Test
    void networkGetsParamsNeuronsAndInitThroughTheCatalog() {
        CliHarness.Result r = RunFixture.run("fakenet", "--neurons", "200", "--param", "V_th=-40", "--init",
                "V=-60", "--input", "2.5", "--seed", "9", "--dt", "0.05", "--threads", "3", "--method", "rk4",
                "--duration", "2", "--out", tmp.resolve("r").toString());
        assertEquals(Command.OK, r.status(), r.err());
        assertEquals(Map.of("V_th", -40.0, "neurons", 200.0), FakeCatalog.lastParams.asMap());
        assertEquals(Map.of("V", Initializer.constant(-60)), FakeCatalog.lastInit);
        NetworkSpec spec = FakeSimulator.lastSpec;
        assertEquals(List.of("E", "I"), spec.inputs().stream().map(InputSpec::target).toList(),
                "--input drives every neuron population");
        assertEquals(2.5, spec.inputs().get(0).params().asMap().get("amplitude"));
        assertEquals("constant", spec.inputs().get(0).model());
        assertEquals(9L, FakeSimulator.lastOptions.seed());
        assertEquals(0.05, FakeSimulator.lastOptions.dt());
        assertEquals(3, FakeSimulator.lastOptions.threads());
        assertEquals("rk4", FakeSimulator.lastOptions.method());
        assertEquals(2.0, FakeSimulator.lastRequest.duration());
    }

    @Test
    void singleNeuronIsOnePopulationDrivenByAConstantCurrent() throws IOException {
        Path out = tmp.resolve("n");
        CliHarness.Result r = RunFixture.run("neuron:FakeLif", "--input", "10", "--param", "V_th=-40", "--init",
                "V=-70", "--monitor", "V", "--out", out.toString());
        assertEquals(Command.OK, r.status(), r.err());
        NetworkSpec spec = FakeSimulator.lastSpec;
        PopulationSpec p = spec.populations().get(0);
        assertEquals(1, spec.populations().size());
        assertEquals("FakeLif", p.model());
        assertEquals(1, p.size());
        assertEquals(Map.of("V_th", -40.0), p.params().asMap());
        assertEquals(Initializer.constant(-70), p.init().get("V"));
        assertEquals(List.of(new InputSpec("FakeLif", "constant",
                org.brainj.api.model.Parameters.empty().with("amplitude", 10.0))), spec.inputs());
        assertEquals(100.0, FakeSimulator.lastRequest.duration(), "single neurons run 100 ms by default");
        assertEquals("time_ms,0", Files.readAllLines(out.resolve("V.csv")).get(0));
        assertEquals("neuron:FakeLif", json(out.resolve("summary.json")).get("model").asText());
    }

    @Test
    void singleNeuronWithoutInputGetsZeroCurrent() {
        assertEquals(Command.OK, RunFixture.run("neuron:FakeLif", "--out", tmp.resolve("n").toString()).status());
        assertEquals(0.0, FakeSimulator.lastSpec.inputs().get(0).params().asMap().get("amplitude"));
    }

    @Test
    void jsonSpecTakesItsDtSeedAndMonitorsAndDefaultsTo1000Ms() throws IOException {
        Path spec = Files.writeString(tmp.resolve("mine.json"), "{}");
        Path out = tmp.resolve("j");
        CliHarness.Result r = RunFixture.run(spec.toString(), "--init", "V=-58", "--param", "tau=20", "--out",
                out.toString());
        assertEquals(Command.OK, r.status(), r.err());
        assertEquals(1000.0, FakeSimulator.lastRequest.duration());
        assertEquals(0.2, FakeSimulator.lastOptions.dt());
        assertEquals(7L, FakeSimulator.lastOptions.seed());
        PopulationSpec p = FakeSimulator.lastSpec.populations().get(0);
        assertEquals(Initializer.constant(-58), p.init().get("V"));
        assertEquals(Map.of("tau", 20.0), p.params().asMap());
        assertTrue(Files.exists(out.resolve("g.csv")), "the spec's own monitor is written");
        // The command line wins over the file.
        assertEquals(Command.OK, RunFixture.run(spec.toString(), "--dt", "0.1", "--seed", "1", "--duration", "3",
                "--out", out.toString()).status());
        assertEquals(0.1, FakeSimulator.lastOptions.dt());
        assertEquals(1L, FakeSimulator.lastOptions.seed());
        // A parameter no population has is named, with the ones that exist.
        CliHarness.Result bad = RunFixture.run(spec.toString(), "--param", "g_Na=120", "--out", out.toString());
        assertEquals(Command.USAGE, bad.status());
        assertTrue(bad.err().contains("g_Na") && bad.err().contains("V_th, tau"), bad.err());
    }

    @Test
    void divergenceStillWritesEverythingAndFails() throws IOException {
        Path out = tmp.resolve("d");
        CliHarness.Result r = RunFixture.run("fakediv", "--monitor", "I.g", "--out", out.toString());
        assertEquals(Command.FAILED, r.status(), r.err());
        assertTrue(r.err().contains("simulation diverged: E.V[3]"), r.err());
        JsonNode s = json(out.resolve("summary.json"));
        assertTrue(s.get("failure").asText().contains("diverged"));
        assertEquals(25.0, s.get("simulated_ms").asDouble(), 1e-9);
        assertEquals(250, s.get("steps").asLong());
        assertEquals(251, Files.readAllLines(out.resolve("g.csv")).size());
        assertTrue(Files.readAllLines(out.resolve("spikes.csv")).size() > 1);
    }

    @Test
    void cancelledRunWritesWhatWasRecorded() throws IOException {
        Path out = tmp.resolve("c");
        RunCancellation cancel = RunCancellation.manual();
        FakeSimulator.stepHook = s -> {
            if (s == 99) {
                cancel.cancel();
            }
        };
        CliHarness.Result r = RunFixture.run(cancel, "fakenet", "--out", out.toString());
        assertEquals(Command.FAILED, r.status());
        assertTrue(r.err().contains("cancelled"), r.err());
        JsonNode s = json(out.resolve("summary.json"));
        assertTrue(s.get("cancelled").asBoolean());
        assertEquals(100, s.get("steps").asLong());
        assertEquals(10.0, s.get("simulated_ms").asDouble(), 1e-9);
        assertTrue(s.get("failure").isNull());
    }

    @Test
    void plotsAreReadablePngs() throws IOException {
        Path out = tmp.resolve("p");
        CliHarness.Result r = RunFixture.run("fakenet", "--monitor", "V", "--plot", "--out", out.toString());
        assertEquals(Command.OK, r.status(), r.err());
        assertFalse(r.err().contains("could not draw"), r.err());
        for (String f : List.of("raster.png", "V.png")) {
            BufferedImage img = ImageIO.read(out.resolve(f).toFile());
            assertNotNull(img, f);
            assertEquals(1200, img.getWidth());
            assertEquals(700, img.getHeight());
        }
        String keep = System.getProperty("brainj.test.keepPlots");
        if (keep != null) {
            Files.copy(out.resolve("raster.png"), Path.of(keep, "raster.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(out.resolve("V.png"), Path.of(keep, "V.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void providersFindTheFakesThroughServiceLoader() {
        // The public constructor looks the simulator and catalogue up with Providers (META-INF/services here).
        CliHarness.Result r = CliHarness.run(List.<Command>of(new RunCommand()), "run", "fakenet", "--duration",
                "1", "--out", tmp.resolve("sl").toString());
        assertEquals(Command.OK, r.status(), r.err());
        assertTrue(Files.exists(tmp.resolve("sl").resolve("summary.json")));
    }
}
