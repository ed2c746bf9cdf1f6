package org.brainj.api.platform;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Providers listed in {@code META-INF/services} on a plain classpath. Each SPI is loaded once, so stateful providers
 * (thread pools, caches) are shared like OSGi singletons.
 */
final class ServiceLoaderRegistry implements ProviderRegistry {

    private final Map<Class<?>, List<?>> cache = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Provider> List<T> all(Class<T> spi) {
        return (List<T>) cache.computeIfAbsent(spi, this::load);
    }

    private List<?> load(Class<?> spi) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = spi.getClassLoader();
        }
        List<Provider> found = new ArrayList<>();
        for (Object p : ServiceLoader.load(spi, loader)) {
            found.add((Provider) p);
        }
        found.sort(Comparator.comparingInt(Provider::ranking).reversed().thenComparing(Provider::name));
        return List.copyOf(found);
    }

    @Override
    public List<ProviderInfo> describe(Class<? extends Provider> spi) {
        List<ProviderInfo> out = new ArrayList<>();
        for (Provider p : all(spi)) {
            out.add(Providers.info(spi, p, origin(p), p.ranking()));
        }
        return out;
    }

    private static String origin(Object p) {
        CodeSource cs = p.getClass().getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return "classpath";
        }
        String path = cs.getLocation().getPath();
        int slash = path.lastIndexOf('/', path.endsWith("/") ? path.length() - 2 : path.length());
        return path.substring(slash + 1);
    }

    @Override
    public String kind() {
        return "classpath";
    }
}
