package org.brainj.integrators.internal;

import java.util.ArrayList;
import java.util.List;

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
 * Provider {@code sde}: BrainPy's SDE methods under its names, all of kind {@link EquationKind#SDE} ({@code euler} is
 * therefore distinct from the ODE {@code euler}; pick by kind with
 * {@link Integrators#create(String, EquationKind, EquationSystem, IntegratorOptions)}).
 *
 * <p>Noise: ΔW<sub>k</sub> of Wiener process k in step s is √dt · N(0,1) drawn from
 * {@link org.brainj.api.random.CounterRandom} with the options' seed at (stream {@value CounterWiener#STREAM}, index k,
 * step s, draw 0), and srk's second normal at draw 1; the same seed gives the same path on any thread count.
 */
@Component(service = IntegratorProvider.class, property = Provider.RANKING + "=" + SdeIntegrators.RANKING)
public final class SdeIntegrators extends MethodFamily {

    /** Service ranking: the reference implementation. */
    static final int RANKING = 0;

    /** Provider name. */
    static final String NAME = "sde";

    private static final List<MethodDescriptor> METHODS = List.of(
            new MethodDescriptor("euler", EquationKind.SDE, 0.5, false,
                    "Euler-Maruyama (Ito) / Euler-Heun (Stratonovich); any noise form"),
            new MethodDescriptor("heun", EquationKind.SDE, 1.0, false,
                    "stochastic Heun, Stratonovich only; order 1 for scalar/diagonal noise, 0.5 for general"),
            new MethodDescriptor("milstein", EquationKind.SDE, 1.0, false,
                    "Milstein with g'g by central differences; scalar or diagonal noise, Ito or Stratonovich"),
            new MethodDescriptor("milstein2", EquationKind.SDE, 1.0, false,
                    "derivative-free Milstein; scalar or diagonal noise, Ito or Stratonovich"),
            new MethodDescriptor("exp_euler", EquationKind.SDE, 0.5, false,
                    "exponential Euler drift + e^(hA) g dW noise, Ito; any noise form"),
            new MethodDescriptor("srk1w1", EquationKind.SDE, 1.5, false,
                    "Roessler SRI1W1 stochastic Runge-Kutta, Ito, scalar or diagonal noise"),
            new MethodDescriptor("srk2w1", EquationKind.SDE, 1.5, false,
                    "Roessler SRI2W1 stochastic Runge-Kutta (deterministic order 3), Ito, scalar or diagonal noise"));

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public SdeIntegrators() {
        super(NAME, "stochastic (SDE)", METHODS, "pass IntegratorOptions.DEFAULTS (its seed keys the noise)");
    }

    /** @return {@value #RANKING} */
    @Override
    public int ranking() {
        return RANKING;
    }

    /**
     * Creates the stepper for an {@link SdeSystem}, with the counter-based noise keyed by the options' seed.
     *
     * @throws IllegalArgumentException naming the calculus or noise form when the method does not support it
     */
    @Override
    Stepper newStepper(MethodDescriptor method, EquationSystem system, IntegratorOptions options) {
        return create(method.name(), (SdeSystem) system, new CounterWiener(options.seed()));
    }

    /** Creates with an explicit noise source; tests use it to integrate one Brownian path at several step sizes. */
    static Stepper create(String method, SdeSystem system, WienerSource wiener) {
        return switch (method) {
            case "euler" -> new EulerMaruyama(system, wiener);
            case "heun" -> new StochasticHeun(system, wiener);
            case "milstein" -> new Milstein(system, wiener, false);
            case "milstein2" -> new Milstein(system, wiener, true);
            case "exp_euler" -> new StochasticExponentialEuler(system, wiener);
            case "srk1w1" -> new RoesslerSri(SriTableau.SRK1W1, system, wiener);
            case "srk2w1" -> new RoesslerSri(SriTableau.SRK2W1, system, wiener);
            default -> throw new IllegalArgumentException("unknown integration method '" + method
                    + "' for provider '" + NAME + "'; available: " + String.join(", ", names()));
        };
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (MethodDescriptor m : METHODS) {
            out.add(m.name());
        }
        return out;
    }
}
