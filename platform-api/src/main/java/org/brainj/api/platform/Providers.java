package org.brainj.api.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The one lookup facade: finds providers of an SPI in the OSGi service registry when this class was loaded by a
 * bundle, and through {@link java.util.ServiceLoader} on a plain classpath. Callers never see which.
 *
 * <p>Lookups are not free: call them at build or run boundaries, never inside a time step.
 */
public final class Providers {

    private static volatile ProviderRegistry registry;

    private Providers() {
    }

    private static ProviderRegistry registry() {
        ProviderRegistry r = registry;
        if (r == null) {
            synchronized (Providers.class) {
                r = registry;
                if (r == null) {
                    r = detect();
                    registry = r;
                }
            }
        }
        return r;
    }

    private static ProviderRegistry detect() {
        try {
            Bundle bundle = FrameworkUtil.getBundle(Providers.class);
            if (bundle != null) {
                return new OsgiRegistry(bundle);
            }
        } catch (LinkageError notInFramework) {
            // org.osgi.framework is absent from a plain classpath: fall through to ServiceLoader.
        }
        return new ServiceLoaderRegistry();
    }

    /**
     * @param spi the SPI interface
     * @param <T> its type
     * @return every available provider of {@code spi}, highest ranking first (ties by name or registration order)
     */
    public static <T extends Provider> List<T> all(Class<T> spi) {
        List<T> out = new ArrayList<>();
        for (T p : registry().all(spi)) {
            if (p.availability().available()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * @param spi the SPI interface
     * @param <T> its type
     * @return the highest-ranked available provider, if any
     */
    public static <T extends Provider> Optional<T> best(Class<T> spi) {
        List<T> all = all(spi);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * @param spi  the SPI interface
     * @param name the provider name
     * @param <T>  its type
     * @return the highest-ranked available provider with that name, if any
     */
    public static <T extends Provider> Optional<T> named(Class<T> spi, String name) {
        for (T p : all(spi)) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #named} but fails with the list of names that exist.
     *
     * @param spi  the SPI interface
     * @param name the provider name
     * @param <T>  its type
     * @return the provider
     * @throws ProviderNotFoundException when no available provider has that name
     */
    public static <T extends Provider> T require(Class<T> spi, String name) {
        return named(spi, name).orElseThrow(() -> new ProviderNotFoundException(spi, name, names(spi)));
    }

    /**
     * @param spi the SPI interface
     * @return the names of its available providers, in ranking order
     */
    public static List<String> names(Class<? extends Provider> spi) {
        List<String> names = new ArrayList<>();
        for (Provider p : all(spi)) {
            names.add(p.name());
        }
        return names;
    }

    /**
     * Lists every provider of {@code spi}, available or not, with origin, ranking, kind and availability.
     *
     * @param spi the SPI interface
     * @return one entry per provider, in ranking order
     */
    public static List<ProviderInfo> describe(Class<? extends Provider> spi) {
        return registry().describe(spi);
    }

    /** @return {@code "osgi"} inside a framework, {@code "classpath"} otherwise */
    public static String registryKind() {
        return registry().kind();
    }

    static ProviderInfo info(Class<?> spi, Provider p, String origin, int ranking) {
        Availability a = p.availability();
        return new ProviderInfo(spi.getSimpleName(), p.name(), origin, ranking, p.kind(), a.available(),
                a.available() ? p.description() : a.reason());
    }
}
