package org.brainj.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provenance record on a plain class path, and the digest against a published test vector. */
class ProvenanceTest {

    @TempDir
    Path dir;

    @Test
    void sha256MatchesTheFipsTestVectorAndFollowsAChangedFile() throws Exception {
        Path f = dir.resolve("abc.jar");
        Files.writeString(f, "abc", StandardCharsets.US_ASCII);
        // FIPS 180-2, appendix B.1: SHA-256("abc")
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Provenance.sha256(f));
        Files.writeString(f, "abcd", StandardCharsets.US_ASCII);
        // a changed file is hashed again, not served from the cache (value from sha256sum)
        assertEquals("88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589", Provenance.sha256(f));
        assertNull(Provenance.sha256(dir.resolve("missing.jar")));
    }

    @Test
    void recordsRunAndJvmWithoutAFramework() {
        ObjectNode p = Provenance.json(null, "cpu (cpu, ranking 0)", 7, 2);
        assertEquals("cpu (cpu, ranking 0)", p.get("backend").asText());
        assertEquals(7, p.get("seed").asLong());
        assertEquals(2, p.get("threads").asInt());
        assertEquals(System.getProperty("java.vendor"), p.at("/jvm/vendor").asText());
        assertEquals(System.getProperty("os.arch"), p.at("/os/arch").asText());
        assertEquals("unknown", p.get("distribution").asText());
        assertTrue(p.get("bundles").isArray() && p.get("bundles").isEmpty());
    }

    @Test
    void bundleLocationsNameTheirFiles() throws Exception {
        Path jar = Files.writeString(dir.resolve("b.jar"), "x");
        assertEquals(jar, Provenance.file("reference:" + jar.toUri()));
        assertEquals(jar, Provenance.file(jar.toUri().toString()));
        assertNull(Provenance.file("System Bundle"));
        assertNull(Provenance.file("https://example.org/b.jar"));
    }
}
