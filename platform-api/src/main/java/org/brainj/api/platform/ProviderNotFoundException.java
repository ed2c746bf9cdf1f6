package org.brainj.api.platform;

import java.util.List;

/** Thrown when no provider of an SPI has the requested name; the message lists the names that exist. */
public class ProviderNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> available;

    /**
     * @param spi       the SPI interface looked up
     * @param name      the name asked for
     * @param available the names that are registered
     */
    public ProviderNotFoundException(Class<?> spi, String name, List<String> available) {
        super("no " + spi.getSimpleName() + " named '" + name + "'; available: "
                + (available.isEmpty() ? "none" : String.join(", ", available)));
        this.available = List.copyOf(available);
    }

    /** @return the provider names that are registered for the SPI */
    public List<String> available() {
        return available;
    }
}
