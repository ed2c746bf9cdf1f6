package org.brainj.api.run;

import java.util.List;
import java.util.Optional;

import org.brainj.api.core.BrainjException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a run recorded. A run that stopped early (cancelled, or diverged) still returns everything recorded up to its
 * last completed step, with {@link #failure()} saying why it stopped.
 */
@ProviderType
public interface RunResult {

    /** @return the simulated time actually covered [ms] */
    double duration();

    /** @return the step size [ms] */
    double dt();

    /** @return the name of the operator backend used, and why when it fell back, e.g. {@code cpu (no GPU: ...)} */
    String backend();

    /** @return the names of the populations with spike records */
    List<String> spikePopulations();

    /**
     * @param population a population's name
     * @return its spikes
     * @throws IllegalArgumentException naming the known populations when it has none
     */
    SpikeRecord spikes(String population);

    /**
     * @param population a population's name
     * @return how many spikes it emitted during the run (also when they were streamed to a sink rather than kept)
     */
    default long spikeCount(String population) {
        return spikes(population).count();
    }

    /** @return the targets of the traces recorded */
    List<String> traceTargets();

    /**
     * @param target {@code population.variable}
     * @return its trace
     * @throws IllegalArgumentException naming the known targets when it was not monitored
     */
    Trace trace(String target);

    /** @return wall-time accounting */
    RunTimings timings();

    /** @return why the run stopped before its duration, if it did */
    Optional<BrainjException> failure();
}
