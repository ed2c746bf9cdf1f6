package org.brainj.cli.internal;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Says at once, on the terminal, what went wrong with a file dropped into deploy/: FileInstall skips a corrupt jar
 * and leaves an unresolvable bundle INSTALLED without a word. Registered as FileInstall's lowest-ranked artifact
 * listener, it is asked about files no other handler took, reports the bad ones and declines them all; as a bundle
 * listener it reports deployed bundles that stay unresolved, and bundles whose activator throws (synchronous,
 * because the framework delivers STARTING only to synchronous listeners).
 */
@Component(service = ArtifactInstaller.class, immediate = true, property = "service.ranking:Integer=-1000")
public final class DeployReporter implements ArtifactInstaller, SynchronousBundleListener {

    private static final System.Logger LOG = System.getLogger("brainj.deploy");

    /** FileInstall tries to start a new bundle right after installing it; judge only after that attempt. */
    private static final long SETTLE_MILLIS = 1500;

    private final BundleContext context;
    /** Bundle id to why it is not running, for bundles whose start failed; read by {@code brainj bundles}. */
    static final Map<Long, String> FAILED_STARTS = new ConcurrentHashMap<>();

    private final Map<Path, Long> reported = new ConcurrentHashMap<>();
    private final java.util.Set<Long> starting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "brainj-deploy-reporter");
        t.setDaemon(true);
        return t;
    });

    /** @param context this bundle's context */
    @Activate
    public DeployReporter(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
        timer.shutdownNow();
    }

    @Override
    public boolean canHandle(File artifact) {
        Path p = artifact.toPath();
        // FileInstall offers an unhandled file again at every poll: say it once per version of the file.
        if (artifact.getName().endsWith(".jar") && !DeployDiagnostics.isBundle(p)
                && !Long.valueOf(artifact.lastModified()).equals(reported.put(p, artifact.lastModified()))) {
            LOG.log(System.Logger.Level.WARNING, "deploy/" + artifact.getName() + ": "
                    + DeployDiagnostics.whyNotInstalled(p));
        }
        return false;
    }

    // canHandle declines every file, so FileInstall never hands one over to the three methods below.
    @Override
    public void install(File artifact) {
        // nothing to install: see canHandle
    }

    @Override
    public void update(File artifact) {
        // nothing to update: see canHandle
    }

    @Override
    public void uninstall(File artifact) {
        // nothing to uninstall: see canHandle
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle b = event.getBundle();
        // A start that fails (the activator threw) goes STARTING -> STOPPING -> STOPPED, never STARTED.
        if (event.getType() == BundleEvent.STARTING) {
            starting.add(b.getBundleId());
        } else if (event.getType() == BundleEvent.STARTED) {
            starting.remove(b.getBundleId());
            FAILED_STARTS.remove(b.getBundleId());
        } else if (event.getType() == BundleEvent.STOPPED && starting.remove(b.getBundleId())) {
            String name = deployedName(b.getLocation());
            FAILED_STARTS.put(b.getBundleId(), "not started: its activator failed when started");
            LOG.log(System.Logger.Level.WARNING, (name == null ? "" : "deploy/" + name + " ") + "("
                    + b.getSymbolicName() + " " + b.getVersion() + ") failed to start: its activator threw; it "
                    + "stays RESOLVED and the rest of the platform keeps running");
        } else if (event.getType() == BundleEvent.UNINSTALLED) {
            FAILED_STARTS.remove(b.getBundleId());
        }
        if (event.getType() != BundleEvent.INSTALLED && event.getType() != BundleEvent.UPDATED) {
            return;
        }
        String name = deployedName(b.getLocation());
        if (name == null) {
            return;
        }
        timer.schedule(() -> {
            if (b.getState() == Bundle.INSTALLED && TrustPolicyView.refusal(context, b) == null) {
                // (a bundle the trust policy refused is reported by the launcher, in its own words)
                LOG.log(System.Logger.Level.WARNING, "deploy/" + name + " (" + b.getSymbolicName() + " "
                        + b.getVersion() + ") " + DeployDiagnostics.unresolved(context, b)
                        + "; the rest of the platform keeps running");
            }
        }, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private String deployedName(String location) {
        String home = context.getProperty(CliService.HOME_PROPERTY);
        if (home == null) {
            return null;
        }
        try {
            URI u = URI.create(location);
            if (!"file".equals(u.getScheme())) {
                return null;
            }
            Path p = Path.of(u).toAbsolutePath().normalize();
            return p.getParent().equals(Path.of(home, "deploy").toAbsolutePath().normalize())
                    ? p.getFileName().toString() : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
