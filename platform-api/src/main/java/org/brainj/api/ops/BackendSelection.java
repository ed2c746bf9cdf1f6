package org.brainj.api.ops;

import java.util.Objects;

/**
 * The outcome of choosing a backend for one operator family.
 *
 * @param backend    the chosen backend
 * @param operators  its implementation of the family
 * @param explanation why this one, in plain words (names skipped backends and their reasons on fallback)
 * @param <T>        the family type
 */
public record BackendSelection<T>(OperatorBackend backend, T operators, String explanation) {

    /** Checks every field is present. */
    public BackendSelection {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(operators, "operators");
        Objects.requireNonNull(explanation, "explanation");
    }
}
