package org.brainj.cli.internal.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.InputSpec;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProjectionKind;
import org.brainj.api.run.ProjectionSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonNetworkSpecsTest {

    /** The example of docs/network-spec.md, plus a second population, a delta projection and other units. */
    static final String COBA = """
            {
              // comments are allowed
              "name": "coba",
              "duration": "1 s", "dt": 0.1, "seed": 42,
              "populations": [
                {"name": "E", "model": "LifRef", "size": 3200,
                 "params": {"V_rest": "-60 mV", "V_th": -50, "V_reset": -60, "tau": "20 ms", "tau_ref": 5},
                 "init": {"V": {"normal": ["-60 mV", "5 mV"]}, "g": 0}},
                {"name": "I", "model": "Cond", "size": 800,
                 "params": {"g_L": "6 nS", "C": "0.2 nF", "g_Na": "36 mS/cm^2", "rate": "10 Hz"}}
              ],
              "projections": [
                {"name": "E2E", "kind": "align_post", "pre": "E", "post": "E",
                 "connector": {"model": "FixedProb", "prob": 0.02},
                 "comm": "auto",
                 "synapse": {"model": "Expon", "tau": "5 ms"},
                 "output": {"model": "COBA", "E": "0 mV"},
                 "weight": 0.6, "delay": {"uniform": ["0.5 ms", "2 ms"]}},
                {"name": "E2I", "pre": "E", "post": "I",
                 "connector": {"model": "FixedProb", "prob": "0.1", "include_self": false},
                 "synapse": {"model": "Expon", "tau": "0.005 s"}, "output": "CUBA", "weight": 1.5},
                {"name": "I2E", "kind": "delta", "pre": "I", "post": "E", "comm": "jit",
                 "connector": {"model": "FixedProb", "prob": 0.05},
                 "weight": {"normal": ["-1 mV", "0.1 mV"]}, "delay": "1 ms"}
              ],
              "inputs": [{"target": "E", "model": "constant", "amplitude": 20},
                         {"target": "I", "model": "constant", "amplitude": "500 pA"}],
              "monitors": ["E.V", {"target": "E.V", "every": 10, "indices": [0, 1, 2]}, "E.spike"]
            }
            """;

    static NetworkSpec expected() {
        PopulationSpec e = new PopulationSpec("E", "LifRef", 3200, params("V_rest", -60.0, "V_th", -50.0,
                "V_reset", -60.0, "tau", 20.0, "tau_ref", 5.0))
                .withInit("V", Initializer.normal(-60, 5))
                .withInit("g", Initializer.constant(0));
        PopulationSpec i = new PopulationSpec("I", "Cond", 800, params("g_L", 6.0, "C", 200.0, "g_Na", 36.0,
                "rate", 0.01));
        ProjectionSpec e2e = new ProjectionSpec("E2E", ProjectionKind.ALIGN_POST, "E", "E", "FixedProb",
                params("prob", 0.02), "auto", "Expon", params("tau", 5.0), "COBA", params("E", 0.0),
                Initializer.constant(0.6), Initializer.uniform(0.5, 2.0));
        ProjectionSpec e2i = ProjectionSpec.alignPost("E2I", "E", "I", "FixedProb",
                params("prob", 0.1, "include_self", 0.0), "Expon", params("tau", 5.0), "CUBA", Parameters.empty(),
                1.5, 0.0);
        ProjectionSpec i2e = new ProjectionSpec("I2E", ProjectionKind.DELTA, "I", "E", "FixedProb",
                params("prob", 0.05), "jit", "", Parameters.empty(), "", Parameters.empty(),
                Initializer.normal(-1.0, 0.1), Initializer.constant(1.0));
        return new NetworkSpec("coba", List.of(e, i), List.of(e2e, e2i, i2e), List.of(
                new InputSpec("E", "constant", params("amplitude", 20.0)),
                new InputSpec("I", "constant", params("amplitude", 0.5))));
    }

    static Parameters params(Object... nameValue) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < nameValue.length; k += 2) {
            m.put((String) nameValue[k], (Double) nameValue[k + 1]);
        }
        return Parameters.of(m);
    }

    @Test
    void fullSpecParsesWithUnitsConverted() {
        JsonNetworkSpecs.SpecFile f = JsonNetworkSpecs.parse(COBA, "coba.json");
        NetworkSpec expected = expected();
        assertEquals(expected.populations(), f.network().populations());
        assertEquals(expected.projections(), f.network().projections());
        assertEquals(expected.inputs(), f.network().inputs());
        assertEquals(expected, f.network());
        assertEquals(OptionalDouble.of(1000.0), f.duration(), "\"1 s\" is 1000 ms");
        assertEquals(OptionalDouble.of(0.1), f.dt());
        assertEquals(OptionalLong.of(42), f.seed());
        assertEquals(3, f.monitors().size());
        assertMonitor(f.monitors().get(0), "E.V", 1, null);
        assertMonitor(f.monitors().get(1), "E.V", 10, new int[] {0, 1, 2});
        assertMonitor(f.monitors().get(2), "E.spike", 1, null);
    }

    static void assertMonitor(MonitorSpec m, String target, int every, int[] indices) {
        assertEquals(target, m.target());
        assertEquals(every, m.every());
        if (indices == null) {
            assertNull(m.indices());
        } else {
            assertArrayEquals(indices, m.indices());
        }
    }

    @Test
    void unitsConvertExactly() {
        String spec = """
                {"populations": [{"name": "P", "model": "Cond", "size": 1, "params": {"g_L": "%s"}}]}
                """;
        assertEquals(6.0, gL(spec, "6 nS"));
        assertEquals(6.0, gL(spec, "0.006 uS"), "exactly 6, not 5.999999999999999");
        assertEquals(6.0, gL(spec, "6000 pS"));
        assertEquals(6.0, gL(spec, "6e-9 S"));
        assertEquals(6.0, gL(spec, "6nS"));
        assertEquals(6.0, gL(spec, "0.006 \u00b5S"));
        assertEquals(6.0, gL(spec, "6"), "a string without a unit is in the parameter's unit");
        String tau = """
                {"populations": [{"name": "P", "model": "LifRef", "size": 1,
                  "params": {"tau": "%s", "R": "0.1 GOhm"}}]}
                """;
        assertEquals(5.0, param(tau, "5 ms", "tau"));
        assertEquals(1000.0, param(tau, "1 s", "tau"));
        assertEquals(1005.0, param(tau, "1.005 s", "tau"), "1.005 * 1000 in doubles is 1004.9999999999999");
        assertEquals(0.5, param(tau, "500 us", "tau"));
        assertEquals(100.0, param(tau, "1 s", "R"), "0.1 GOhm = 100 MOhm");
    }

    private static double gL(String template, String value) {
        return param(template, value, "g_L");
    }

    private static double param(String template, String value, String name) {
        return JsonNetworkSpecs.parse(String.format(template, value), "t.json").network().populations().get(0)
                .params().asMap().get(name);
    }

    @Test
    void defaultsApply() {
        JsonNetworkSpecs.SpecFile f = JsonNetworkSpecs.parse("""
                {"populations": [{"name": "A", "model": "LifRef", "size": 2}],
                 "projections": [{"name": "p", "pre": "A", "post": "A", "connector": "FixedProb",
                                  "synapse": "Expon", "output": "CUBA", "weight": 1}]}
                """, "/some/dir/net.json");
        assertEquals("net", f.network().name(), "the file's name stands in for a missing name");
        ProjectionSpec p = f.network().projections().get(0);
        assertEquals(ProjectionKind.ALIGN_POST, p.kind());
        assertEquals("auto", p.comm());
        assertEquals(Initializer.constant(0.0), p.delay());
        assertEquals(Parameters.empty(), p.connectorParams());
        assertTrue(f.duration().isEmpty() && f.dt().isEmpty() && f.seed().isEmpty() && f.monitors().isEmpty());
        assertTrue(f.network().inputs().isEmpty());
    }

    @Test
    void writeThenParseGivesTheSameSpec() {
        JsonNetworkSpecs.SpecFile f = JsonNetworkSpecs.parse(COBA, "coba.json");
        String json = JsonNetworkSpecs.write(f);
        JsonNetworkSpecs.SpecFile back = JsonNetworkSpecs.parse(json, "coba.json");
        assertEquals(f.network(), back.network(), json);
        assertEquals(f.duration(), back.duration());
        assertEquals(f.dt(), back.dt());
        assertEquals(f.seed(), back.seed());
        assertEquals(f.monitors().size(), back.monitors().size());
        for (int k = 0; k < f.monitors().size(); k++) {
            MonitorSpec m = f.monitors().get(k);
            assertMonitor(back.monitors().get(k), m.target(), m.every(), m.indices());
        }
        assertEquals(json, JsonNetworkSpecs.write(back), "writing is deterministic");
    }

    @Test
    void javaBuiltSpecRoundTrips() {
        // Awkward doubles: non-integral, tiny, large, negative zero; each must come back bit for bit.
        NetworkSpec net = new NetworkSpec("java", List.of(
                new PopulationSpec("A", "LifRef", 10, params("tau", 0.1 + 0.2, "V_th", -0.0, "R", 1e-20,
                        "V_rest", 123456789.125))
                        .withInit("V", Initializer.uniform(-70.0, -50.5))),
                List.of(new ProjectionSpec("d", ProjectionKind.DELTA, "A", "A", "FixedProb",
                        params("prob", 1.0 / 3.0), "csr", "", Parameters.empty(), "", Parameters.empty(),
                        Initializer.uniform(0.25, 0.75), Initializer.normal(2.0, 0.5))),
                List.of());
        JsonNetworkSpecs.SpecFile f = new JsonNetworkSpecs.SpecFile(net, OptionalDouble.of(250.5),
                OptionalDouble.empty(), OptionalLong.of(-7L), List.of(new MonitorSpec("A.V", 3, null)));
        JsonNetworkSpecs.SpecFile back = JsonNetworkSpecs.parse(JsonNetworkSpecs.write(f), "x");
        assertEquals(net, back.network());
        assertEquals(f.duration(), back.duration());
        assertEquals(OptionalDouble.empty(), back.dt());
        assertEquals(f.seed(), back.seed());
        assertMonitor(back.monitors().get(0), "A.V", 3, null);
    }

    @Test
    void theDocumentedExampleParses() throws Exception {
        // Surefire runs in distribution/cli; the format's documentation lives at the repository root.
        Path doc = Path.of("../../docs/network-spec.md");
        assertTrue(Files.isRegularFile(doc), "missing " + doc.toAbsolutePath());
        String md = Files.readString(doc);
        int start = md.indexOf("```json\n") + "```json\n".length();
        String example = md.substring(start, md.indexOf("```", start));
        JsonNetworkSpecs.SpecFile f = JsonNetworkSpecs.parse(example, "network-spec.md");
        assertEquals("coba", f.network().name());
        assertEquals(2, f.network().populations().size());
        assertEquals(4, f.network().projections().size());
        assertEquals(ProjectionKind.DELTA, f.network().projections().get(3).kind());
        assertEquals(Initializer.constant(-0.5), f.network().projections().get(3).weight());
        assertEquals(OptionalDouble.of(1000.0), f.duration());
        assertEquals(4, f.monitors().size());
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("coba.json");
        Files.writeString(file, COBA);
        assertEquals(expected(), JsonNetworkSpecs.read(file).network());
    }
}
