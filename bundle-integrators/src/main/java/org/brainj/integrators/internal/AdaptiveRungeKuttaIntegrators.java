package org.brainj.integrators.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.integrate.ButcherTableau;
import org.brainj.api.integrate.DelayedOdeSystem;
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
 * Provider {@code adaptive-runge-kutta}: the embedded Runge–Kutta pairs of BrainPy ({@code rkf12}, {@code rkf45},
 * {@code rkdp}, {@code ck}, {@code bs}, {@code heun_euler}) with real error control (rejection and retry, min/max
 * step, dense output), all run by {@link EmbeddedRungeKutta} from the tableaus in {@link Tableaus}. Stateless.
 */
@Component(service = IntegratorProvider.class,
        property = Provider.RANKING + "=" + AdaptiveRungeKuttaIntegrators.RANKING)
public final class AdaptiveRungeKuttaIntegrators implements IntegratorProvider {

    /** Service ranking: the reference implementation. */
    static final int RANKING = 0;

    /** Provider name. */
    static final String NAME = "adaptive-runge-kutta";

    private static final Map<String, ButcherTableau> TABLEAUS;
    private static final List<MethodDescriptor> METHODS;

    static {
        Map<String, String> descriptions = new LinkedHashMap<>();
        descriptions.put("rkf12", "Runge-Kutta-Fehlberg 1(2), first order propagated, second-order error estimate, 3 stages, adaptive");
        descriptions.put("rkf45", "Runge-Kutta-Fehlberg 4(5), fifth order propagated, 6 stages, adaptive");
        descriptions.put("rkdp", "Dormand-Prince 5(4) (DOPRI5), 7 stages first-same-as-last, adaptive");
        descriptions.put("ck", "Cash-Karp 5(4), 6 stages, adaptive");
        descriptions.put("bs", "Bogacki-Shampine 3(2), 4 stages first-same-as-last, adaptive");
        descriptions.put("heun_euler", "Heun's method with Euler embedded, 2(1), 2 stages, adaptive");

        Map<String, ButcherTableau> tableaus = new LinkedHashMap<>();
        List<MethodDescriptor> methods = new ArrayList<>();
        for (ButcherTableau t : Tableaus.ADAPTIVE) {
            tableaus.put(t.name(), t);
            methods.add(new MethodDescriptor(t.name(), EquationKind.ODE, t.order(), true,
                    descriptions.get(t.name())));
        }
        TABLEAUS = Collections.unmodifiableMap(tableaus);
        METHODS = List.copyOf(methods);
    }

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public AdaptiveRungeKuttaIntegrators() {
    }

    /** @return {@code "adaptive-runge-kutta"} */
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
        StringBuilder sb = new StringBuilder("embedded Runge-Kutta with error control (ODE): ");
        for (int i = 0; i < METHODS.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(METHODS.get(i).name());
        }
        return sb.toString();
    }

    @Override
    public List<MethodDescriptor> methods() {
        return METHODS;
    }

    /**
     * Creates an {@link EmbeddedRungeKutta} stepper, an {@link org.brainj.api.integrate.AdaptiveStepper}.
     *
     * @param method  one of the names in {@link #methods()}
     * @param system  an {@link OdeSystem} (not an SDE or fractional system)
     * @param options tolerances and step bounds
     * @return a stepper with its buffers allocated
     * @throws IllegalArgumentException naming the method and the available ones when it is unknown, or the expected
     *     kind when the system does not fit
     */
    @Override
    public Stepper create(String method, EquationSystem system, IntegratorOptions options) {
        ButcherTableau tableau = method == null ? null : TABLEAUS.get(method);
        if (tableau == null) {
            throw new IllegalArgumentException("unknown integration method '" + method + "' for provider '" + NAME
                    + "'; available: " + String.join(", ", TABLEAUS.keySet()));
        }
        if (!(system instanceof OdeSystem) || system instanceof SdeSystem || system instanceof FractionalOdeSystem) {
            throw new IllegalArgumentException("method '" + method + "' integrates systems of kind "
                    + EquationKind.ODE + " (" + OdeSystem.class.getSimpleName() + "), but the system is "
                    + describe(system));
        }
        if (options == null) {
            throw new IllegalArgumentException("options = null for method '" + method
                    + "': pass IntegratorOptions.DEFAULTS or options with the tolerances wanted");
        }
        return new EmbeddedRungeKutta(tableau, (OdeSystem) system, options);
    }

    static String describe(EquationSystem system) {
        if (system == null) {
            return "null";
        }
        String what = "a " + system.getClass().getName();
        if (system instanceof SdeSystem) {
            return what + " of kind " + EquationKind.SDE + " (use an SDE method)";
        }
        if (system instanceof FractionalOdeSystem) {
            return what + " of kind " + EquationKind.FDE + " (use a fractional method)";
        }
        if (system instanceof DelayedOdeSystem) {
            return what + " of kind " + EquationKind.DDE + " (use a delay method)";
        }
        return what + ", which is not an " + OdeSystem.class.getSimpleName();
    }
}
