package org.brainj.api.platform;

import java.util.Objects;

/**
 * What the platform knows about one registered provider, for listings such as {@code brainj services}.
 *
 * @param spi       simple name of the SPI interface (e.g. {@code OperatorBackend})
 * @param name      the provider's {@link Provider#name()}
 * @param origin    where it comes from: bundle symbolic name and version inside OSGi, jar or directory on a classpath
 * @param ranking   the effective ranking used to order providers
 * @param kind      backend kind for operator backends ({@code cpu}, {@code gpu}), otherwise {@code -}
 * @param available whether the provider can be used on this machine
 * @param detail    why it is unavailable, or else what it offers ({@link Provider#description()})
 */
public record ProviderInfo(String spi, String name, String origin, int ranking, String kind, boolean available,
                           String detail) {

    /** Checks that every text field is present. */
    public ProviderInfo {
        Objects.requireNonNull(spi, "spi");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
