package org.brainj.api.integrate;

import java.util.Objects;

/**
 * One integration method a provider offers.
 *
 * @param name        the method's registered name, as BrainPy spells it (e.g. {@code rk4}, {@code exp_auto})
 * @param kind        the equations it integrates
 * @param order       its order of convergence (strong order for SDE methods)
 * @param adaptive    true if it controls its step size ({@link AdaptiveStepper})
 * @param description one line on what it is
 */
public record MethodDescriptor(String name, EquationKind kind, double order, boolean adaptive, String description) {

    /** Checks every field is present and the order positive. */
    public MethodDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (!(order > 0)) {
            throw new IllegalArgumentException("order of " + name + " must be > 0, got " + order);
        }
    }
}
