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
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.IntegratorProvider;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.integrate.Stepper;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * Provider {@code delay}: every fixed-step explicit Runge–Kutta method of {@link Tableaus#ALL} applied to a
 * {@link DelayedOdeSystem}, registered as {@code dde_<method>} ({@code dde_euler}, {@code dde_rk4}, ...), each run by a
 * {@link DelayedRungeKutta} with a ring buffer of ⌈maxDelay/dt⌉ + 2 past states read with the options'
 * {@link org.brainj.api.integrate.DelayInterpolation}. The listed order is min(p, 2): linear interpolation between
 * stored steps limits a method of order p to 2 when delayed reads fall between grid points (ROUND limits it to 1).
 */
@Component(service = IntegratorProvider.class, property = Provider.RANKING + "=" + DelayIntegrators.RANKING)
public final class DelayIntegrators implements IntegratorProvider {

    /** Service ranking: the reference implementation. */
    static final int RANKING = 0;

    /** Provider name. */
    static final String NAME = "delay";

    /** Prefix of the method names: {@code dde_} + the inner Runge–Kutta method. */
    static final String PREFIX = "dde_";

    private static final Map<String, ButcherTableau> TABLEAUS;
    private static final List<MethodDescriptor> METHODS;

    static {
        Map<String, ButcherTableau> tableaus = new LinkedHashMap<>();
        List<MethodDescriptor> methods = new ArrayList<>();
        for (ButcherTableau t : Tableaus.ALL) {
            String name = PREFIX + t.name();
            tableaus.put(name, t);
            methods.add(new MethodDescriptor(name, EquationKind.DDE, Math.min(t.order(), 2), false,
                    "delay equations by " + t.name() + " (order " + t.order()
                            + ") over a ring buffer of past states, linear or rounded delayed reads"));
        }
        TABLEAUS = Collections.unmodifiableMap(tableaus);
        METHODS = List.copyOf(methods);
    }

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public DelayIntegrators() {
    }

    /** @return {@code "delay"} */
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
        return "delay (DDE): " + String.join(", ", TABLEAUS.keySet());
    }

    @Override
    public List<MethodDescriptor> methods() {
        return METHODS;
    }

    /**
     * @param method  {@code dde_} + a fixed-step Runge–Kutta name
     * @param system  a {@link DelayedOdeSystem}
     * @param options its interpolation is used
     * @return a stepper; its ring buffer is allocated on the first step, when dt is known
     * @throws IllegalArgumentException naming the method and the available ones, or the expected kind
     */
    @Override
    public Stepper create(String method, EquationSystem system, IntegratorOptions options) {
        ButcherTableau tableau = method == null ? null : TABLEAUS.get(method);
        if (tableau == null) {
            throw new IllegalArgumentException("unknown integration method '" + method + "' for provider '" + NAME
                    + "'; available: " + String.join(", ", TABLEAUS.keySet()));
        }
        if (!(system instanceof DelayedOdeSystem dde)) {
            throw new IllegalArgumentException("method '" + method + "' of provider '" + NAME
                    + "' integrates systems of kind " + EquationKind.DDE + " ("
                    + DelayedOdeSystem.class.getSimpleName() + "), but the system is "
                    + (system == null ? "null" : "a " + system.getClass().getName()));
        }
        if (options == null) {
            throw new IllegalArgumentException("options = null for method '" + method
                    + "': pass IntegratorOptions.DEFAULTS (its interpolation reads the delays)");
        }
        return new DelayedRungeKutta(method, tableau, dde, options.interpolation());
    }
}
