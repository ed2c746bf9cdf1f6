package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust policy's judgement without a framework: which deploy/ content it admits and refuses.
 */
class TrustPolicyTest {

    @Test
    void anUnsignedEntryUnderMetaInfFailsTheSignerCheck(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("keys.p12");
        jdkTool("keytool", "-genkeypair", "-alias", "lab", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=lab", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit");
        Path pem = dir.resolve("trusted.pem");
        jdkTool("keytool", "-exportcert", "-rfc", "-alias", "lab", "-keystore", store.toString(), "-storepass",
                "changeit", "-file", pem.toString());
        Path plain = dir.resolve("plain.jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(plain))) {
            put(z, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nMulti-Release: true\r\n\r\n");
            put(z, "a/A.class", "the signed class");
        }
        Path signed = dir.resolve("signed.jar");
        jdkTool("jarsigner", "-keystore", store.toString(), "-storepass", "changeit", "-signedjar",
                signed.toString(), plain.toString(), "lab");
        TrustedSigners signers = new TrustedSigners(pem);
        assertNull(signers.check(signed), "the jar as jarsigner wrote it is signed throughout");

        // A multi-release jar's META-INF/versions/ classes replace the signed ones on Java 9+: they must be signed.
        Path tampered = dir.resolve("tampered.jar");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(signed));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            put(out, "META-INF/versions/17/a/A.class", "code nobody signed");
        }
        String why = signers.check(tampered);
        assertNotNull(why, "an unsigned META-INF/versions/ class passed the signer check");
        assertEquals("entry META-INF/versions/17/a/A.class is not signed", why);
    }

    @Test
    void signatureFilesAreTheOnlyUnsignedEntries() {
        for (String name : List.of("META-INF/MANIFEST.MF", "META-INF/LAB.SF", "META-INF/LAB.EC", "META-INF/LAB.RSA",
                "META-INF/LAB.DSA", "META-INF/SIG-LAB")) {
            assertTrue(TrustedSigners.isSignatureFile(name), name);
        }
        for (String name : List.of("META-INF/services/x.Y", "META-INF/versions/17/A.class", "META-INF/lib.jar",
                "META-INF/maven/x/pom.xml", "OSGI-INF/c.xml", "a/MANIFEST.MF")) {
            assertTrue(!TrustedSigners.isSignatureFile(name), name);
        }
    }

    @Test
    void anExplodedFolderInDeployIsRefused(@TempDir Path home) throws IOException {
        Path deploy = Files.createDirectories(home.resolve("deploy"));
        Path folder = Files.createDirectories(deploy.resolve("exploded bundle"));
        Path allow = Files.writeString(home.resolve("allowed.sha256"), "# none\n");
        TrustPolicy policy = new TrustPolicy(deploy, allow, null);
        // FileInstall's location for a folder: new URL("jardir", null, path), the path not encoded.
        assertNotNull(policy.judge("jardir:" + folder, "evil", "1.0.0"));
        assertNull(policy.judge("reference:" + home.resolve("bundles/a.jar").toUri(), "a", "1.0.0"),
                "bundles/ is the distribution itself");
    }

    @Test
    void aBundleOutsideDeployWhoseContentWasReplacedIsRefused(@TempDir Path home) throws IOException {
        Path deploy = Files.createDirectories(home.resolve("deploy"));
        Path allow = Files.writeString(home.resolve("allowed.sha256"), "# none\n");
        TrustPolicy policy = new TrustPolicy(deploy, allow, null);
        String platform = "reference:" + home.resolve("bundles/models.jar").toUri();
        assertNull(policy.judge(platform, "org.brainj.models", "1.0.0"));
        // FileInstall updates a bundle of the same symbolic name and version with a deploy/ jar, location unchanged.
        policy.updated(platform);
        String why = policy.judge(platform, "org.brainj.models", "1.0.0");
        assertNotNull(why);
        assertTrue(why.contains("replaced by an update"), why);
        assertEquals(why, policy.apply(platform));
        policy.forget(platform);
        assertNull(policy.judge(platform, "org.brainj.models", "1.0.0"), "a reinstalled bundle is judged afresh");
    }

    private static void put(ZipOutputStream z, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    private static void jdkTool(String tool, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), tool + " failed: " + out);
    }
}
