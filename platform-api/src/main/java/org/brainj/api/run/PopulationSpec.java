package org.brainj.api.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;

/**
 * A population in a network spec.
 *
 * @param name   unique name within the network
 * @param model  a model name known to a {@link org.brainj.api.model.ModelFactory}
 * @param size   number of members, ≥ 1
 * @param params parameter values
 * @param init   initial values of state variables by name (e.g. {@code V → normal(-55, 5)}); variables not named
 *               start at the model's default
 */
public record PopulationSpec(String name, String model, int size, Parameters params, Map<String, Initializer> init) {

    /** Validates the fields and copies the initial values, keeping their order. */
    public PopulationSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(params, "params");
        if (size < 1) {
            throw new ParameterException(name + ".size", String.valueOf(size), "must be >= 1");
        }
        init = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(init));
    }

    /**
     * A population that starts at the model's default state.
     *
     * @param name   unique name
     * @param model  model name
     * @param size   members
     * @param params parameter values
     */
    public PopulationSpec(String name, String model, int size, Parameters params) {
        this(name, model, size, params, Map.of());
    }

    /**
     * @param variable a state variable
     * @param value    how to initialise it
     * @return a copy with that initial value added (or replaced)
     */
    public PopulationSpec withInit(String variable, Initializer value) {
        Map<String, Initializer> copy = new LinkedHashMap<>(init);
        copy.put(variable, value);
        return new PopulationSpec(name, model, size, params, copy);
    }

    /**
     * @param newParams parameter values
     * @return a copy with those parameters
     */
    public PopulationSpec withParams(Parameters newParams) {
        return new PopulationSpec(name, model, size, newParams, init);
    }
}
