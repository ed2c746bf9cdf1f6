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
 * Provider {@code adaptive-runge-kutta}: the embedded Runge–Kutta pairs of BrainPy ({@code rkf12}, {@code rkf45},
 * {@code rkdp}, {@code ck}, {@code bs}, {@code heun_euler}) with real error control (rejection and retry, min/max
 * step, dense output), all run by {@link EmbeddedRungeKutta} from the tableaus in {@link Tableaus}. Stateless.
 */
@Component(service = IntegratorProvider.class,
        property = Provider.RANKING + "=" + AdaptiveRungeKuttaIntegrators.RANKING)
public final class AdaptiveRungeKuttaIntegrators extends MethodFamily {

    /** Service ranking: the reference implementation. */
    static final int RANKING = 0;

    /** Provider name. */
    static final String NAME = "adaptive-runge-kutta";

    private static final Map<String, ButcherTableau> TABLEAUS = new LinkedHashMap<>();
    private static final List<MethodDescriptor> METHODS = new ArrayList<>();

    static {
        Map<String, String> descriptions = new LinkedHashMap<>();
        descriptions.put("rkf12", "Runge-Kutta-Fehlberg 1(2), first order propagated, second-order error estimate, 3 stages, adaptive");
        descriptions.put("rkf45", "Runge-Kutta-Fehlberg 4(5), fifth order propagated, 6 stages, adaptive");
        descriptions.put("rkdp", "Dormand-Prince 5(4) (DOPRI5), 7 stages first-same-as-last, adaptive");
        descriptions.put("ck", "Cash-Karp 5(4), 6 stages, adaptive");
        descriptions.put("bs", "Bogacki-Shampine 3(2), 4 stages first-same-as-last, adaptive");
        descriptions.put("heun_euler", "Heun's method with Euler embedded, 2(1), 2 stages, adaptive");
        for (ButcherTableau t : Tableaus.ADAPTIVE) {
            TABLEAUS.put(t.name(), t);
            METHODS.add(new MethodDescriptor(t.name(), EquationKind.ODE, t.order(), true,
                    descriptions.get(t.name())));
        }
    }

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public AdaptiveRungeKuttaIntegrators() {
        super(NAME, "embedded Runge-Kutta with error control (ODE)", METHODS,
                "pass IntegratorOptions.DEFAULTS or options with the tolerances wanted");
    }

    /** @return {@value #RANKING} */
    @Override
    public int ranking() {
        return RANKING;
    }

    /**
     * Creates an {@link EmbeddedRungeKutta} stepper, an {@link org.brainj.api.integrate.AdaptiveStepper}, for an
     * {@link OdeSystem} with the options' tolerances and step bounds.
     */
    @Override
    Stepper newStepper(MethodDescriptor method, EquationSystem system, IntegratorOptions options) {
        return new EmbeddedRungeKutta(TABLEAUS.get(method.name()), (OdeSystem) system, options);
    }
}
