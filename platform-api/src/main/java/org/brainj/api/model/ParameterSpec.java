package org.brainj.api.model;

import java.util.Objects;

import org.brainj.api.core.ParameterException;

/**
 * A model parameter: name, unit, default and allowed range, as listed by {@code brainj models}.
 *
 * @param name         the parameter's name in BrainPy's spelling (e.g. {@code tau}, {@code V_th})
 * @param unit         its unit (e.g. {@code ms}, {@code mV}, {@code 1})
 * @param defaultValue the default value, inside the range
 * @param min          lower bound
 * @param max          upper bound
 * @param minExclusive true when {@code min} itself is not allowed
 * @param description  one line on its meaning
 */
public record ParameterSpec(String name, String unit, double defaultValue, double min, double max,
                            boolean minExclusive, String description) {

    /** Checks the fields and that the default lies in range. */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (!(min <= max)) {
            throw new IllegalArgumentException(name + ": min " + min + " > max " + max);
        }
        if (!inRange(defaultValue, min, max, minExclusive)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " is outside its own range");
        }
    }

    /**
     * @param name         name
     * @param unit         unit
     * @param defaultValue default
     * @param description  meaning
     * @return a parameter that takes any finite value
     */
    public static ParameterSpec any(String name, String unit, double defaultValue, String description) {
        return new ParameterSpec(name, unit, defaultValue, -Double.MAX_VALUE, Double.MAX_VALUE, false, description);
    }

    /**
     * @param name         name
     * @param unit         unit
     * @param defaultValue default
     * @param description  meaning
     * @return a parameter that must be strictly positive (time constants, capacitances)
     */
    public static ParameterSpec positive(String name, String unit, double defaultValue, String description) {
        return new ParameterSpec(name, unit, defaultValue, 0.0, Double.MAX_VALUE, true, description);
    }

    /**
     * @param name         name
     * @param unit         unit
     * @param defaultValue default
     * @param description  meaning
     * @return a parameter that must be zero or more (conductances, refractory periods)
     */
    public static ParameterSpec nonNegative(String name, String unit, double defaultValue, String description) {
        return new ParameterSpec(name, unit, defaultValue, 0.0, Double.MAX_VALUE, false, description);
    }

    private static boolean inRange(double v, double min, double max, boolean minExclusive) {
        return Double.isFinite(v) && (minExclusive ? v > min : v >= min) && v <= max;
    }

    /** @return the allowed range in words, e.g. {@code must be > 0 ms} */
    public String allowedRange() {
        String u = unit.equals("1") ? "" : " " + unit;
        boolean noMin = min == -Double.MAX_VALUE;
        boolean noMax = max == Double.MAX_VALUE;
        if (noMin && noMax) {
            return "must be finite";
        }
        if (noMax) {
            return "must be " + (minExclusive ? "> " : ">= ") + num(min) + u;
        }
        if (noMin) {
            return "must be <= " + num(max) + u;
        }
        return "must be in " + (minExclusive ? "(" : "[") + num(min) + ", " + num(max) + "]" + u;
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * @param value a proposed value
     * @return the value, when allowed
     * @throws ParameterException naming this parameter, the value and the range
     */
    public double validate(double value) {
        if (!inRange(value, min, max, minExclusive)) {
            throw new ParameterException(name, value + (unit.equals("1") ? "" : " " + unit), allowedRange());
        }
        return value;
    }
}
