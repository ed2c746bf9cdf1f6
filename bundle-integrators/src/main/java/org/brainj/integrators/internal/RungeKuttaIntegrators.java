package org.brainj.integrators.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.integrate.ButcherTableau;
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
 * Provider {@code runge-kutta}: the twelve fixed-step explicit Runge–Kutta methods of BrainPy ({@code euler},
 * {@code midpoint}, {@code heun2}, {@code ralston2}, {@code rk2}, {@code rk3}, {@code heun3}, {@code ralston3},
 * {@code ssprk3}, {@code rk4}, {@code ralston4}, {@code rk4_38rule}), all run by {@link ExplicitRungeKutta} from the
 * tableaus in {@link Tableaus}. Stateless, so one instance serves every caller.
 */
@Component(service = IntegratorProvider.class, property = Provider.RANKING + "=" + RungeKuttaIntegrators.RANKING)
public final class RungeKuttaIntegrators extends MethodFamily {

    /** Service ranking: the reference implementation, which any specialised provider may outrank. */
    static final int RANKING = 0;

    /** Provider name. */
    static final String NAME = "runge-kutta";

    private static final Map<String, ButcherTableau> TABLEAUS = new LinkedHashMap<>();
    private static final List<MethodDescriptor> METHODS = new ArrayList<>();

    static {
        Map<String, String> descriptions = new LinkedHashMap<>();
        descriptions.put("euler", "forward Euler, 1 stage");
        descriptions.put("midpoint", "explicit midpoint rule, 2 stages");
        descriptions.put("heun2", "Heun's method (explicit trapezoidal rule), 2 stages");
        descriptions.put("ralston2", "Ralston's minimum-error second-order method, 2 stages");
        descriptions.put("rk2", "generic second-order two-stage method with beta = 2/3");
        descriptions.put("rk3", "Kutta's classical third-order method, 3 stages");
        descriptions.put("heun3", "Heun's third-order method, 3 stages");
        descriptions.put("ralston3", "Ralston's minimum-error third-order method, 3 stages");
        descriptions.put("ssprk3", "strong-stability-preserving third-order method (Shu-Osher), 3 stages");
        descriptions.put("rk4", "classical fourth-order Runge-Kutta, 4 stages");
        descriptions.put("ralston4", "Ralston's minimum-error fourth-order method, 4 stages");
        descriptions.put("rk4_38rule", "Kutta's fourth-order 3/8 rule, 4 stages");
        for (ButcherTableau t : Tableaus.ALL) {
            TABLEAUS.put(t.name(), t);
            METHODS.add(new MethodDescriptor(t.name(), EquationKind.ODE, t.order(), false,
                    descriptions.get(t.name())));
        }
    }

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public RungeKuttaIntegrators() {
        super(NAME, "explicit Runge-Kutta (ODE)", METHODS,
                "pass IntegratorOptions.DEFAULTS when no setting applies");
    }

    /** @return {@value #RANKING} */
    @Override
    public int ranking() {
        return RANKING;
    }

    /**
     * Creates an {@link ExplicitRungeKutta} stepper for an {@link OdeSystem}; SDE, delay and fractional systems have
     * been refused by {@link #create}, since these methods would silently drop their noise, past or memory. The
     * options carry nothing a fixed-step explicit method uses.
     */
    @Override
    Stepper newStepper(MethodDescriptor method, EquationSystem system, IntegratorOptions options) {
        return new ExplicitRungeKutta(TABLEAUS.get(method.name()), (OdeSystem) system);
    }
}
