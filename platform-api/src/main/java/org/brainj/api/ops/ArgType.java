package org.brainj.api.ops;

/** Element type of a custom operator's array argument. */
public enum ArgType {
    /** {@code double[]} */
    DOUBLE,
    /** {@code float[]} */
    FLOAT,
    /** {@code int[]} */
    INT,
    /** {@code boolean[]} (events) */
    BOOLEAN
}
