package org.brainj.api.platform;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Providers registered as OSGi services. One tracker per SPI follows the registry live, so a bundle dropped into the
 * deploy folder is seen by the next lookup and a removed one disappears; nothing is cached beyond the tracker.
 */
final class OsgiRegistry implements ProviderRegistry {

    private static final System.Logger LOG = System.getLogger(OsgiRegistry.class.getName());

    private final Bundle bundle;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();

    OsgiRegistry(Bundle bundle) {
        this.bundle = bundle;
    }

    private BundleContext context() {
        BundleContext ctx = bundle.getBundleContext();
        if (ctx == null) {
            throw new IllegalStateException("bundle " + bundle.getSymbolicName()
                    + " is not active (state " + bundle.getState() + "); start it before looking up providers");
        }
        return ctx;
    }

    @SuppressWarnings("unchecked")
    private <T> ServiceTracker<T, T> tracker(Class<T> spi) {
        return (ServiceTracker<T, T>) trackers.computeIfAbsent(spi, s -> {
            ServiceTracker<T, T> t = new ServiceTracker<>(context(), spi, null);
            t.open();
            return t;
        });
    }

    private <T> List<ServiceReference<T>> references(Class<T> spi) {
        ServiceReference<T>[] refs = tracker(spi).getServiceReferences();
        if (refs == null) {
            return List.of();
        }
        List<ServiceReference<T>> list = new ArrayList<>(Arrays.asList(refs));
        // ServiceReference.compareTo ranks by service.ranking then by lower service id; highest first.
        list.sort(Comparator.<ServiceReference<T>>naturalOrder().reversed());
        return list;
    }

    @Override
    public <T extends Provider> List<T> all(Class<T> spi) {
        ServiceTracker<T, T> t = tracker(spi);
        List<T> out = new ArrayList<>();
        for (ServiceReference<T> ref : references(spi)) {
            T service = t.getService(ref);
            if (service != null) {
                out.add(service);
            }
        }
        return out;
    }

    @Override
    public List<ProviderInfo> describe(Class<? extends Provider> spi) {
        return describeTyped(spi);
    }

    private <T extends Provider> List<ProviderInfo> describeTyped(Class<T> spi) {
        ServiceTracker<T, T> t = tracker(spi);
        List<ProviderInfo> out = new ArrayList<>();
        for (ServiceReference<T> ref : references(spi)) {
            T service = t.getService(ref);
            if (service == null) {
                continue;
            }
            Object r = ref.getProperty(Constants.SERVICE_RANKING);
            int ranking = r instanceof Integer ? (Integer) r : 0;
            if (ranking != service.ranking()) {
                LOG.log(Level.WARNING, "{0} ''{1}'': service.ranking {2} differs from ranking() {3}; "
                        + "the OSGi ranking is used here, the other on a plain classpath",
                        spi.getSimpleName(), service.name(), ranking, service.ranking());
            }
            Bundle b = ref.getBundle();
            String origin = b == null ? "?" : b.getSymbolicName() + " " + b.getVersion();
            out.add(Providers.info(spi, service, origin, ranking));
        }
        return out;
    }

    @Override
    public String kind() {
        return "osgi";
    }
}
