package org.brainj.api.model;

import java.util.List;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: builds dynamical models (neurons, rate models, synapses, channels, inputs) by name, so that the CLI, JSON
 * specs and third-party bundles reach every model the same way.
 */
@ConsumerType
public interface ModelFactory extends Provider {

    /** @return the models this factory builds */
    List<ModelDescriptor> models();

    /**
     * @param model  a name from {@link #models()}
     * @param name   the created system's name, unique within its network (e.g. {@code E})
     * @param size   number of members (neurons, synapses, units), ≥ 1
     * @param params parameter values; unknown names and out-of-range values are rejected
     * @return the model, state initialised
     * @throws org.brainj.api.core.ParameterException for a bad parameter, naming it, its value and the range
     * @throws IllegalArgumentException for an unknown model name, listing the known ones
     */
    DynamicalSystem create(String model, String name, int size, Parameters params);
}
