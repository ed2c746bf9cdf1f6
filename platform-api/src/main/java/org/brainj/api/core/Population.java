package org.brainj.api.core;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** A group of same-kind units (neurons, rate units, compartments) whose state is kept structure-of-arrays. */
@ConsumerType
public interface Population extends DynamicalSystem {

    /** @return the population's name, unique within its network */
    String name();

    /** @return the number of members */
    int size();

    /** @return the state variables, each a live view over all members */
    List<StateVariable> state();

    /**
     * @return the spikes emitted during the last step, one flag per member (a live view, not a copy); all false for
     *     populations that do not spike
     */
    boolean[] spikes();
}
