package org.brainj.integrators.internal;

import java.util.ArrayList;
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
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.integrate.SdeSystem;
import org.brainj.api.integrate.Stepper;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * Provider {@code delay}: delay equations ({@link DelayedOdeSystem}) by the method of steps over a ring buffer of past
 * states, each run by a {@link DelayedStepper} that keeps ⌈maxDelay/dt⌉ + 2 past states read with the options'
 * {@link org.brainj.api.integrate.DelayInterpolation}.
 *
 * <p><b>Any ODE or SDE method: {@code dde:<method>}.</b> {@code dde:} followed by the name of any registered ODE method
 * ({@code dde:exp_auto}, {@code dde:rkdp}, {@code dde:rk4}, ...) integrates a {@link DelayedOdeSystem}; followed by
 * any registered SDE method ({@code dde:milstein}, {@code dde:heun}, {@code dde:srk1w1}, ...) a
 * {@link DelayedSdeSystem}, whose {@link DelayedSdeSystem#calculus()} the inner method sees. The inner method is
 * resolved at creation by {@link Integrators#providerOf(String, EquationKind)} with the kind the system's noise
 * implies (so {@code dde:euler} is forward Euler without noise and Euler–Maruyama with it), created with the same
 * options (tolerances, seed), and sees the delayed system as an ODE / SDE whose right-hand side reads the past.
 * These names are accepted ({@link #offers}) but not listed in {@link #methods()}: the listed methods are the ones
 * whose convergence order is measured here, while a composed method's order is its inner method's, limited by the
 * delayed reads as for {@code dde_<method>} below. Adaptive inner methods
 * control their error with substeps inside each fixed grid step (the stepper itself is not an
 * {@link org.brainj.api.integrate.AdaptiveStepper}). A delay shorter than dt is served by linear extrapolation past
 * the newest stored state (lowering the order), for every inner method, since none evaluates outside its step.
 *
 * <p><b>{@code dde_<method>}.</b> The older names: every fixed-step explicit Runge–Kutta method of {@link Tableaus#ALL}
 * as {@code dde_euler}, {@code dde_rk4}, ... (the same stepper as {@code dde:euler}, {@code dde:rk4}, bit for bit).
 * The listed order is the one reached with {@link org.brainj.api.integrate.DelayInterpolation#HERMITE HERMITE} reads,
 * min(p, 4) for an inner method of order p (measured on x' = −x(t − 1)); when delayed reads fall between grid points,
 * LINEAR limits it to min(p, 2) and ROUND to 1. The options' default stays LINEAR, so HERMITE is chosen explicitly.
 *
 * <p>{@code dde_euler_maruyama} integrates a {@link DelayedSdeSystem} by Euler–Maruyama over the same ring buffer
 * (the same as {@code dde:euler} on such a system), with the SDE methods' counter-based Wiener increments keyed by
 * (options' seed, Wiener process, step index). Every method here is registered with kind {@link EquationKind#DDE},
 * since the kind names the system family ({@link DelayedSdeSystem} is a {@link DelayedOdeSystem}) and a new kind would
 * break exhaustive switches over {@link EquationKind}; the name says which are stochastic. Strong order 0.5 (1 for
 * additive noise, as for Euler–Maruyama). The deterministic {@code dde_*} methods refuse a {@link DelayedSdeSystem}.
 */
@Component(service = IntegratorProvider.class, property = Provider.RANKING + "=" + DelayIntegrators.RANKING)
public final class DelayIntegrators extends MethodFamily {

    /** Service ranking: the reference implementation. */
    static final int RANKING = 0;

    /** Provider name. */
    static final String NAME = "delay";

    /** Prefix of the method names: {@code dde_} + the inner Runge–Kutta method. */
    static final String PREFIX = "dde_";

    /** Prefix of the names that take any registered ODE or SDE method: {@code dde:} + its name. */
    static final String ANY = "dde:";

    /** The stochastic delay method. */
    static final String EULER_MARUYAMA = "dde_euler_maruyama";

    /** How {@code dde:<method>} is spelled, for listings and messages. */
    static final String FORM = "dde:<method> with <method> any registered ODE method (SDE method for a "
            + "DelayedSdeSystem), e.g. dde:exp_auto, dde:rkdp, dde:milstein";

    private static final Map<String, ButcherTableau> TABLEAUS = new LinkedHashMap<>();
    private static final List<MethodDescriptor> METHODS = new ArrayList<>();

    static {
        for (ButcherTableau t : Tableaus.ALL) {
            String name = PREFIX + t.name();
            TABLEAUS.put(name, t);
            METHODS.add(new MethodDescriptor(name, EquationKind.DDE, Math.min(t.order(), 4), false,
                    "delay equations by " + t.name() + " (order " + t.order()
                            + ") over a ring buffer of past states; order listed for HERMITE delayed reads, "
                            + "min(p, 2) with LINEAR, 1 with ROUND"));
        }
        METHODS.add(new MethodDescriptor(EULER_MARUYAMA, EquationKind.DDE, 0.5, false,
                "stochastic delay equations (DelayedSdeSystem, Ito) by Euler-Maruyama over a ring buffer of past "
                        + "states; any noise form; in general " + FORM));
    }

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public DelayIntegrators() {
        super(NAME, "delay (DDE)", METHODS,
                "pass IntegratorOptions.DEFAULTS (its interpolation reads the delays, its seed keys any noise)");
    }

    /** @return {@value #RANKING} */
    @Override
    public int ranking() {
        return RANKING;
    }

    /** @return every listed name, then the {@code dde:<method>} form */
    @Override
    public String description() {
        return super.description() + "; " + FORM;
    }

    /** Listed names, and any {@code dde:<method>} for delay equations: the inner method is resolved at creation. */
    @Override
    public boolean offers(String method, EquationKind kind) {
        return super.offers(method, kind) || (kind == EquationKind.DDE && method != null && lookup(method) != null);
    }

    /** Listed names, and any {@code dde:<method>}: the inner method is only resolved once the system is known. */
    @Override
    MethodDescriptor lookup(String method) {
        MethodDescriptor listed = super.lookup(method);
        if (listed != null || !method.startsWith(ANY) || method.length() == ANY.length()) {
            return listed;
        }
        return new MethodDescriptor(method, EquationKind.DDE, 1, false, "delay equations by " + method.substring(
                ANY.length()));
    }

    @Override
    String available() {
        return super.available() + "; or " + FORM;
    }

    /** Beyond the kind (DDE): the deterministic {@code dde_*} methods refuse noise, the stochastic one needs it. */
    @Override
    void checkSystem(MethodDescriptor method, EquationSystem system) {
        if (EULER_MARUYAMA.equals(method.name())) {
            if (!(system instanceof DelayedSdeSystem)) {
                throw new IllegalArgumentException("method '" + EULER_MARUYAMA + "' of provider '" + NAME
                        + "' integrates stochastic delay systems (" + DelayedSdeSystem.class.getSimpleName()
                        + "), but the system is " + describe(system));
            }
            return;
        }
        if (system instanceof DelayedSdeSystem && !method.name().startsWith(ANY)) {
            throw new IllegalArgumentException("method '" + method.name() + "' is deterministic, but the system is a "
                    + system.getClass().getName() + " with noise (" + DelayedSdeSystem.class.getSimpleName()
                    + "): use '" + EULER_MARUYAMA + "' or dde:<SDE method>, e.g. dde:milstein");
        }
        super.checkSystem(method, system);
    }

    /**
     * @return a {@link DelayedStepper} over the inner method; its ring buffer is allocated on the first step, when dt
     *     is known
     * @throws IllegalArgumentException for {@code dde:<method>} when no ODE method (SDE method, for a
     *     {@link DelayedSdeSystem}) of that name is registered, listing the form and the available ones; or as the
     *     inner method refuses the system (e.g. {@code dde:heun} on an Itô system)
     */
    @Override
    Stepper newStepper(MethodDescriptor method, EquationSystem system, IntegratorOptions options) {
        String name = method.name();
        DelayedOdeSystem dde = (DelayedOdeSystem) system;
        if (EULER_MARUYAMA.equals(name)) {
            return new DelayedStepper(name, dde, options.interpolation(),
                    sde -> new EulerMaruyama((SdeSystem) sde,
                            new CounterWiener(options.seed())));
        }
        ButcherTableau tableau = TABLEAUS.get(name);
        if (tableau != null) {
            return new DelayedStepper(name, dde, options.interpolation(), ode -> new ExplicitRungeKutta(tableau, ode));
        }
        String inner = name.substring(ANY.length());
        EquationKind kind = system instanceof DelayedSdeSystem ? EquationKind.SDE : EquationKind.ODE;
        IntegratorProvider provider;
        try {
            provider = Integrators.providerOf(inner, kind);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("method '" + name + "' of provider '" + NAME + "': the inner method '"
                    + inner + "' must be a registered " + kind + " method, since the system ("
                    + system.getClass().getName() + ") " + (kind == EquationKind.SDE ? "is a DelayedSdeSystem"
                    : "has no noise") + "; name it as " + FORM + ". " + unknown.getMessage(), unknown);
        }
        return new DelayedStepper(name, dde, options.interpolation(),
                presented -> provider.create(inner, presented, options));
    }
}
