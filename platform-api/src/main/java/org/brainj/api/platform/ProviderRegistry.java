package org.brainj.api.platform;

import java.util.List;

/** One source of providers: the OSGi service registry or {@link java.util.ServiceLoader}. */
interface ProviderRegistry {

    /** @return the providers of {@code spi}, highest ranking first, ties broken by name */
    <T extends Provider> List<T> all(Class<T> spi);

    /** @return a listing entry for each provider of {@code spi} */
    List<ProviderInfo> describe(Class<? extends Provider> spi);

    /** @return {@code "osgi"} or {@code "classpath"} */
    String kind();
}
