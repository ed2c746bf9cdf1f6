package org.brainj.operators.cpu.internal;

import java.util.Objects;

/**
 * Argument checks shared by the operator families. Each failure names the argument, what it has and what was
 * expected, so a caller can fix a wiring mistake from the message alone.
 */
final class Shapes {

    private Shapes() {
    }

    /**
     * @param name  argument name, for the message
     * @param value a dimension
     * @return {@code value}
     * @throws IllegalArgumentException when negative
     */
    static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " = " + value + " must be >= 0");
        }
        return value;
    }

    /**
     * @param name argument name of the matrix, for the message
     * @param rows its rows, already checked non-negative
     * @param cols its columns, already checked non-negative
     * @return rows × cols
     * @throws IllegalArgumentException when the product does not fit a Java array
     */
    static int area(String name, int rows, int cols) {
        long n = (long) rows * cols;
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " of shape " + rows + " x " + cols + " has " + n
                    + " entries, more than a Java array holds (" + Integer.MAX_VALUE + ")");
        }
        return (int) n;
    }

    /**
     * @param name     argument name
     * @param array    the argument
     * @param expected the length it must have
     * @throws NullPointerException     naming the argument when it is null
     * @throws IllegalArgumentException when its length differs
     */
    static void length(String name, double[] array, int expected) {
        Objects.requireNonNull(array, name);
        check(name, array.length, expected);
    }

    /** As {@link #length(String, double[], int)} for {@code int[]}. */
    static void length(String name, int[] array, int expected) {
        Objects.requireNonNull(array, name);
        check(name, array.length, expected);
    }

    /** As {@link #length(String, double[], int)} for {@code boolean[]}. */
    static void length(String name, boolean[] array, int expected) {
        Objects.requireNonNull(array, name);
        check(name, array.length, expected);
    }

    private static void check(String name, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(name + " has length " + actual + ", expected " + expected);
        }
    }

    /**
     * Rejects an output that is also an input: the operators write the output while still reading the input.
     *
     * @param outName output argument name
     * @param out     the output
     * @param inName  input argument name
     * @param in      the input
     */
    static void distinct(String outName, double[] out, String inName, double[] in) {
        if (out == in) {
            throw new IllegalArgumentException(outName + " must not be the same array as " + inName);
        }
    }

    /**
     * @param name  index array name, for the message
     * @param k     position in that array
     * @param value the index found there
     * @param bound exclusive upper bound
     * @return an exception saying that {@code name[k] = value} is outside [0, bound)
     */
    static IllegalArgumentException indexOutside(String name, int k, int value, int bound) {
        return new IllegalArgumentException(name + "[" + k + "] = " + value + " is outside [0, " + bound + ")");
    }

    /**
     * Checks a compact list of firing rows before anything is written, so a bad list leaves the output untouched.
     *
     * @param fired the list, first {@code count} entries used
     * @param count entries used
     * @param rows  rows of the matrix
     * @throws IllegalArgumentException naming {@code count} or the first entry outside [0, rows)
     */
    static void firedList(int[] fired, int count, int rows) {
        Objects.requireNonNull(fired, "fired");
        if (count < 0 || count > fired.length) {
            throw new IllegalArgumentException("count = " + count + " must be in [0, fired.length = "
                    + fired.length + "]");
        }
        for (int s = 0; s < count; s++) {
            if (fired[s] < 0 || fired[s] >= rows) {
                throw indexOutside("fired", s, fired[s], rows);
            }
        }
    }
}
