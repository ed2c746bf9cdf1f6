package org.brainj.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/** Explains, in plain words, why a bundle or a file in deploy/ is not running. */
final class DeployDiagnostics {

    private DeployDiagnostics() {
    }

    /**
     * @param context any bundle context
     * @param b       a bundle in state INSTALLED
     * @return why it cannot resolve, in plain words
     */
    static String unresolved(BundleContext context, Bundle b) {
        BundleRevision rev = b.adapt(BundleRevision.class);
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        List<String> missing = new ArrayList<>();
        if (rev != null) {
            for (Requirement r : rev.getRequirements(null)) {
                String resolution = r.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
                if (Namespace.RESOLUTION_OPTIONAL.equals(resolution)) {
                    continue;
                }
                if (r instanceof org.osgi.framework.wiring.BundleRequirement
                        && wiring.findProviders(r).isEmpty()) {
                    missing.add(RequirementText.of(r));
                }
            }
        }
        if (missing.isEmpty()) {
            return "cannot resolve (conflicting package uses); 'brainj shell' then 'start " + b.getBundleId()
                    + "' shows the resolver's message";
        }
        return "cannot resolve: needs " + String.join("; ", missing) + ", which no installed bundle provides";
    }

    /**
     * @param jar a jar in deploy/ that no installed bundle came from
     * @return why, in plain words
     */
    static String whyNotInstalled(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest m = jf.getManifest();
            if (m == null || m.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                return "not an OSGi bundle (no Bundle-SymbolicName in its manifest); skipped";
            }
            return "bundle " + m.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME)
                    + " is not installed (a bundle with the same name and version may already be installed, "
                    + "or FileInstall has not polled yet)";
        } catch (IOException e) {
            return "not a valid jar (" + e.getMessage() + "); skipped, the platform keeps running";
        }
    }

    /**
     * @param jar a file in deploy/
     * @return true when it is a readable jar whose manifest names a bundle
     */
    static boolean isBundle(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest m = jf.getManifest();
            return m != null && m.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
