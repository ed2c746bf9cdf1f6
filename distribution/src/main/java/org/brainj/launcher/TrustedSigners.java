package org.brainj.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The keys a distribution trusts: X.509 certificates in a PEM file ({@code keytool -exportcert -rfc}). A jar passes
 * when every entry but the signature files themselves is signed ({@code jarsigner}) and verifies, and each one's
 * signer certificate is one of them. META-INF/ is not exempt: a framework loads code and resources from there too
 * (META-INF/versions/ of a multi-release jar, a Bundle-ClassPath jar, META-INF/services/). The file is re-read when
 * it changes.
 */
final class TrustedSigners {

    private static final System.Logger LOG = System.getLogger("brainj.trust");

    private final Path file;
    private volatile Set<Certificate> trusted = Set.of();
    private volatile long stamp = Long.MIN_VALUE;

    /** @param file the PEM file of trusted certificates */
    TrustedSigners(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** @return the PEM file */
    Path file() {
        return file;
    }

    /**
     * @param jar a jar
     * @return null when it is signed throughout by a trusted key, else why not
     */
    String check(Path jar) {
        Set<Certificate> keys = trusted();
        try (JarFile jf = new JarFile(jar.toFile(), true)) {
            int signed = 0;
            for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements(); ) {
                JarEntry e = en.nextElement();
                if (e.isDirectory() || isSignatureFile(e.getName())) {
                    continue;
                }
                // Reading the entry to its end is what makes JarFile verify its digest (SecurityException if not).
                try (InputStream in = jf.getInputStream(e)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                CodeSigner[] signers = e.getCodeSigners();
                if (signers == null) {
                    return "entry " + e.getName() + " is not signed";
                }
                boolean ok = false;
                for (CodeSigner s : signers) {
                    ok |= keys.contains(s.getSignerCertPath().getCertificates().get(0));
                }
                if (!ok) {
                    return "signed by a key that is not in " + file;
                }
                signed++;
            }
            return signed == 0 ? "it holds no signed entry" : null;
        } catch (SecurityException e) {
            return "its signature does not verify (" + e.getMessage() + ")";
        } catch (IOException e) {
            return "it cannot be read (" + e.getMessage() + ")";
        }
    }

    /**
     * @param name an entry's name
     * @return whether it is the manifest or a signature file, which jarsigner does not sign entry by entry (the
     *         manifest is covered by the signature file's digest, which JarFile checks)
     */
    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        String file = upper.substring("META-INF/".length());
        return file.equals("MANIFEST.MF") || file.startsWith("SIG-") || file.endsWith(".SF")
                || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC");
    }

    private Set<Certificate> trusted() {
        long s;
        try {
            s = Files.getLastModifiedTime(file).toMillis() ^ Files.size(file);
        } catch (IOException e) {
            s = -1;
        }
        if (s != stamp) {
            trusted = read(file);
            stamp = s;
        }
        return trusted;
    }

    private static Set<Certificate> read(Path file) {
        Set<Certificate> out = new HashSet<>();
        try (InputStream in = Files.newInputStream(file)) {
            out.addAll(CertificateFactory.getInstance("X.509").generateCertificates(in));
        } catch (IOException | CertificateException e) {
            LOG.log(System.Logger.Level.WARNING, "trusted signers " + file + " cannot be read (" + e
                    + "): no signature is trusted");
        }
        return out;
    }
}
