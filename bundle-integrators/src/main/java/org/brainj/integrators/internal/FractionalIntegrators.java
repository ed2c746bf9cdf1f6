package org.brainj.integrators.internal;

import java.util.ArrayList;
import java.util.List;

import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.EquationSystem;
import org.brainj.api.integrate.FractionalOdeSystem;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.IntegratorProvider;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.integrate.Stepper;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * Provider {@code fractional}: BrainPy's Caputo fractional-order methods for 0 &lt; α ≤ 1 per component, each keeping
 * {@link IntegratorOptions#memoryLength()} past steps preallocated: {@code l1} (Caputo L1), {@code caputo_euler}
 * (fractional rectangle rule) and {@code gl_short_memory} (Grünwald–Letnikov, short memory). All need a fixed step
 * within a run; {@link Stepper#reset()} starts a new run.
 */
@Component(service = IntegratorProvider.class, property = Provider.RANKING + "=" + FractionalIntegrators.RANKING)
public final class FractionalIntegrators implements IntegratorProvider {

    /** Service ranking: the reference implementation. */
    static final int RANKING = 0;

    /** Provider name. */
    static final String NAME = "fractional";

    private static final List<MethodDescriptor> METHODS = List.of(
            new MethodDescriptor("l1", EquationKind.FDE, 1.0, false,
                    "explicit Caputo L1 scheme (BrainPy CaputoL1Schema)"),
            new MethodDescriptor("caputo_euler", EquationKind.FDE, 1.0, false,
                    "fractional Euler / rectangle rule of Li & Zeng and Diethelm (BrainPy CaputoEuler)"),
            new MethodDescriptor("gl_short_memory", EquationKind.FDE, 1.0, false,
                    "Grunwald-Letnikov with the short-memory principle (BrainPy GLShortMemory)"));

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public FractionalIntegrators() {
    }

    /** @return {@code "fractional"} */
    @Override
    public String name() {
        return NAME;
    }

    /** @return {@value #RANKING} */
    @Override
    public int ranking() {
        return RANKING;
    }

    /** @return {@code "cpu"} */
    @Override
    public String kind() {
        return "cpu";
    }

    @Override
    public String description() {
        return "fractional Caputo (FDE): l1, caputo_euler, gl_short_memory";
    }

    @Override
    public List<MethodDescriptor> methods() {
        return METHODS;
    }

    /**
     * @param method  {@code l1}, {@code caputo_euler} or {@code gl_short_memory}
     * @param system  a {@link FractionalOdeSystem} with every order in (0, 1]
     * @param options its memory length is used
     * @return a stepper with its memory allocated
     * @throws IllegalArgumentException naming the method or the kind when either does not fit
     * @throws org.brainj.api.core.ParameterException naming {@code alpha[i]} for an order outside (0, 1]
     */
    @Override
    public Stepper create(String method, EquationSystem system, IntegratorOptions options) {
        List<String> names = new ArrayList<>();
        for (MethodDescriptor m : METHODS) {
            names.add(m.name());
        }
        if (method == null || !names.contains(method)) {
            throw new IllegalArgumentException("unknown integration method '" + method + "' for provider '" + NAME
                    + "'; available: " + String.join(", ", names));
        }
        if (!(system instanceof FractionalOdeSystem fde)) {
            throw new IllegalArgumentException("method '" + method + "' of provider '" + NAME
                    + "' integrates systems of kind " + EquationKind.FDE + " ("
                    + FractionalOdeSystem.class.getSimpleName() + "), but the system is "
                    + (system == null ? "null" : "a " + system.getClass().getName()));
        }
        if (options == null) {
            throw new IllegalArgumentException("options = null for method '" + method
                    + "': pass IntegratorOptions.DEFAULTS (its memoryLength sizes the history)");
        }
        int memory = options.memoryLength();
        return switch (method) {
            case "l1" -> new CaputoL1(fde, memory);
            case "caputo_euler" -> new CaputoEuler(fde, memory);
            default -> new GrunwaldLetnikov(fde, memory);
        };
    }
}
