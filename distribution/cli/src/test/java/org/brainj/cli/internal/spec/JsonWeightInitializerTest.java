package org.brainj.cli.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ModelException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.InitializerSpec;
import org.brainj.api.run.ProjectionSpec;
import org.junit.jupiter.api.Test;

/**
 * A projection's weight naming a matrix initializer ({@code {"init": NAME, PARAMETER: value, "gain": value}}) reads
 * into {@link ProjectionSpec#weightInit()}, writes back unchanged, and wrong input names the JSON path and the allowed
 * names or range. (That the built weights equal the kit's matrix is {@code WeightInitializerSpecTest} in
 * bundle-models.)
 */
class JsonWeightInitializerTest {

    private static String spec(String weight, String comm) {
        return "{\"populations\": [{\"name\": \"A\", \"model\": \"LifRef\", \"size\": 20},"
                + " {\"name\": \"B\", \"model\": \"LifRef\", \"size\": 10}],"
                + " \"projections\": [{\"name\": \"A2B\", \"pre\": \"A\", \"post\": \"B\", \"connector\": "
                + "{\"model\": \"FixedProb\", \"prob\": 0.2}, \"comm\": \"" + comm + "\", \"synapse\": \"Expon\","
                + " \"output\": \"CUBA\", \"weight\": " + weight + "}]}";
    }

    private static ProjectionSpec projection(String weight) {
        return JsonNetworkSpecs.parse(spec(weight, "auto"), "w.json").network().projections().get(0);
    }

    @Test
    void anInitializerWeightReadsIntoWeightInitAndWritesBackUnchanged() {
        ProjectionSpec k = projection("{\"init\": \"KaimingUniform\", \"scale\": 2.0}");
        assertEquals(new InitializerSpec("KaimingUniform", Parameters.of(Map.of("scale", 2.0))), k.weightInit());
        assertEquals(Initializer.constant(1.0), k.weight(), "no gain: 1");

        ProjectionSpec o = projection("{\"init\": \"Orthogonal\", \"gain\": 0.5}");
        assertEquals(InitializerSpec.of("Orthogonal"), o.weightInit());
        assertEquals(Initializer.constant(0.5), o.weight());
        assertNull(projection("0.6").weightInit(), "a law stays a law");

        for (String w : new String[] {"{\"init\": \"KaimingUniform\", \"scale\": 2.0}",
            "{\"init\": \"Orthogonal\", \"scale\": -1.5, \"gain\": 0.25}"}) {
            JsonNetworkSpecs.SpecFile f = JsonNetworkSpecs.parse(spec(w, "csr"), "w.json");
            String json = JsonNetworkSpecs.write(f);
            assertTrue(json.contains("\"init\""), json);
            JsonNetworkSpecs.SpecFile back = JsonNetworkSpecs.parse(json, "back.json");
            assertEquals(f.network(), back.network(), json);
            assertEquals(json, JsonNetworkSpecs.write(back));
        }
    }

    @Test
    void clipWrapsTheInitializerUnderOfAndRoundTrips() {
        String w = "{\"init\": \"Clip\", \"min\": -0.2, \"max\": 0.3, \"of\": {\"init\": \"KaimingUniform\", "
                + "\"scale\": 1.5}, \"gain\": 2.0}";
        ProjectionSpec c = projection(w);
        assertEquals(new InitializerSpec("Clip", Parameters.of(Map.of("min", -0.2, "max", 0.3)),
                new InitializerSpec("KaimingUniform", Parameters.of(Map.of("scale", 1.5)))), c.weightInit());
        assertEquals(Initializer.constant(2.0), c.weight());
        JsonNetworkSpecs.SpecFile f = JsonNetworkSpecs.parse(spec(w, "csr"), "w.json");
        String json = JsonNetworkSpecs.write(f);
        assertTrue(json.contains("\"of\""), json);
        JsonNetworkSpecs.SpecFile back = JsonNetworkSpecs.parse(json, "back.json");
        assertEquals(f.network(), back.network(), json);
        assertEquals(json, JsonNetworkSpecs.write(back));

        BrainjException missing = assertThrows(BrainjException.class, () -> projection("{\"init\": \"Clip\"}"));
        assertTrue(missing.getMessage().contains("$.projections[0].weight.of"), missing.getMessage());
        BrainjException inner = assertThrows(BrainjException.class, () -> projection("{\"init\": \"Clip\", "
                + "\"of\": {\"init\": \"He\"}}"));
        assertTrue(inner.getMessage().contains("$.projections[0].weight.of.init"), inner.getMessage());
    }

    @Test
    void badInitializersNameThePathAndWhatIsAllowed() {
        ModelException unknown = assertThrows(ModelException.class, () -> projection("{\"init\": \"He\"}"));
        assertTrue(unknown.getMessage().startsWith("w.json: $.projections[0].weight.init: unknown initializer "
                + "model 'He'") && unknown.getMessage().contains("KaimingUniform, Orthogonal"), unknown.getMessage());

        ModelException notInit = assertThrows(ModelException.class, () -> projection("{\"init\": \"Expon\"}"));
        assertTrue(notInit.getMessage().contains("'Expon' is a synapse model, not an initializer model; "
                + "initializer models: Clip, KaimingUniform, Orthogonal"), notInit.getMessage());

        ModelException range = assertThrows(ModelException.class,
                () -> projection("{\"init\": \"KaimingUniform\", \"scale\": -2}"));
        assertTrue(range.getMessage().startsWith("w.json: $.projections[0].weight.scale:")
                && range.getMessage().contains("must be > 0"), range.getMessage());

        ModelException key = assertThrows(ModelException.class,
                () -> projection("{\"init\": \"KaimingUniform\", \"scael\": 2}"));
        assertTrue(key.getMessage().contains("$.projections[0].weight.scael") && key.getMessage()
                .contains("did you mean 'scale'"), key.getMessage());

        ModelException jit = assertThrows(ModelException.class, () -> JsonNetworkSpecs.parse(
                spec("{\"init\": \"Orthogonal\"}", "jit"), "w.json"));
        assertTrue(jit.getMessage().contains("$.projections[0].comm") && jit.getMessage().contains("A2B"),
                jit.getMessage());
    }
}
