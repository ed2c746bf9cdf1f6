package org.brainj.api.run;

import java.util.Objects;

import org.brainj.api.model.Parameters;

/**
 * An input driving a population (constant current, Poisson drive, ...).
 *
 * @param target the driven population
 * @param model  the input model's name
 * @param params its parameters
 */
public record InputSpec(String target, String model, Parameters params) {

    /** Checks every field is present. */
    public InputSpec {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(params, "params");
    }
}
