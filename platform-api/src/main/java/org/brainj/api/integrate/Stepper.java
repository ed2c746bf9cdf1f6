package org.brainj.api.integrate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Advances one bound equation system by one step, in place. A stepper owns its stage buffers (allocated once at
 * creation) and, for delay and fractional methods, its history, so {@link #step} never allocates. Not thread-safe:
 * one stepper per system.
 */
@ConsumerType
public interface Stepper {

    /**
     * Advances the state from t to t + dt.
     *
     * @param step the step index (keys the noise of SDE methods and the memory of delay and fractional methods)
     * @param t    the time at the start of the step [ms]
     * @param dt   the step size [ms], positive
     * @param y    the state at t on entry, at t + dt on return (modified)
     */
    void step(long step, double t, double dt, double[] y);

    /** Forgets any history (delay buffers, fractional memory) so the next step starts a new run. */
    default void reset() {
    }
}
