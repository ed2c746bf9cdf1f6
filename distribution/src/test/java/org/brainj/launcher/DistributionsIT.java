package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;

/**
 * The lab distributions built by {@code mvn verify} from distribution/profiles: each boots on its own bundle set,
 * every bundle ACTIVE, runs a network with the profile's default options, and records its name in the provenance.
 */
class DistributionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // distribution | bundles it must have | bundles it must not have
        "cpu-minimal | bundle-models bundle-analysis org.brainj.cli | bundle-operators-gpu org.jcuda.osgi bundle-trainers",
        "teaching    | bundle-models bundle-analysis org.knowm.xchart.osgi | bundle-operators-gpu org.jcuda.osgi bundle-trainers",
    })
    void bootsItsBundleSetAndRunsWithItsDefaults(String name, String present, String absent) throws Exception {
        try (ItPlatform p = ItPlatform.boot("brainj-" + name)) {
            assertTrue(p.rt.startFailures().isEmpty(), p.rt.startFailures().toString());
            for (Bundle b : p.rt.framework().getBundleContext().getBundles()) {
                if (b.getHeaders().get("Fragment-Host") == null) {
                    assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName() + " not ACTIVE in " + name);
                }
            }
            for (String bsn : present.split(" ")) {
                assertNotNull(p.bundle(bsn), bsn + " missing from " + name);
            }
            for (String bsn : absent.split(" ")) {
                assertNull(p.bundle(bsn), bsn + " must not be in " + name);
            }
            Path out = p.home.resolve("run");
            ItPlatform.Output o = p.brainj("run", "coba", "--neurons", "400", "--duration", "20", "--out",
                    out.toString());
            assertEquals(0, o.status(), o.err());
            JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
            assertEquals(name, s.at("/provenance/distribution").asText());
            // defaults.run.backend=cpu in both profiles
            assertTrue(s.get("backend").asText().startsWith("cpu"), s.get("backend").asText());
            assertTrue(s.get("spikes_total").asLong() > 0, s.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"cpu-minimal", "teaching", "locked", "brainj"})
    void eachProfileWroteItsConfiguration(String dir) throws Exception {
        String name = dir.equals("brainj") ? "full" : dir;
        DistributionConfig c = DistributionConfig.load(ItPlatform.distribution(dir.equals("brainj") ? dir
                : "brainj-" + dir));
        assertEquals(name, c.frameworkProperties().get(DistributionConfig.NAME_PROPERTY));
        // only the locked example polices deploy/
        assertEquals(name.equals("locked"), c.frameworkProperties().containsKey(TrustPolicy.ALLOWLIST_PROPERTY));
        List<String> expected = switch (name) {
            case "cpu-minimal" -> List.of("run", "--backend", "cpu", "coba");
            case "teaching" -> List.of("run", "--backend", "cpu", "--threads", "1", "coba");
            default -> List.of("run", "coba");
        };
        assertEquals(expected, List.of(c.withDefaults(new String[] {"run", "coba"})));
        // an option given on the command line wins over the profile's default
        List<String> given = List.of(c.withDefaults(new String[] {"run", "coba", "--backend", "auto"}));
        assertFalse(given.contains("cpu"), given.toString());
    }
}
