package org.brainj.cli.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.brainj.api.core.ModelException;
import org.brainj.api.run.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error names the source and the JSON path of the offending node, then what is wrong and what is allowed. */
class JsonNetworkSpecErrorsTest {

    /** A valid spec; each test breaks one thing in it. */
    static final String BASE = """
            {
              "name": "net",
              "populations": [
                {"name": "E", "model": "LifRef", "size": 100, "params": {"tau": "20 ms"}},
                {"name": "I", "model": "LifRef", "size": 25}
              ],
              "projections": [
                {"name": "E2I", "pre": "E", "post": "I", "connector": {"model": "FixedProb", "prob": 0.1},
                 "synapse": {"model": "Expon", "tau": "5 ms"}, "output": {"model": "COBA", "E": "0 mV"},
                 "weight": 0.6},
                {"name": "I2E", "pre": "I", "post": "E", "connector": {"model": "FixedProb", "prob": 0.1},
                 "synapse": {"model": "Expon", "tau": "10 ms"}, "output": {"model": "COBA", "E": "-80 mV"},
                 "weight": 6.7}
              ],
              "inputs": [{"target": "E", "model": "constant", "amplitude": "1 nA"}],
              "monitors": ["E.spike"]
            }
            """;

    /** Parses BASE with one substring replaced, expecting an error at {@code path} containing every fragment. */
    private static ModelException fails(String from, String to, String path, String... fragments) {
        assertTrue(BASE.contains(from), "test bug: BASE lacks " + from);
        return failsOn(BASE.replace(from, to), path, fragments);
    }

    private static ModelException failsOn(String json, String path, String... fragments) {
        ModelException e = assertThrows(ModelException.class, () -> JsonNetworkSpecs.parse(json, "spec.json"));
        String m = e.getMessage();
        assertTrue(m.startsWith("spec.json: " + path + ": "), "path: " + m);
        for (String f : fragments) {
            assertTrue(m.contains(f), "'" + f + "' missing from: " + m);
        }
        return e;
    }

    @Test
    void baseIsValid() {
        JsonNetworkSpecs.parse(BASE, "spec.json");
    }

    @Test
    void gapJunctionsNeedNoSynapseOrOutput() {
        // Synapse and output may be left out (as for delta); given, they are still checked.
        String json = BASE.replace("{\"name\": \"E2I\", \"pre\": \"E\"",
                "{\"name\": \"E2I\", \"kind\": \"gap_junction\", \"pre\": \"E\"");
        NetworkSpec spec = JsonNetworkSpecs.parse(json, "spec.json").network();
        org.brainj.api.run.ProjectionSpec gj = spec.projections().get(0);
        assertEquals(org.brainj.api.run.ProjectionKind.GAP_JUNCTION, gj.kind());
        assertEquals(0.6, gj.weight().a());
        NetworkSpec bare = JsonNetworkSpecs.parse("""
                {"populations": [{"name": "E", "model": "LifRef", "size": 10}],
                 "projections": [{"name": "G", "kind": "gap_junction", "pre": "E", "post": "E",
                                  "connector": {"model": "FixedProb", "prob": 0.1}, "weight": 0.05}]}
                """, "bare.json").network();
        assertEquals("", bare.projections().get(0).synapse());
        assertEquals("", bare.projections().get(0).output());
        assertEquals(0.05, bare.projections().get(0).weight().a());
        NetworkSpec again = JsonNetworkSpecs.parse(JsonNetworkSpecs.write(JsonNetworkSpecs.parse(json, "spec.json")),
                "again.json").network();
        assertEquals(spec, again);
    }

    @Test
    void populationRanges() {
        NetworkSpec ok = JsonNetworkSpecs.parse(BASE.replace("\"pre\": \"E\", \"post\": \"I\"",
                "\"pre\": \"E[0:80]\", \"post\": \"I[5:]\""), "spec.json").network();
        assertEquals("E[0:80]", ok.projections().get(0).pre());
        fails("\"pre\": \"E\", \"post\": \"I\"", "\"pre\": \"E[0:200]\", \"post\": \"I\"",
                "$.projections[0].pre", "within [0, 100)");
        fails("\"pre\": \"E\", \"post\": \"I\"", "\"pre\": \"E[a:b]\", \"post\": \"I\"",
                "$.projections[0].pre", "NAME[from:to]");
        fails("\"pre\": \"E\", \"post\": \"I\"", "\"pre\": \"X[0:2]\", \"post\": \"I\"",
                "$.projections[0].pre", "names population 'X'");
    }

    @Test
    void unknownUnit() {
        fails("\"tau\": \"20 ms\"", "\"tau\": \"20 msec\"", "$.populations[0].params.tau",
                "unknown unit 'msec'", "a time in ms", "s, ms, us");
    }

    @Test
    void notANumber() {
        fails("\"tau\": \"20 ms\"", "\"tau\": \"twenty ms\"", "$.populations[0].params.tau",
                "'twenty ms' is not a number");
        fails("\"tau\": \"20 ms\"", "\"tau\": [20]", "$.populations[0].params.tau", "found an array");
    }

