package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.framework.Bundle;

/**
 * Provenance: every run's summary.json and {@code brainj bundles} record the exact bundle set (symbolic name, version,
 * SHA-256 of each jar, recomputed here from the files), the platform version, backend, seed and JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvenanceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private ItPlatform p;

    @BeforeAll
    void boot() throws Exception {
        p = ItPlatform.boot("brainj");
    }

    @AfterAll
    void shutdown() throws Exception {
        p.close();
    }

    /** The SHA-256 of a bundle's jar, computed here independently of the platform. */
    private static String sha256(Bundle b) throws Exception {
        Path file = b.getBundleId() == 0
                ? Path.of(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                : Path.of(URI.create(b.getLocation().replaceFirst("^reference:", "")));
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            md.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    @Test
    void summaryRecordsBundlesDigestsPlatformBackendSeedAndJvm() throws Exception {
        Path out = p.home.resolve("run");
        ItPlatform.Output o = p.brainj("run", "coba", "--neurons", "400", "--duration", "20", "--seed", "7",
                "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        // the existing contract is untouched
        for (String field : List.of("model", "neurons", "seed", "backend", "threads", "bundles", "files")) {
            assertTrue(s.has(field), field);
        }
        JsonNode prov = s.get("provenance");
        assertNotNull(prov, s.toString());
        assertEquals(7, prov.get("seed").asLong());
        assertEquals(s.get("backend").asText(), prov.get("backend").asText());
        assertEquals(s.get("threads").asInt(), prov.get("threads").asInt());
        assertEquals("full", prov.get("distribution").asText());
        assertEquals(p.bundle("platform-api").getVersion().toString(), prov.get("platform_version").asText());
        assertEquals(System.getProperty("java.runtime.version"), prov.at("/jvm/version").asText());
        assertEquals(System.getProperty("java.vendor"), prov.at("/jvm/vendor").asText());

        Map<String, JsonNode> recorded = new HashMap<>();
        prov.get("bundles").forEach(b -> recorded.put(b.get("symbolic_name").asText(), b));
        Bundle[] installed = p.rt.framework().getBundleContext().getBundles();
        assertEquals(installed.length, recorded.size(), prov.get("bundles").toString());
        for (Bundle b : installed) {
            JsonNode r = recorded.get(b.getSymbolicName());
            assertNotNull(r, b.getSymbolicName() + " missing");
            assertEquals(b.getVersion().toString(), r.get("version").asText());
            assertEquals(b.getBundleId(), r.get("id").asLong());
            assertEquals(sha256(b), r.get("sha256").asText(), b.getSymbolicName());
        }
    }

    @Test
    void bundlesCommandListsFullDigestsAndTheSameJson() throws Exception {
        ItPlatform.Output table = p.brainj("bundles", "--sha256");
        assertEquals(0, table.status(), table.err());
        for (Bundle b : p.rt.framework().getBundleContext().getBundles()) {
            String line = table.out().lines().filter(l -> l.contains(" " + b.getSymbolicName() + " "))
                    .findFirst().orElse("");
            assertTrue(line.contains(sha256(b)), b.getSymbolicName() + ": " + line);
        }
        ItPlatform.Output json = p.brainj("bundles", "--json");
        assertEquals(0, json.status(), json.err());
        JsonNode prov = JSON.readTree(json.out());
        assertEquals(p.rt.framework().getBundleContext().getBundles().length, prov.get("bundles").size());
        assertEquals(sha256(p.bundle("bundle-models")), findSha(prov, "bundle-models"));
    }

    private static String findSha(JsonNode prov, String bsn) {
        for (JsonNode b : prov.get("bundles")) {
            if (bsn.equals(b.get("symbolic_name").asText())) {
                return b.get("sha256").asText();
            }
        }
        return null;
    }
}
