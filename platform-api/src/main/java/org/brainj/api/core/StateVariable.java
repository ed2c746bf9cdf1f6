package org.brainj.api.core;

import java.util.Objects;

/**
 * A named state variable of a population, stored structure-of-arrays: one {@code double[]} for all members.
 * The array is the live state (a view, not a copy): writing to it changes the model.
 *
 * @param name   the variable's name in the model's words (e.g. {@code V}, {@code g}, {@code m})
 * @param unit   its unit (e.g. {@code mV}, {@code nS}, {@code 1})
 * @param values the live values, one per member
 */
public record StateVariable(String name, String unit, double[] values) {

    /** Checks every field is present. */
    public StateVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(values, "values");
    }
}
