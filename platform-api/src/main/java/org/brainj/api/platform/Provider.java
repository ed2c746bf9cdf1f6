package org.brainj.api.platform;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Common face of every provider the platform looks up: a stable name and a ranking.
 *
 * <p>Inside an OSGi framework the service property {@code service.ranking} orders providers (it is what
 * dynamic greedy references see); on a plain classpath {@link #ranking()} does. Implementations declare both from
 * one constant, e.g. {@code @Component(property = Provider.RANKING + "=" + CpuBackend.RANKING)}.
 */
@ConsumerType
public interface Provider {

    /** Service property prefix for the ranking, typed as an Integer, to be followed by {@code "=" + value}. */
    String RANKING = "service.ranking:Integer";

    /**
     * Returns the provider's name, unique among the providers of one SPI, in the field's words
     * (e.g. {@code "cpu"}, {@code "runge-kutta"}).
     *
     * @return the name, never blank
     */
    String name();

    /**
     * Returns the ranking; when several providers of one SPI apply, the highest wins.
     *
     * @return the ranking, 0 unless overridden
     */
    default int ranking() {
        return 0;
    }

    /**
     * Returns the hardware the provider computes on, for listings.
     *
     * @return {@code "cpu"}, {@code "gpu"}, or {@code "-"} when it does not apply
     */
    default String kind() {
        return "-";
    }

    /**
     * Returns what the provider offers, in one line for listings (e.g. the methods of an integrator family, the
     * device of a GPU backend).
     *
     * @return the description, empty unless overridden
     */
    default String description() {
        return "";
    }

    /**
     * Tells whether the provider can be used on this machine, and if not, why in one plain line
     * (e.g. a GPU backend on a machine without a CUDA driver). Unavailable providers are listed but never selected.
     *
     * @return the availability, {@link Availability#AVAILABLE} unless overridden
     */
    default Availability availability() {
        return Availability.AVAILABLE;
    }
}
