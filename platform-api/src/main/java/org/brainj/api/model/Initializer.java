package org.brainj.api.model;

import java.util.Locale;
import java.util.Objects;

import org.brainj.api.core.ParameterException;
import org.brainj.api.random.CounterRandom;

/**
 * How to draw a per-member value (an initial state, a synaptic weight, a per-synapse delay), BrainPy's
 * {@code bp.init} initializers: a constant, a uniform law on [a, b) or a normal law N(a, b²).
 *
 * <p>Draws come from the run's counter-based generator, keyed by (stream, index, step, draw), so a value depends
 * only on the seed and on whose value it is, never on thread count or build order.
 *
 * @param law the law
 * @param a   constant value, lower bound (uniform) or mean (normal)
 * @param b   ignored (constant), upper bound (uniform) or standard deviation (normal)
 */
public record Initializer(Law law, double a, double b) {

    /** The laws an initializer draws from. */
    public enum Law {
        /** Every member gets {@code a}. */
        CONSTANT,
        /** Uniform on [a, b). */
        UNIFORM,
        /** Normal with mean a and standard deviation b. */
        NORMAL;

        /** @return the law's name in specs: {@code constant}, {@code uniform}, {@code normal} */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Validates the bounds of the law. */
    public Initializer {
        Objects.requireNonNull(law, "law");
        if (!Double.isFinite(a)) {
            throw new ParameterException("a", String.valueOf(a), "must be finite");
        }
        if (law == Law.UNIFORM && !(b >= a && Double.isFinite(b))) {
            throw new ParameterException("b", String.valueOf(b), "must be finite and >= a (" + a + ") for uniform");
        }
        if (law == Law.NORMAL && !(b >= 0 && Double.isFinite(b))) {
            throw new ParameterException("b", String.valueOf(b), "must be finite and >= 0 (a standard deviation)");
        }
    }

    /**
     * @param value the value of every member
     * @return a constant initializer
     */
    public static Initializer constant(double value) {
        return new Initializer(Law.CONSTANT, value, 0.0);
    }

    /**
     * @param low  lower bound, inclusive
     * @param high upper bound, exclusive
     * @return a uniform initializer
     */
    public static Initializer uniform(double low, double high) {
        return new Initializer(Law.UNIFORM, low, high);
    }

    /**
     * @param mean the mean
     * @param sd   the standard deviation, ≥ 0
     * @return a normal initializer
     */
    public static Initializer normal(double mean, double sd) {
        return new Initializer(Law.NORMAL, mean, sd);
    }

    /** @return true when every member gets the same value */
    public boolean isConstant() {
        return law == Law.CONSTANT || (law == Law.NORMAL && b == 0.0) || (law == Law.UNIFORM && a == b);
    }

    /**
     * Draws the value of one member.
     *
     * @param random the run's generator
     * @param stream whose values these are (a population's or projection's stream id)
     * @param index  the member
     * @param step   the step the value belongs to (initial values use a negative step)
     * @param draw   which of several values of the same member
     * @return the value
     */
    public double sample(CounterRandom random, int stream, int index, long step, int draw) {
        switch (law) {
            case CONSTANT:
                return a;
            case UNIFORM:
                return a + (b - a) * random.uniform(stream, index, step, draw);
            default:
                return b == 0.0 ? a : a + b * random.normal(stream, index, step, draw);
        }
    }

    /**
     * Fills an array with one draw per member.
     *
     * @param random the run's generator
     * @param stream whose values these are
     * @param step   the step the values belong to
     * @param draw   which of several values of the same member
     * @param out    receives the values, one per member
     */
    public void fill(CounterRandom random, int stream, long step, int draw, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = sample(random, stream, i, step, draw);
        }
    }

    @Override
    public String toString() {
        switch (law) {
            case CONSTANT:
                return Double.toString(a);
            case UNIFORM:
                return "uniform(" + a + ", " + b + ")";
            default:
                return "normal(" + a + ", " + b + ")";
        }
    }
}
