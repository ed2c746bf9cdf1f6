package org.brainj.integrators.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.integrate.ButcherTableau;
import org.brainj.api.integrate.DelayedOdeSystem;
import org.brainj.api.integrate.DelayedSdeSystem;
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
 * {@link org.brainj.api.integrate.DelayInterpolation}. The listed order is the one reached with
 * {@link org.brainj.api.integrate.DelayInterpolation#HERMITE HERMITE} reads, min(p, 4) for an inner method of order p
 * (measured on x' = −x(t − 1)); when delayed reads fall between grid points, LINEAR limits it to min(p, 2) and ROUND
 * to 1. The options' default stays LINEAR, so HERMITE is chosen explicitly.
 *
 * <p>{@code dde_euler_maruyama} integrates a {@link DelayedSdeSystem} (Itô) by Euler–Maruyama over the same ring
 * buffer, with the SDE methods' counter-based Wiener increments keyed by (options' seed, Wiener process, step index).
 * It is registered with kind {@link EquationKind#DDE}, since the kind names the system family
 * ({@link DelayedSdeSystem} is a {@link DelayedOdeSystem}) and a new kind would break exhaustive switches over
 * {@link EquationKind}; the name says it is stochastic. Strong order 0.5 (1 for additive noise, as for
 * Euler–Maruyama). The deterministic {@code dde_*} methods refuse a {@link DelayedSdeSystem}.
 */
@Component(service = IntegratorProvider.class, property = Provider.RANKING + "=" + DelayIntegrators.RANKING)
public final class DelayIntegrators implements IntegratorProvider {

    /** Service ranking: the reference implementation. */
    static final int RANKING = 0;

    /** Provider name. */
    static final String NAME = "delay";

    /** Prefix of the method names: {@code dde_} + the inner Runge–Kutta method. */
    static final String PREFIX = "dde_";

    /** The stochastic delay method. */
    static final String EULER_MARUYAMA = "dde_euler_maruyama";

    private static final Map<String, ButcherTableau> TABLEAUS;
    private static final List<MethodDescriptor> METHODS;

    static {
        Map<String, ButcherTableau> tableaus = new LinkedHashMap<>();
        List<MethodDescriptor> methods = new ArrayList<>();
        for (ButcherTableau t : Tableaus.ALL) {
            String name = PREFIX + t.name();
            tableaus.put(name, t);
            methods.add(new MethodDescriptor(name, EquationKind.DDE, Math.min(t.order(), 4), false,
                    "delay equations by " + t.name() + " (order " + t.order()
                            + ") over a ring buffer of past states; order listed for HERMITE delayed reads, "
                            + "min(p, 2) with LINEAR, 1 with ROUND"));
        }
        methods.add(new MethodDescriptor(EULER_MARUYAMA, EquationKind.DDE, 0.5, false,
                "stochastic delay equations (DelayedSdeSystem, Ito) by Euler-Maruyama over a ring buffer of past "
                        + "states; any noise form"));
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
        return "delay (DDE): " + String.join(", ", TABLEAUS.keySet()) + ", " + EULER_MARUYAMA;
    }

    @Override
    public List<MethodDescriptor> methods() {
        return METHODS;
    }

    /**
     * @param method  {@code dde_} + a fixed-step Runge–Kutta name, or {@code dde_euler_maruyama}
     * @param system  a {@link DelayedOdeSystem}; a {@link DelayedSdeSystem} for {@code dde_euler_maruyama} only
     * @param options its interpolation is used, and its seed by {@code dde_euler_maruyama}
     * @return a stepper; its ring buffer is allocated on the first step, when dt is known
     * @throws IllegalArgumentException naming the method and the available ones, or the expected kind
     */
    @Override
    public Stepper create(String method, EquationSystem system, IntegratorOptions options) {
        if (EULER_MARUYAMA.equals(method)) {
            return createStochastic(system, options);
        }
        ButcherTableau tableau = method == null ? null : TABLEAUS.get(method);
        if (tableau == null) {
            throw new IllegalArgumentException("unknown integration method '" + method + "' for provider '" + NAME
                    + "'; available: " + String.join(", ", TABLEAUS.keySet()) + ", " + EULER_MARUYAMA);
        }
        if (system instanceof DelayedSdeSystem) {
            throw new IllegalArgumentException("method '" + method + "' is deterministic, but the system is a "
                    + system.getClass().getName() + " with noise (" + DelayedSdeSystem.class.getSimpleName()
                    + "): use '" + EULER_MARUYAMA + "'");
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

    private static Stepper createStochastic(EquationSystem system, IntegratorOptions options) {
        if (!(system instanceof DelayedSdeSystem sdde)) {
            throw new IllegalArgumentException("method '" + EULER_MARUYAMA + "' of provider '" + NAME
                    + "' integrates stochastic delay systems (" + DelayedSdeSystem.class.getSimpleName()
                    + "), but the system is " + (system == null ? "null" : "a " + system.getClass().getName()));
        }
        if (options == null) {
            throw new IllegalArgumentException("options = null for method '" + EULER_MARUYAMA
                    + "': pass IntegratorOptions.DEFAULTS (its seed keys the noise, its interpolation the delays)");
        }
        return new DelayedRungeKutta(EULER_MARUYAMA, sdde, new CounterWiener(options.seed()),
                options.interpolation());
    }
}
