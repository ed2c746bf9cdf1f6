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
 * Provider {@code runge-kutta}: the twelve fixed-step explicit Runge–Kutta methods of BrainPy ({@code euler},
 * {@code midpoint}, {@code heun2}, {@code ralston2}, {@code rk2}, {@code rk3}, {@code heun3}, {@code ralston3},
 * {@code ssprk3}, {@code rk4}, {@code ralston4}, {@code rk4_38rule}), all run by {@link ExplicitRungeKutta} from the
 * tableaus in {@link Tableaus}. Stateless, so one instance serves every caller.
 */
@Component(service = IntegratorProvider.class, property = Provider.RANKING + "=" + RungeKuttaIntegrators.RANKING)
public final class RungeKuttaIntegrators implements IntegratorProvider {

    /** Service ranking: the reference implementation, which any specialised provider may outrank. */
    static final int RANKING = 0;

    /** Provider name. */
    static final String NAME = "runge-kutta";

    private static final Map<String, ButcherTableau> TABLEAUS;
    private static final List<MethodDescriptor> METHODS;

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

        Map<String, ButcherTableau> tableaus = new LinkedHashMap<>();
        List<MethodDescriptor> methods = new ArrayList<>();
        for (ButcherTableau t : Tableaus.ALL) {
            tableaus.put(t.name(), t);
            methods.add(new MethodDescriptor(t.name(), EquationKind.ODE, t.order(), false,
                    descriptions.get(t.name())));
        }
        TABLEAUS = Collections.unmodifiableMap(tableaus);
        METHODS = List.copyOf(methods);
    }

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public RungeKuttaIntegrators() {
    }

    /** @return {@code "runge-kutta"} */
    @Override
    public String name() {
        return NAME;
    }

    /** @return {@value #RANKING} */
    @Override
    public int ranking() {
        return RANKING;
    }

    /** @return {@code "cpu"}: the steppers compute on the JVM's heap arrays */
    @Override
    public String kind() {
        return "cpu";
    }

    /** @return the twelve fixed-step methods, all of kind ODE and not adaptive */
    @Override
    public String description() {
        StringBuilder sb = new StringBuilder("explicit Runge-Kutta (ODE): ");
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
     * Creates an {@link ExplicitRungeKutta} stepper. The options carry nothing a fixed-step explicit method uses, but
     * must be present.
     *
     * @param method  one of the names in {@link #methods()}
     * @param system  an {@link OdeSystem}; SDE and fractional systems are refused since these methods would silently
     *                drop their noise or memory
     * @param options settings (unused by these methods)
     * @return a stepper with its stage buffers allocated
     * @throws IllegalArgumentException naming the method and the available ones when it is unknown, or naming the
     *     expected kind when the system is not an ODE system
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
                    + "': pass IntegratorOptions.DEFAULTS when no setting applies");
        }
        return new ExplicitRungeKutta(tableau, (OdeSystem) system);
    }

    private static String describe(EquationSystem system) {
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
