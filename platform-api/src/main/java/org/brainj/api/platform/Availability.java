package org.brainj.api.platform;

import java.util.Objects;

/**
 * Whether a provider can be used here and, when it cannot, the reason in one plain line.
 *
 * @param available true when the provider can be selected
 * @param reason    empty when available; otherwise why not (e.g. "libcuda.so.1: cannot open shared object file")
 */
public record Availability(boolean available, String reason) {

    /** The provider is usable. */
    public static final Availability AVAILABLE = new Availability(true, "");

    /** Checks the reason is present, and non-blank when unavailable. */
    public Availability {
        Objects.requireNonNull(reason, "reason");
        if (!available && reason.isBlank()) {
            throw new IllegalArgumentException("an unavailable provider must say why");
        }
    }

    /**
     * @param reason why the provider cannot be used, in one plain line
     * @return an unavailable status
     */
    public static Availability unavailable(String reason) {
        return new Availability(false, reason);
    }
}
