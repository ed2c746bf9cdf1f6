package org.brainj.launcher.crash;

import java.util.Hashtable;
import java.util.Optional;

import org.brainj.api.ops.BackendKind;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.OperatorBackend;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers backend {@code failing}, whose event operator throws in the middle of a run (a third-party bug). */
public final class FailingBackendActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        EventOps broken = new EventOps() {
            @Override
            public void eventCsrmv(CsrMatrix m, boolean[] events, double[] out) {
                throw new IllegalStateException("failing backend: event operator crashed on purpose");
            }

            @Override
            public void eventCsrmv(CsrMatrix m, double[] events, double[] out) {
                throw new IllegalStateException("failing backend: event operator crashed on purpose");
            }

            @Override
            public void eventCsrmv(CsrMatrix m, int[] fired, int count, double[] out) {
                throw new IllegalStateException("failing backend: event operator crashed on purpose");
            }

            @Override
            public void eventCsrmvGather(CsrMatrix m, boolean[] events, double[] out) {
                throw new IllegalStateException("failing backend: event operator crashed on purpose");
            }
        };
        context.registerService(OperatorBackend.class, new OperatorBackend() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public BackendKind backendKind() {
                return BackendKind.CPU;
            }

            @Override
            public <T> Optional<T> operators(Class<T> family) {
                return family == EventOps.class ? Optional.of(family.cast(broken)) : Optional.empty();
            }
        }, new Hashtable<>());
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
