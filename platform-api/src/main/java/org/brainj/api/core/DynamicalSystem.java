package org.brainj.api.core;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of a model that advances in time: channel, neuron population, synapse, projection, network or system.
 * Systems compose: a container updates its children in a documented order (projections, then dynamics, then the
 * rest), as BrainPy's {@code DynSysGroup} does.
 */
@ConsumerType
public interface DynamicalSystem {

    /**
     * Advances the system by one step of {@code ctx.dt()} from {@code ctx.t()}. Must not allocate.
     *
     * @param ctx the step context
     */
    void update(StepContext ctx);

    /** Resets every state variable of this system and its children to its initial value. */
    void reset();

    /** @return the systems this one contains, in update order; empty for a leaf */
    default List<DynamicalSystem> children() {
        return List.of();
    }
}
