package org.brainj.api.core;

import org.brainj.api.random.CounterRandom;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The shared per-step context a runner hands to every {@link DynamicalSystem#update(StepContext)}: models read time
 * from here, never from arguments. One instance is reused for the whole run; its values change between steps.
 */
@ProviderType
public interface StepContext {

    /** @return the time at the start of this step, t = t0 + i·dt [ms] */
    double t();

    /** @return the step size [ms] */
    double dt();

    /** @return the step index i, counted from 0 at the start of the run */
    long step();

    /** @return true while training (surrogate spikes, batched state), false while simulating */
    boolean training();

    /**
     * @return the run's seeded counter-based random source; draws are keyed by (stream, index, step) so they do not
     *     depend on update order or thread count
     */
    CounterRandom random();
}
