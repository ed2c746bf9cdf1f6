package org.brainj.api.run;

import org.brainj.api.core.DynamicalSystem;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A built model, ready to run: arrays allocated, connectivity generated, backend and integrators bound. Runs
 * continue from where the last one ended until {@link #reset()}. Not thread-safe.
 */
@ProviderType
public interface Simulation {

    /** @return the model's root system */
    DynamicalSystem root();

    /** @return the options it was built with */
    SimulationOptions options();

    /**
     * @param request duration, monitors, progress and cancellation
     * @return what was recorded
     */
    RunResult run(RunRequest request);

    /** @return the number of neurons (members of every population), for reports */
    int neurons();

    /** @return the number of synapses of every projection (computed, not stored, for just-in-time connectivity) */
    long synapses();

    /** Returns every state variable to its initial value and time to 0. */
    void reset();
}