    @Test
    void wrongDimension() {
        fails("\"tau\": \"10 ms\"", "\"tau\": \"10 mV\"", "$.projections[1].synapse.tau",
                "'10 mV' is a voltage", "parameter 'tau' is a time in ms", "s, ms, us");
        fails("\"amplitude\": \"1 nA\"", "\"amplitude\": \"1 nS\"", "$.inputs[0].amplitude",
                "a conductance", "a current in nA", "pA");
        // Case matters: mS is millisiemens.
        fails("\"tau\": \"10 ms\"", "\"tau\": \"10 mS\"", "$.projections[1].synapse.tau", "a conductance");
        fails("\"prob\": 0.1},\n     \"synapse\": {\"model\": \"Expon\", \"tau\": \"10 ms\"}",
                "\"prob\": \"10 ms\"},\n     \"synapse\": {\"model\": \"Expon\", \"tau\": \"10 ms\"}",
                "$.projections[1].connector.prob", "dimensionless");
    }

    @Test
    void compoundUnitMustMatchExactly() {
        String json = """
                {"populations": [{"name": "P", "model": "Cond", "size": 1, "params": {"g_Na": "0.036 S/cm^2"}}]}
                """;
        failsOn(json, "$.populations[0].params.g_Na", "mS/cm^2", "does not convert");
    }

    @Test
    void unknownKeys() {
        fails("\"populations\"", "\"popluations\"", "$.popluations",
                "unknown key 'popluations'", "did you mean 'populations'", "allowed: name, duration, dt");
        fails("\"size\": 25", "\"size\": 25, \"sise\": 3", "$.populations[1].sise",
                "unknown key 'sise'", "did you mean 'size'", "allowed: name, model, size, params, init");
        fails("\"weight\": 6.7", "\"wieght\": 6.7", "$.projections[1].wieght", "did you mean 'weight'");
        fails("\"monitors\": [\"E.spike\"]", "\"monitors\": [{\"target\": \"E.V\", \"evry\": 2}]",
                "$.monitors[0].evry", "allowed: target, every, indices");
    }

    @Test
    void missingKey() {
        fails("\"weight\": 6.7", "\"delay\": 1", "$.projections[1]", "missing key 'weight'");
        fails(", \"output\": {\"model\": \"COBA\", \"E\": \"-80 mV\"}", "", "$.projections[1]",
                "missing key 'output'", "only kind delta");
    }

    @Test
    void unknownModel() {
        fails("\"model\": \"Expon\", \"tau\": \"10 ms\"", "\"model\": \"Expo\", \"tau\": \"10 ms\"",
                "$.projections[1].synapse.model", "unknown synapse model 'Expo'", "did you mean 'Expon'",
                "synapse models: Expon");
        fails("{\"name\": \"I\", \"model\": \"LifRef\"", "{\"name\": \"I\", \"model\": \"Lif\"",
                "$.populations[1].model", "unknown neuron or rate model 'Lif'", "models: Cond, LifRef");
        fails("\"model\": \"FixedProb\", \"prob\": 0.1},\n     \"synapse\": {\"model\": \"Expon\", \"tau\": \"10 ms\"}",
                "\"model\": \"All2All\"},\n     \"synapse\": {\"model\": \"Expon\", \"tau\": \"10 ms\"}",
                "$.projections[1].connector.model", "unknown connector model 'All2All'", "connector models: FixedProb");
    }

    @Test
    void modelOfTheWrongKind() {
        fails("\"model\": \"Expon\", \"tau\": \"10 ms\"", "\"model\": \"COBA\", \"tau\": \"10 ms\"",
                "$.projections[1].synapse.model", "'COBA' is an output model, not a synapse model",
                "synapse models: Expon");
    }

    @Test
    void unknownParameter() {
        fails("\"tau\": \"10 ms\"", "\"tua\": \"10 ms\"", "$.projections[1].synapse.tua",
                "unknown key 'tua' of Expon", "allowed: model, tau [ms]");
        fails("\"params\": {\"tau\": \"20 ms\"}", "\"params\": {\"tau_m\": \"20 ms\"}",
                "$.populations[0].params.tau_m", "unknown parameter 'tau_m' of LifRef", "did you mean 'tau'",
                "V_rest [mV]", "R [MOhm]");
        fails("\"E\": \"0 mV\"", "\"E\": \"0 mV\", \"tau\": 1", "$.projections[0].output.tau",
                "unknown key 'tau' of COBA", "allowed: model, E [mV]");
    }

