package org.brainj.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.brainj.api.command.Command;
import org.brainj.cli.internal.CliHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brainj spec} over the fake catalogue. That the real catalogue's specs read back to the same networks is
 * checked by the distribution's integration test, where the real models are installed.
 */
class SpecCommandTest {

    @TempDir
    Path tmp;

    private static CliHarness.Result spec(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "spec";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliHarness.run(List.<Command>of(new SpecCommand(RunFixture::resolver)), all);
    }

    @Test
    void printsTheNetworkWithItsDefaultDurationAndTheCommandLinesChanges() throws IOException {
        CliHarness.Result r = spec("fakenet", "--neurons", "50", "--param", "V_th=-40", "--init", "V=-58");
        assertEquals(Command.OK, r.status(), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertEquals("fakenet", s.get("name").asText());
        assertEquals(50.0, s.get("duration").asDouble(), "the catalogue's default duration");
        assertTrue(s.get("dt") == null && s.get("seed") == null, "a catalogue network leaves them to the run");
        assertEquals(2, s.get("populations").size());
        JsonNode e = s.get("populations").get(0);
        assertEquals("E", e.get("name").asText());
        assertEquals(40, e.get("size").asInt());
        assertEquals(-40.0, e.get("params").get("V_th").asDouble());
        assertEquals(-58.0, e.get("init").get("V").asDouble());
        assertEquals(10, s.get("populations").get(1).get("size").asInt());
        assertEquals("E2I", s.get("projections").get(0).get("name").asText());
        assertEquals(0.6, s.get("projections").get(0).get("weight").asDouble());
    }

    @Test
    void mapsAreWrittenInAFixedOrderWhateverOrderTheyWereBuiltIn() throws IOException {
        // Parameters in the model's declared order (V_th, tau), initial values of the model's own variables first.
        CliHarness.Result r = spec("fakenet", "--param", "tau=12", "--param", "V_th=-40", "--init", "syn.g=1",
                "--init", "g=2", "--init", "V=-58");
        assertEquals(Command.OK, r.status(), r.err());
        JsonNode e = new ObjectMapper().readTree(r.out()).get("populations").get(0);
        assertEquals(List.of("V_th", "tau"), fieldNames(e.get("params")));
        assertEquals(List.of("V", "g", "syn.g"), fieldNames(e.get("init")));
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writesTheFileWithOut() throws IOException {
        Path out = tmp.resolve("sub/net.json");
        CliHarness.Result r = spec("fakenet", "--out", out.toString());
        assertEquals(Command.OK, r.status(), r.err());
        assertEquals("wrote " + out, r.out().trim());
        assertEquals(spec("fakenet").out(), Files.readString(out));
        assertEquals(150, new ObjectMapper().readTree(out.toFile()).get("populations").get(0).get("size").asInt()
                + new ObjectMapper().readTree(out.toFile()).get("populations").get(1).get("size").asInt());
    }

    @Test
    void singleNeuronSpecCarriesItsInput() throws IOException {
        CliHarness.Result r = spec("neuron:FakeLif", "--input", "12");
        assertEquals(Command.OK, r.status(), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertEquals(100.0, s.get("duration").asDouble());
        assertEquals(12.0, s.get("inputs").get(0).get("amplitude").asDouble());
    }

    @Test
    void mistakesAreUsageErrorsNamingWhatExists() {
        CliHarness.Result unknown = spec("nonet");
        assertEquals(Command.USAGE, unknown.status());
        assertTrue(unknown.err().contains("unknown model 'nonet'") && unknown.err().contains("fakenet"),
                unknown.err());
        CliHarness.Result badParam = spec("fakenet", "--param", "g_Na=1");
        assertEquals(Command.USAGE, badParam.status());
        assertTrue(badParam.err().startsWith("brainj spec: ") && badParam.err().contains("g_Na"), badParam.err());
        CliHarness.Result badNeurons = spec("fakenet", "--neurons", "0");
        assertEquals(Command.USAGE, badNeurons.status());
        assertTrue(badNeurons.err().contains("--neurons"), badNeurons.err());
    }
}
