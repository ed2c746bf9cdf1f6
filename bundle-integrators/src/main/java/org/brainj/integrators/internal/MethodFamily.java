package org.brainj.integrators.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.integrate.DelayedOdeSystem;
import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.EquationSystem;
import org.brainj.api.integrate.FractionalOdeSystem;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.IntegratorProvider;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.integrate.SdeSystem;
import org.brainj.api.integrate.Stepper;

/**
 * The common part of this bundle's integrator providers: a fixed table of methods, the provider's name, kind and
 * description, and the checks every {@link #create} makes before a stepper is built (a known method name, a system of
 * the method's {@link EquationKind} as {@link Integrators#kindOf} classifies it, options present), each failing with
 * an {@link IllegalArgumentException} that names what was given and what is allowed. Subclasses only build the
 * stepper ({@link #newStepper}); the Declarative Services annotation and the ranking constant stay on them, since DS
 * reads both from the concrete class.
 */
abstract class MethodFamily implements IntegratorProvider {

    private final String name;
    private final String title;
    private final List<MethodDescriptor> methods;
    private final Map<String, MethodDescriptor> byName;
    private final String optionsHint;

    /**
     * @param name        the provider's name
     * @param title       the start of {@link #description()}, followed by ": " and the method names
     * @param methods     the methods offered, names unique
     * @param optionsHint why options are needed, ending the message for {@code options = null} (after ": ")
     */
    MethodFamily(String name, String title, List<MethodDescriptor> methods, String optionsHint) {
        this.name = name;
        this.title = title;
        this.methods = List.copyOf(methods);
        Map<String, MethodDescriptor> table = new LinkedHashMap<>();
        for (MethodDescriptor m : this.methods) {
            if (table.put(m.name(), m) != null) {
                throw new IllegalArgumentException("provider '" + name + "' lists method '" + m.name() + "' twice");
            }
        }
        this.byName = table;
        this.optionsHint = optionsHint;
    }

    @Override
    public final String name() {
        return name;
    }

    /** @return {@code "cpu"}: the steppers compute on the JVM's heap arrays */
    @Override
    public final String kind() {
        return "cpu";
    }

    /** @return the title followed by every method name */
    @Override
    public String description() {
        return title + ": " + String.join(", ", byName.keySet());
    }

    @Override
    public final List<MethodDescriptor> methods() {
        return methods;
    }

    /**
     * Checks the method name, the system's kind and the options, then builds the stepper.
     *
     * @param method  a name from {@link #methods()} (or a form {@link #lookup} accepts)
     * @param system  equations of the method's kind
     * @param options settings
     * @return the stepper from {@link #newStepper}
     * @throws IllegalArgumentException naming the method and the available ones when it is unknown, the expected and
     *     the actual kind when the system does not fit, or the options when they are null
     */
    @Override
    public final Stepper create(String method, EquationSystem system, IntegratorOptions options) {
        MethodDescriptor m = method == null ? null : lookup(method);
        if (m == null) {
            throw new IllegalArgumentException("unknown integration method '" + method + "' for provider '" + name
                    + "'; available: " + available());
        }
        checkSystem(m, system);
        if (options == null) {
            throw new IllegalArgumentException("options = null for method '" + method + "': " + optionsHint);
        }
        return newStepper(m, system, options);
    }

    /**
     * @param method a non-null name
     * @return its descriptor, or null when this provider has no such method
     */
    MethodDescriptor lookup(String method) {
        return byName.get(method);
    }

    /** @return the available method names for the unknown-method message */
    String available() {
        return String.join(", ", byName.keySet());
    }

    /**
     * Refuses a system that is not of the method's kind. Subclasses may add checks (and must call this one).
     *
     * @param method the method's descriptor
     * @param system the equations, possibly null
     * @throws IllegalArgumentException naming the method, this provider, the expected and the actual kind
     */
    void checkSystem(MethodDescriptor method, EquationSystem system) {
        if (kindOrNull(system) != method.kind()) {
            throw new IllegalArgumentException("method '" + method.name() + "' of provider '" + name
                    + "' integrates systems of kind " + method.kind() + " (" + typeOf(method.kind()).getSimpleName()
                    + "), but the system is " + describe(system));
        }
    }

    /**
     * Builds the stepper once the name, the kind and the options have been checked.
     *
     * @param method  the method's descriptor
     * @param system  equations of {@code method.kind()}
     * @param options settings, not null
     * @return the stepper with its buffers allocated
     */
    abstract Stepper newStepper(MethodDescriptor method, EquationSystem system, IntegratorOptions options);

    /** @return the system's kind, or null when it is null or of no known kind */
    static EquationKind kindOrNull(EquationSystem system) {
        if (system == null) {
            return null;
        }
        try {
            return Integrators.kindOf(system);
        } catch (IllegalArgumentException none) {
            return null;
        }
    }

    /** @return the interface a system of that kind implements */
    static Class<?> typeOf(EquationKind kind) {
        return switch (kind) {
            case ODE -> OdeSystem.class;
            case SDE -> SdeSystem.class;
            case DDE -> DelayedOdeSystem.class;
            case FDE -> FractionalOdeSystem.class;
        };
    }

    /** @return "null", or the system's class with its kind and the family of methods that integrates it */
    static String describe(EquationSystem system) {
        if (system == null) {
            return "null";
        }
        String what = "a " + system.getClass().getName();
        EquationKind kind = kindOrNull(system);
        if (kind == null) {
            return what + ", which is of no known kind (not an OdeSystem, SdeSystem, FractionalOdeSystem or "
                    + "DelayedOdeSystem)";
        }
        String use = switch (kind) {
            case ODE -> "use an ODE method";
            case SDE -> "use an SDE method";
            case DDE -> "use a delay method";
            case FDE -> "use a fractional method";
        };
        return what + " of kind " + kind + " (" + use + ")";
    }
}
