package org.brainj.api.integrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.brainj.api.core.ParameterException;

/**
 * A coupled system assembled from parts that each own a slice of the state (BrainPy's {@code JointEq}): every part's
 * right-hand side reads the whole joint state, so each Runge–Kutta stage evaluates every part with the intermediate
 * values of all variables, exactly as a hand-written coupled system would. Integrating the parts separately would
 * instead freeze the others' variables during a step.
 *
 * <pre>
 *   JointOdeSystem hh = JointOdeSystem.builder()
 *       .add("V", n, (t, y, dydt, off) -&gt; ...)      // reads y[0..4n), writes dydt[off .. off + n)
 *       .add("m", n, (t, y, dydt, off) -&gt; ...)
 *       .build();
 * </pre>
 *
 * <p>The diagonal Jacobian is available when every part provides its own (for exponential Euler, which then advances
 * each part from the same old state, as BrainPy does with a JointEq). Immutable once built.
 */
public final class JointOdeSystem implements OdeSystem {

    /** One member: the right-hand side of its slice, computed from the full joint state. */
    @FunctionalInterface
    public interface Part {

        /**
         * @param t      time [ms]
         * @param y      the whole joint state (not modified)
         * @param dydt   the joint derivative buffer; write only [offset, offset + length) [state units / ms]
         * @param offset where this part's slice starts
         */
        void derivatives(double t, double[] y, double[] dydt, int offset);

        /**
         * Writes ∂f<sub>i</sub>/∂y<sub>i</sub> for this part's slice when known analytically.
         *
         * @param t      time [ms]
         * @param y      the whole joint state (not modified)
         * @param diag   the joint diagonal buffer; write only [offset, offset + length) [1/ms]
         * @param offset where this part's slice starts
         * @return true if written, false when this part has no analytic diagonal
         */
        default boolean diagonalJacobian(double t, double[] y, double[] diag, int offset) {
            return false;
        }
    }

    private final String[] names;
    private final int[] offsets;
    private final int[] lengths;
    private final Part[] parts;
    private final int dimension;

    private JointOdeSystem(List<String> names, List<Integer> lengths, List<Part> parts) {
        int count = parts.size();
        this.names = names.toArray(new String[0]);
        this.parts = parts.toArray(new Part[0]);
        this.offsets = new int[count];
        this.lengths = new int[count];
        int offset = 0;
        for (int i = 0; i < count; i++) {
            offsets[i] = offset;
            this.lengths[i] = lengths.get(i);
            offset = Math.addExact(offset, lengths.get(i));
        }
        this.dimension = offset;
    }

    /** @return a builder with no parts */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void derivatives(double t, double[] y, double[] dydt) {
        for (int i = 0; i < parts.length; i++) {
            parts[i].derivatives(t, y, dydt, offsets[i]);
        }
    }

    /** @return true only when every part wrote its slice */
    @Override
    public boolean diagonalJacobian(double t, double[] y, double[] diag) {
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].diagonalJacobian(t, y, diag, offsets[i])) {
                return false;
            }
        }
        return true;
    }

    /** @return the number of parts */
    public int parts() {
        return parts.length;
    }

    /**
     * @param name a part's name
     * @return where its slice starts in the joint state
     * @throws IllegalArgumentException naming the part and the known ones when there is none of that name
     */
    public int offset(String name) {
        return offsets[indexOf(name)];
    }

    /**
     * @param name a part's name
     * @return the length of its slice
     * @throws IllegalArgumentException naming the part and the known ones when there is none of that name
     */
    public int length(String name) {
        return lengths[indexOf(name)];
    }

    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no part named '" + name + "'; parts: " + String.join(", ", names));
    }

    /** Collects parts in state order; each name once. */
    public static final class Builder {
        private final Map<String, Integer> lengths = new LinkedHashMap<>();
        private final List<Part> parts = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param name   the part's variable name, unique in the system
         * @param length the length of its slice, ≥ 0 (e.g. the population size)
         * @param part   its right-hand side
         * @return this builder
         * @throws ParameterException if the length is negative
         * @throws IllegalArgumentException if the name is taken
         */
        public Builder add(String name, int length, Part part) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(part, "part");
            if (length < 0) {
                throw new ParameterException("length of part '" + name + "'", String.valueOf(length), "must be >= 0");
            }
            if (lengths.containsKey(name)) {
                throw new IllegalArgumentException("part name '" + name + "' is already used; parts: "
                        + String.join(", ", lengths.keySet()));
            }
            lengths.put(name, length);
            parts.add(part);
            return this;
        }

        /**
         * @return the joint system
         * @throws IllegalArgumentException if no part was added
         */
        public JointOdeSystem build() {
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a joint system needs at least one part, got none");
            }
            return new JointOdeSystem(new ArrayList<>(lengths.keySet()), new ArrayList<>(lengths.values()), parts);
        }
    }
}
