package org.brainj.integrators.internal;

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
public final class FractionalIntegrators extends MethodFamily {

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
        super(NAME, "fractional Caputo (FDE)", METHODS,
                "pass IntegratorOptions.DEFAULTS (its memoryLength sizes the history)");
    }

    /** @return {@value #RANKING} */
    @Override
    public int ranking() {
        return RANKING;
    }

    /**
     * Creates the stepper with {@link IntegratorOptions#memoryLength()} past steps for a {@link FractionalOdeSystem}.
     *
     * @throws org.brainj.api.core.ParameterException naming {@code alpha[i]} for an order outside (0, 1]
     */
    @Override
    Stepper newStepper(MethodDescriptor method, EquationSystem system, IntegratorOptions options) {
        FractionalOdeSystem fde = (FractionalOdeSystem) system;
        int memory = options.memoryLength();
        return switch (method.name()) {
            case "l1" -> new CaputoL1(fde, memory);
            case "caputo_euler" -> new CaputoEuler(fde, memory);
            default -> new GrunwaldLetnikov(fde, memory);
        };
    }
}