    @Test
    void outOfRange() {
        fails("\"tau\": \"20 ms\"", "\"tau\": \"-0.02 s\"", "$.populations[0].params.tau",
                "parameter 'tau' = -20.0 ms is out of range: must be > 0 ms");
        fails("\"prob\": 0.1},\n     \"synapse\": {\"model\": \"Expon\", \"tau\": \"5 ms\"}",
                "\"prob\": 1.5},\n     \"synapse\": {\"model\": \"Expon\", \"tau\": \"5 ms\"}",
                "$.projections[0].connector.prob", "parameter 'prob' = 1.5 is out of range: must be in (0, 1]");
        fails("\"size\": 25", "\"size\": 0", "$.populations[1].size", "whole number >= 1");
        fails("\"weight\": 6.7", "\"weight\": 6.7, \"delay\": \"-1 ms\"", "$.projections[1].delay", ">= 0 ms");
        fails("\"weight\": 6.7", "\"weight\": {\"uniform\": [2, 1]}", "$.projections[1].weight.uniform[1]",
                "below the lower bound");
        fails("\"weight\": 6.7", "\"weight\": {\"normal\": [2, -1]}", "$.projections[1].weight.normal[1]",
                "standard deviation must be >= 0");
        fails("\"name\": \"net\"", "\"name\": \"net\", \"dt\": 0", "$.dt", "dt must be > 0 ms");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        // Line 4 loses its closing quote-comma pair, so the parser stops on line 4.
        String broken = BASE.replace("\"size\": 100, ", "\"size\": 100 ");
        ModelException e = assertThrows(ModelException.class, () -> JsonNetworkSpecs.parse(broken, "spec.json"));
        assertTrue(e.getMessage().startsWith("spec.json: line 4, column "), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
        ModelException dup = assertThrows(ModelException.class, () -> JsonNetworkSpecs.parse(
                "{\"name\": \"a\",\n \"name\": \"b\"}", "spec.json"));
        assertTrue(dup.getMessage().startsWith("spec.json: line 2, column "), dup.getMessage());
        assertTrue(dup.getMessage().contains("Duplicate field 'name'"), dup.getMessage());
        failsOn("   ", "$", "empty");
        failsOn("[1, 2]", "$", "expected a network spec (a JSON object), found an array");
    }

    @Test
    void danglingPopulation() {
        fails("\"post\": \"E\"", "\"post\": \"X\"", "$.projections[1].post",
                "names population 'X', which does not exist; populations: E, I");
        fails("\"target\": \"E\"", "\"target\": \"e\"", "$.inputs[0].target", "did you mean 'E'");
        fails("\"E.spike\"", "\"Q.spike\"", "$.monitors[0]", "population 'Q'");
    }

    @Test
    void duplicateNames() {
        fails("{\"name\": \"I\", \"model\"", "{\"name\": \"E\", \"model\"", "$.populations[1].name",
                "population name 'E' is used twice");
        fails("\"name\": \"I2E\"", "\"name\": \"E2I\"", "$.projections[1].name", "projection name 'E2I' is used twice");
    }

    @Test
    void lawsAndUnitsOfVariablesAndWeights() {
        fails("\"weight\": 6.7", "\"weight\": {\"gamma\": [1, 2]}", "$.projections[1].weight.gamma",
                "unknown law 'gamma'", "uniform", "normal");
        fails("\"weight\": 6.7", "\"weight\": {\"normal\": [1]}", "$.projections[1].weight.normal",
                "[mean, sd] (two values)");
        fails("\"weight\": 6.7", "\"weight\": \"6.7 nS\"", "$.projections[1].weight",
                "cannot check the unit of '6.7 nS'", "output model COBA");
        fails("\"size\": 25}", "\"size\": 25, \"init\": {\"g\": \"1 nS\"}}", "$.populations[1].init.g",
                "cannot check the unit", "no parameter g0");
        // V has a V0 parameter in mV, so a time is the wrong dimension.
        fails("\"size\": 25}", "\"size\": 25, \"init\": {\"V\": {\"uniform\": [\"-70 mV\", \"5 ms\"]}}}",
                "$.populations[1].init.V.uniform[1]", "is a time", "voltage in mV");
    }

    @Test
    void badConnectivityStorageAndKind() {
        fails("\"weight\": 6.7", "\"weight\": 6.7, \"comm\": \"sparse\"", "$.projections[1].comm",
                "unknown connectivity storage 'sparse'", "auto, csr, jit, dense, all2all, one2one");
        fails("\"weight\": 6.7", "\"weight\": 6.7, \"kind\": \"post\"", "$.projections[1].kind",
                "align_post", "align_pre", "delta");
    }

    @Test
    void monitorsAreChecked() {
        fails("\"E.spike\"", "{\"target\": \"I.V\", \"indices\": [0, 25]}", "$.monitors[0].indices[1]",
                "[0, 24]");
        fails("\"E.spike\"", "\"E\"", "$.monitors[0]", "POPULATION.VARIABLE");
        fails("\"E.spike\"", "{\"target\": \"E.V\", \"every\": 0}", "$.monitors[0].every", ">= 1");
    }

    @Test
    void missingFileIsAModelException(@TempDir Path dir) {
        Path file = dir.resolve("nope.json");
        ModelException e = assertThrows(ModelException.class, () -> JsonNetworkSpecs.read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    }
}
