package org.brainj.api.command;

import java.util.Objects;

/**
 * Positional parameters of a command, e.g. the model in {@code brainj run coba}.
 *
 * @param label       label in help (e.g. {@code MODEL})
 * @param description one line of help
 * @param minArity    fewest values accepted
 * @param maxArity    most values accepted ({@link Integer#MAX_VALUE} for any number)
 */
public record PositionalSpec(String label, String description, int minArity, int maxArity) {

    /** Validates the arities. */
    public PositionalSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        if (minArity < 0 || maxArity < minArity) {
            throw new IllegalArgumentException("arity must satisfy 0 <= min <= max, got " + minArity + ".."
                    + maxArity);
        }
    }
}
