package org.brainj.api.model;

import java.util.List;
import java.util.Objects;

/**
 * What a factory can build: a model's name, kind, equations in one line and parameters.
 *
 * @param name        the model's name, as BrainPy spells it (e.g. {@code LifRef}, {@code HH}, {@code Expon})
 * @param kind        its kind
 * @param description one line: what it is and where its equations come from
 * @param parameters  its parameters with units, defaults and ranges
 */
public record ModelDescriptor(String name, ModelKind kind, String description, List<ParameterSpec> parameters) {

    /** Checks the fields and copies the list. */
    public ModelDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
    }
}
