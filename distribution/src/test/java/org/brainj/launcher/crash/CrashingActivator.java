package org.brainj.launcher.crash;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** A third-party bundle's activator that fails as badly as it can: an unchecked error from start. */
public final class CrashingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("crashing activator: failed on purpose");
    }

    @Override
    public void stop(BundleContext context) {
        // never started
    }
}
