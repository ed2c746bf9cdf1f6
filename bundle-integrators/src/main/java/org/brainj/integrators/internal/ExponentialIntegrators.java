package org.brainj.integrators.internal;

import java.util.List;

import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.EquationSystem;
import org.brainj.api.integrate.FractionalOdeSystem;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.IntegratorProvider;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.integrate.SdeSystem;
import org.brainj.api.integrate.Stepper;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * Provider {@code exponential}: exponential Euler for ODEs under BrainPy's names {@code exp_auto} (the default method
 * of the models), {@code exp_euler}, {@code exp_euler_auto} and {@code exponential_euler}, all run by
 * {@link ExponentialEuler}. {@code exp_euler} and {@code exp_auto} also name SDE methods in BrainPy; these descriptors
 * are of kind ODE, so {@link org.brainj.api.integrate.Integrators#providerOf(String, EquationKind)} tells them apart.
 * Stateless.
 */
@Component(service = IntegratorProvider.class, property = Provider.RANKING + "=" + ExponentialIntegrators.RANKING)
public final class ExponentialIntegrators implements IntegratorProvider {

    /** Service ranking: the reference implementation. */
    static final int RANKING = 0;

    /** Provider name. */
    static final String NAME = "exponential";

    private static final List<String> NAMES = List.of("exp_auto", "exp_euler", "exp_euler_auto", "exponential_euler");

    private static final List<MethodDescriptor> METHODS = List.of(
            new MethodDescriptor("exp_auto", EquationKind.ODE, 1, false,
                    "exponential Euler, x + dt*phi1(dt*df/dx)*f; exact for linear equations; model default"),
            new MethodDescriptor("exp_euler", EquationKind.ODE, 1, false, "alias of exp_auto"),
            new MethodDescriptor("exp_euler_auto", EquationKind.ODE, 1, false, "alias of exp_auto"),
            new MethodDescriptor("exponential_euler", EquationKind.ODE, 1, false, "alias of exp_auto"));

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public ExponentialIntegrators() {
    }

    /** @return {@code "exponential"} */
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
        return "exponential Euler (ODE): " + String.join(", ", NAMES);
    }

    @Override
    public List<MethodDescriptor> methods() {
        return METHODS;
    }

    /**
     * Creates an {@link ExponentialEuler} stepper.
     *
     * @param method  one of the names in {@link #methods()}
     * @param system  an {@link OdeSystem} (not an SDE or fractional system); it should implement
     *                {@link OdeSystem#diagonalJacobian}, else each step costs 2n extra evaluations
     * @param options settings (unused by this method, but required)
     * @return a stepper with its buffers allocated
     * @throws IllegalArgumentException naming the method and the available ones when it is unknown, or the expected
     *     kind when the system does not fit
     */
    @Override
    public Stepper create(String method, EquationSystem system, IntegratorOptions options) {
        if (method == null || !NAMES.contains(method)) {
            throw new IllegalArgumentException("unknown integration method '" + method + "' for provider '" + NAME
                    + "'; available: " + String.join(", ", NAMES));
        }
        if (!(system instanceof OdeSystem) || system instanceof SdeSystem || system instanceof FractionalOdeSystem) {
            throw new IllegalArgumentException("method '" + method + "' integrates systems of kind "
                    + EquationKind.ODE + " (" + OdeSystem.class.getSimpleName() + "), but the system is "
                    + AdaptiveRungeKuttaIntegrators.describe(system));
        }
        if (options == null) {
            throw new IllegalArgumentException("options = null for method '" + method
                    + "': pass IntegratorOptions.DEFAULTS when no setting applies");
        }
        return new ExponentialEuler(method, (OdeSystem) system);
    }
}
