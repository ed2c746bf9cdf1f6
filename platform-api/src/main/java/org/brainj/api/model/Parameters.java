package org.brainj.api.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.brainj.api.core.ParameterException;

/**
 * An immutable set of named parameter values given by a user (from Java, a JSON spec or the command line); anything
 * not given takes its {@link ParameterSpec} default.
 */
public final class Parameters {

    private static final Parameters EMPTY = new Parameters(Map.of());

    private final Map<String, Double> values;

    private Parameters(Map<String, Double> values) {
        this.values = values;
    }

    /** @return no values: every parameter takes its default */
    public static Parameters empty() {
        return EMPTY;
    }

    /**
     * @param values name → value
     * @return those values
     */
    public static Parameters of(Map<String, Double> values) {
        Map<String, Double> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), "name"), Objects.requireNonNull(e.getValue(), e.getKey()));
        }
        return new Parameters(java.util.Collections.unmodifiableMap(copy));
    }

    /**
     * @param name  a parameter name
     * @param value its value
     * @return a copy with that value set
     */
    public Parameters with(String name, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new Parameters(java.util.Collections.unmodifiableMap(copy));
    }

    /** @return the values given, in insertion order */
    public Map<String, Double> asMap() {
        return values;
    }

    /**
     * @param spec the parameter's spec
     * @return the given value, validated, or the default
     * @throws ParameterException when the given value is out of range
     */
    public double get(ParameterSpec spec) {
        Double v = values.get(spec.name());
        return v == null ? spec.defaultValue() : spec.validate(v);
    }

    /**
     * Checks that every given name is a known parameter.
     *
     * @param model the model's name, for the message
     * @param specs the model's parameters
     * @return this
     * @throws ParameterException naming the unknown parameter and the known ones
     */
    public Parameters requireKnown(String model, Collection<ParameterSpec> specs) {
        TreeSet<String> known = new TreeSet<>();
        for (ParameterSpec s : specs) {
            known.add(s.name());
        }
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new ParameterException(name, String.valueOf(values.get(name)),
                        "not a parameter of " + model + "; known: " + String.join(", ", known));
            }
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters && ((Parameters) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
