package org.brainj.api.integrate;

import java.util.ArrayList;
import java.util.List;

import org.brainj.api.platform.Providers;

/** Finds the provider of an integration method by name across every registered {@link IntegratorProvider}. */
public final class Integrators {

    private Integrators() {
    }

    /**
     * @param method the method's name (e.g. {@code rk4})
     * @return the highest-ranked provider offering it
     * @throws IllegalArgumentException naming the method and every available one when none offers it
     */
    public static IntegratorProvider providerOf(String method) {
        List<String> known = new ArrayList<>();
        for (IntegratorProvider p : Providers.all(IntegratorProvider.class)) {
            for (MethodDescriptor m : p.methods()) {
                if (m.name().equals(method)) {
                    return p;
                }
                known.add(m.name());
            }
        }
        throw new IllegalArgumentException("unknown integration method '" + method + "'; available: "
                + (known.isEmpty() ? "none (no integrator bundle is active)" : String.join(", ", known)));
    }

    /**
     * Creates a stepper with the method of that name for the system's own kind ({@link #kindOf}), so {@code euler}
     * is forward Euler for an ODE and Euler–Maruyama for an SDE whichever provider registered first.
     *
     * @param method  the method's name
     * @param system  the equations
     * @param options settings
     * @return a stepper for {@code system}
     */
    public static Stepper create(String method, EquationSystem system, IntegratorOptions options) {
        return providerOf(method, kindOf(system)).create(method, system, options);
    }

    /**
     * The kind of equations a system is, most specific first: an {@link SdeSystem} is {@link EquationKind#SDE}, a
     * {@link FractionalOdeSystem} {@link EquationKind#FDE}, a {@link DelayedOdeSystem} {@link EquationKind#DDE} and any
     * other {@link OdeSystem} {@link EquationKind#ODE}.
     *
     * @param system the equations
     * @return its kind
     * @throws IllegalArgumentException naming the class when the system is null or of none of these types
     */
    public static EquationKind kindOf(EquationSystem system) {
        if (system instanceof SdeSystem) {
            return EquationKind.SDE;
        }
        if (system instanceof FractionalOdeSystem) {
            return EquationKind.FDE;
        }
        if (system instanceof DelayedOdeSystem) {
            return EquationKind.DDE;
        }
        if (system instanceof OdeSystem) {
            return EquationKind.ODE;
        }
        throw new IllegalArgumentException("system = " + (system == null ? "null" : system.getClass().getName())
                + " is of no known kind: must be an OdeSystem, SdeSystem, FractionalOdeSystem or DelayedOdeSystem");
    }

    /**
     * Like {@link #providerOf(String)} but only among methods of one kind, since one name may mean different methods
     * for different kinds (BrainPy's {@code euler} is forward Euler for ODEs and Euler–Maruyama for SDEs).
     *
     * @param method the method's name
     * @param kind   the equations it must integrate
     * @return the highest-ranked provider offering a method of that name and kind
     * @throws IllegalArgumentException naming the method, the kind and every available method of that kind
     */
    public static IntegratorProvider providerOf(String method, EquationKind kind) {
        List<String> known = new ArrayList<>();
        for (IntegratorProvider p : Providers.all(IntegratorProvider.class)) {
            if (p.offers(method, kind)) {
                return p;
            }
            for (MethodDescriptor m : p.methods()) {
                if (m.kind() == kind) {
                    known.add(m.name());
                }
            }
        }
        throw new IllegalArgumentException("unknown integration method '" + method + "' for equations of kind " + kind
                + "; available: " + (known.isEmpty() ? "none (no integrator bundle for " + kind + " is active)"
                : String.join(", ", known)));
    }

    /**
     * Creates a stepper with the method of that name for the system's own kind ({@link #kindOf}), so {@code euler}
     * gives forward Euler for an ODE and Euler–Maruyama for an SDE.
     *
     * @param method  the method's name
     * @param kind    the equations' kind; must be {@link #kindOf}(system)
     * @param system  the equations
     * @param options settings
     * @return a stepper for {@code system}
     * @throws IllegalArgumentException when the method is unknown for that kind or the kind does not fit the system
     */
    public static Stepper create(String method, EquationKind kind, EquationSystem system, IntegratorOptions options) {
        EquationKind actual = kindOf(system);
        if (kind != actual) {
            throw new IllegalArgumentException("kind = " + kind + " does not fit the system " + system.getClass()
                    .getName() + ", which is of kind " + actual);
        }
        return providerOf(method, kind).create(method, system, options);
    }

    /** @return every method of every provider, highest-ranked provider first */
    public static List<MethodDescriptor> methods() {
        List<MethodDescriptor> all = new ArrayList<>();
        for (IntegratorProvider p : Providers.all(IntegratorProvider.class)) {
            all.addAll(p.methods());
        }
        return all;
    }
}
