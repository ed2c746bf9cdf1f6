package org.brainj.cli.internal.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.ArraySource;
import org.brainj.api.run.CouplingSpec;
import org.brainj.api.run.InputSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PlasticitySpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProjectionKind;
import org.brainj.api.run.ProjectionSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plastic projections, data connectors and whole-brain couplings in JSON: each reads into the NetworkSpec a Java
 * program builds (so the simulator, tested in bundle-models' SpecHooksTest, builds the same network), writes back to
 * text that reads into an equal spec, and is refused with its JSON path when wrong.
 */
class JsonSpecHooksTest {

    private static final String PLASTIC = """
            {
              "name": "hooks",
              "populations": [
                {"name": "P", "model": "LifRef", "size": 3},
                {"name": "Q", "model": "LifRef", "size": 2}
              ],
              "projections": [
                {"name": "P2Q", "pre": "P", "post": "Q",
                 "connector": {"model": "IJConn", "i": [0, 1, 2, 2], "j": [0, 1, 0, 1], "weights": [0.5, 0.25, 1, 2]},
                 "synapse": {"model": "Expon", "tau": "5 ms"}, "output": "CUBA",
                 "weight": 2, "delay": "1 ms",
                 "plasticity": {"model": "STDP_Song2000", "tau_s": "20 ms", "A1": 0.05, "W_min": 0, "W_max": 2}}
              ],
              "inputs": [{"target": "Q", "model": "constant", "amplitude": 21}]
            }
            """;

    private static NetworkSpec javaPlastic() {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        arrays.put("i", new double[] {0, 1, 2, 2});
        arrays.put("j", new double[] {0, 1, 0, 1});
        arrays.put("weights", new double[] {0.5, 0.25, 1, 2});
        Map<String, Double> rule = new LinkedHashMap<>();
        rule.put("tau_s", 20.0);
        rule.put("A1", 0.05);
        rule.put("W_min", 0.0);
        rule.put("W_max", 2.0);
        return new NetworkSpec("hooks", List.of(
                new PopulationSpec("P", "LifRef", 3, Parameters.empty()),
                new PopulationSpec("Q", "LifRef", 2, Parameters.empty())),
                List.of(new ProjectionSpec("P2Q", ProjectionKind.ALIGN_POST, "P", "Q", "IJConn", Parameters.empty(),
                        "auto", "Expon", Parameters.of(Map.of("tau", 5.0)), "CUBA", Parameters.empty(),
                        Initializer.constant(2.0), Initializer.constant(1.0), ArraySource.of(arrays),
                        new PlasticitySpec("STDP_Song2000", Parameters.of(rule)))),
                List.of(new InputSpec("Q", "constant", Parameters.of(Map.of("amplitude", 21.0)))));
    }

    private static void roundTrips(JsonNetworkSpecs.SpecFile f) {
        String json = JsonNetworkSpecs.write(f);
        JsonNetworkSpecs.SpecFile back = JsonNetworkSpecs.parse(json, "back.json");
        assertEquals(f.network(), back.network(), json);
        assertEquals(json, JsonNetworkSpecs.write(back), "writing is deterministic");
    }

    @Test
    void aPlasticIjConnProjectionReadsAsTheJavaSpecAndRoundTrips() {
        JsonNetworkSpecs.SpecFile f = JsonNetworkSpecs.parse(PLASTIC, "hooks.json");
        assertEquals(javaPlastic(), f.network());
        roundTrips(f);
        // A rule given by name only takes its defaults; RSTDP's dopamine can come from a population's spikes.
        NetworkSpec rstdp = JsonNetworkSpecs.parse(PLASTIC.replaceFirst("\\{\"model\": \"STDP_Song2000\"[^}]*}",
                "{\"model\": \"RSTDP\", \"modulator\": \"P\"}"), "r.json").network();
        assertEquals(new PlasticitySpec("RSTDP", Parameters.empty(), "P"), rstdp.projections().get(0).plasticity());
        roundTrips(JsonNetworkSpecs.SpecFile.of(rstdp));
    }

    @Test
    void matConnIsAnArrayOfRowsAndDataFilesResolveAgainstTheSpec(@TempDir Path dir) throws Exception {
        String mat = PLASTIC.replace("{\"model\": \"IJConn\", \"i\": [0, 1, 2, 2], \"j\": [0, 1, 0, 1], "
                + "\"weights\": [0.5, 0.25, 1, 2]}", "{\"model\": \"MatConn\", \"conn_mat\": [[1, 0], [0, 0.5], "
                + "[2, \"3\"]]}");
        ProjectionSpec p = JsonNetworkSpecs.parse(mat, "m.json").network().projections().get(0);
        assertEquals("MatConn", p.connector());
        assertArrayEquals(new double[] {1, 0, 0, 0.5, 2, 3}, p.connectorData().array("conn_mat"), "row-major");
        roundTrips(JsonNetworkSpecs.parse(mat, "m.json"));

        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/pairs.csv"), "i,j\n0,0\n2,1\n");
        Path spec = dir.resolve("net.json");
        Files.writeString(spec, PLASTIC.replace("\"i\": [0, 1, 2, 2], \"j\": [0, 1, 0, 1], "
                + "\"weights\": [0.5, 0.25, 1, 2]", "\"file\": \"data/pairs.csv\""));
        ProjectionSpec fromFile = JsonNetworkSpecs.read(spec).network().projections().get(0);
        assertEquals(ArraySource.file(dir.resolve("data/pairs.csv").toAbsolutePath().normalize().toString()),
                fromFile.connectorData());
        roundTrips(JsonNetworkSpecs.read(spec));
    }

    @Test
    void aCouplingReadsAsTheJavaSpecAndRoundTrips(@TempDir Path dir) throws Exception {
        Path delays = dir.resolve("delays.csv");
        Files.writeString(delays, "0,1,2\n1,0,3\n2,3,0\n");
        String json = """
                {"name": "brain",
                 "populations": [{"name": "N", "model": "LifRef", "size": 3}],
                 "couplings": [
                   {"kind": "diffusive", "source": "N", "target": "N", "var1": "V", "var2": "V",
                    "weights": [[0, 0.2, 0.1], [0.3, 0, 0.25], [0.05, 0.4, 0]], "delays": "delays.csv",
                    "gain": 0.5, "initial_delay_data": 0.1},
                   {"kind": "additive", "source": "N", "target": "N", "var1": "V",
                    "weights": [[1, 0, 0], [0, 1, 0], [0, 0, 1]], "delays": [[0, "1 ms", "0.5 ms"], [0, 0, 0], [0, 0, 0]]}
                 ]}
                """;
        JsonNetworkSpecs.SpecFile f = JsonNetworkSpecs.parse(json, "brain.json", dir);
        NetworkSpec expected = new NetworkSpec("brain", List.of(new PopulationSpec("N", "LifRef", 3,
                Parameters.empty())), List.of(), List.of(), List.of(
                new CouplingSpec(CouplingSpec.Kind.DIFFUSIVE, "N", "N", "V", "V",
                        ArraySource.of("weights", new double[] {0, 0.2, 0.1, 0.3, 0, 0.25, 0.05, 0.4, 0}),
                        ArraySource.file(delays.toAbsolutePath().normalize().toString()), 0.5, 0.1),
                new CouplingSpec(CouplingSpec.Kind.ADDITIVE, "N", "N", "V", "",
                        ArraySource.of("weights", new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}),
                        ArraySource.of("delays", new double[] {0, 1, 0.5, 0, 0, 0, 0, 0, 0}), 1.0, 0.0)));
        assertEquals(expected, f.network());
        roundTrips(f);
    }

    @Test
    void theDocumentedHooksExampleReadsAndWritesBackUnchanged() throws Exception {
        // Surefire runs in distribution/cli; the format's documentation lives at the repository root.
        String md = Files.readString(Path.of("../../docs/network-spec.md"));
        int section = md.indexOf("## Example: a plastic, data-connected network with a coupling");
        assertTrue(section > 0, "the example section is missing from docs/network-spec.md");
        int start = md.indexOf("```json\n", section) + "```json\n".length();
        JsonNetworkSpecs.SpecFile f = JsonNetworkSpecs.parse(md.substring(start, md.indexOf("```", start)),
                "hooks-example.json");
        NetworkSpec n = f.network();
        assertEquals("STDP_Song2000", n.projections().get(0).plasticity().rule());
        assertEquals("IJConn", n.projections().get(0).connector());
        assertEquals(CouplingSpec.Kind.DIFFUSIVE, n.couplings().get(0).kind());
        assertArrayEquals(new double[] {0, 1, 2.5, 0.7, 0, 3, 1.2, 0.3, 0}, n.couplings().get(0).delays()
                .array("delays"));
        roundTrips(f);
    }

    private static void fails(String json, Path base, String path, String... fragments) {
        ModelException e = assertThrows(ModelException.class, () -> JsonNetworkSpecs.parse(json, "s.json", base));
        String m = e.getMessage();
        assertTrue(m.startsWith("s.json: " + path + ": "), "path: " + m);
        for (String f : fragments) {
            assertTrue(m.contains(f), "'" + f + "' missing from: " + m);
        }
    }

    @Test
    void badHooksNameTheirPathAndWhatIsAllowed(@TempDir Path dir) {
        fails(PLASTIC.replace("\"model\": \"STDP_Song2000\"", "\"model\": \"Hebb\""), dir,
                "$.projections[0].plasticity.model", "unknown plasticity model 'Hebb'", "RSTDP, STDP_Song2000");
        fails(PLASTIC.replace("\"A1\": 0.05", "\"A_1\": 0.05"), dir, "$.projections[0].plasticity.A_1",
                "did you mean 'A1'?");
        fails(PLASTIC.replace("\"weight\": 2,", "\"weight\": 2, \"comm\": \"jit\","), dir,
                "$.projections[0].comm", "stored connectivity", "auto, csr, dense");
        fails(PLASTIC.replace("\"weight\": 2,", "\"weight\": 2, \"comm\": \"dense\","), dir,
                "$.projections[0].comm", "plastic projection", "auto or csr");
        fails(PLASTIC.replace("\"modulator\"", "\"x\"").replace("\"A1\": 0.05", "\"modulator\": \"DA\""), dir,
                "$.projections[0].plasticity.modulator", "population 'DA', which does not exist");
        fails(PLASTIC.replace("\"i\": [0, 1, 2, 2]", "\"i\": [0, 1, 3, 2]"), dir, "$.projections[0].connector.i[2]",
                "presynaptic index in [0, 2]");
        fails(PLASTIC.replace("\"weights\": [0.5, 0.25, 1, 2]", "\"weights\": [0.5]"), dir,
                "$.projections[0].connector.weights", "4 synapses");
        fails(PLASTIC.replace("\"i\": [0, 1, 2, 2]", "\"pre\": [0, 1, 2, 2]"), dir,
                "$.projections[0].connector.pre", "allowed: model, file, i, j, weights");
        Path missing = dir.resolve("conn/missing.npz");
        fails(PLASTIC.replace("\"model\": \"IJConn\", \"i\": [0, 1, 2, 2], \"j\": [0, 1, 0, 1], \"weights\": "
                + "[0.5, 0.25, 1, 2]", "\"model\": \"CSRConn\", \"file\": \"conn/missing.npz\""), dir,
                "$.projections[0].connector.file", "file 'conn/missing.npz' not found", missing.toString());
        String coupling = """
                {"populations": [{"name": "N", "model": "LifRef", "size": 2}],
                 "couplings": [{"kind": "%s", "source": "N", "target": "N", "var1": "V", "var2": "V",
                                "weights": %s}]}
                """;
        fails(String.format(coupling, "linear", "[[0, 1], [1, 0]]"), dir, "$.couplings[0].kind",
                "allowed: diffusive, additive");
        fails(String.format(coupling, "diffusive", "[[0, 1]]"), dir, "$.couplings[0].weights", "needs 2 rows");
        fails(String.format(coupling, "diffusive", "[[0, 1], [1]]"), dir, "$.couplings[0].weights[1]",
                "row 1 has 1 entries");
        fails(String.format(coupling, "diffusive", "\"sc.npy\""), dir, "$.couplings[0].weights",
                "file 'sc.npy' not found", dir.resolve("sc.npy").toString());
        fails(String.format(coupling, "additive", "[[0, 1], [1, 0]]"), dir, "$.couplings[0].var2",
                "additive coupling subtracts nothing");
    }
}
