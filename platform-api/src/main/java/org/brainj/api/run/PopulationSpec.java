package org.brainj.api.run;

import java.util.Objects;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;

/**
 * A population in a network spec.
 *
 * @param name   unique name within the network
 * @param model  a model name known to a {@link org.brainj.api.model.ModelFactory}
 * @param size   number of members, ≥ 1
 * @param params parameter values
 */
public record PopulationSpec(String name, String model, int size, Parameters params) {

    /** Validates the fields. */
    public PopulationSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(params, "params");
        if (size < 1) {
            throw new ParameterException(name + ".size", String.valueOf(size), "must be >= 1");
        }
    }
}
