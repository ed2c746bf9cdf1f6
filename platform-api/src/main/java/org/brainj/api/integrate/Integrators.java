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
     * @param method  the method's name
     * @param system  the equations
     * @param options settings
     * @return a stepper for {@code system}
     */
    public static Stepper create(String method, EquationSystem system, IntegratorOptions options) {
        return providerOf(method).create(method, system, options);
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
