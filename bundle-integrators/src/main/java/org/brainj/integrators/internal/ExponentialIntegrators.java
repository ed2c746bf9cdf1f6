package org.brainj.integrators.internal;

import java.util.List;

import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.EquationSystem;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.IntegratorProvider;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.integrate.OdeSystem;
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
public final class ExponentialIntegrators extends MethodFamily {

    /** Service ranking: the reference implementation. */
    static final int RANKING = 0;

    /** Provider name. */
    static final String NAME = "exponential";

    private static final List<MethodDescriptor> METHODS = List.of(
            new MethodDescriptor("exp_auto", EquationKind.ODE, 1, false,
                    "exponential Euler, x + dt*phi1(dt*df/dx)*f; exact for linear equations; model default"),
            new MethodDescriptor("exp_euler", EquationKind.ODE, 1, false, "alias of exp_auto"),
            new MethodDescriptor("exp_euler_auto", EquationKind.ODE, 1, false, "alias of exp_auto"),
            new MethodDescriptor("exponential_euler", EquationKind.ODE, 1, false, "alias of exp_auto"));

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public ExponentialIntegrators() {
        super(NAME, "exponential Euler (ODE)", METHODS, "pass IntegratorOptions.DEFAULTS when no setting applies");
    }

    /** @return {@value #RANKING} */
    @Override
    public int ranking() {
        return RANKING;
    }

    /**
     * Creates an {@link ExponentialEuler} stepper for an {@link OdeSystem}; it should implement
     * {@link OdeSystem#diagonalJacobian}, else each step costs 2n extra evaluations. The options are unused.
     */
    @Override
    Stepper newStepper(MethodDescriptor method, EquationSystem system, IntegratorOptions options) {
        return new ExponentialEuler(method.name(), (OdeSystem) system);
    }
}
