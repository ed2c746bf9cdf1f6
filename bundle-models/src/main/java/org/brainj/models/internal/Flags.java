package org.brainj.models.internal;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/** Yes/no settings carried as numeric parameters (0 = no, 1 = yes), since parameter values are numbers. */
public final class Flags {

    private Flags() {
    }

    /**
     * @param name        the flag's name
     * @param yes         its default
     * @param description its meaning
     * @return a spec allowing [0, 1]; {@link #get} narrows it to exactly 0 or 1
     */
    static ParameterSpec spec(String name, boolean yes, String description) {
        return new ParameterSpec(name, "1", yes ? 1.0 : 0.0, 0.0, 1.0, false, description + " (0 = no, 1 = yes)");
    }

    /**
     * @param params the given values
     * @param spec   a spec made by {@link #spec}
     * @return the flag's value, or its default
     * @throws ParameterException when the value is not exactly 0 or 1
     */
    static boolean get(Parameters params, ParameterSpec spec) {
        return of(spec.name(), params.get(spec));
    }

    /**
     * @param name  the flag's name, for the message
     * @param value its value
     * @return the flag
     * @throws ParameterException when the value is not exactly 0 or 1
     */
    public static boolean of(String name, double value) {
        if (value != 0.0 && value != 1.0) {
            throw new ParameterException(name, String.valueOf(value), "must be 0 (no) or 1 (yes)");
        }
        return value == 1.0;
    }
}
