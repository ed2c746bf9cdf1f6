package org.brainj.integrators.internal;

import java.util.List;
import java.util.Locale;

import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.OptionSpec;
import org.brainj.api.command.TextTable;
import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.IntegratorProvider;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.platform.Provider;
import org.brainj.api.platform.Providers;
import org.osgi.service.component.annotations.Component;

/**
 * {@code brainj integrators}: every method of every {@link IntegratorProvider} with its kind, order, adaptivity,
 * provider and description, as an aligned text table. Providers are walked directly (rather than through
 * {@link org.brainj.api.integrate.Integrators#methods()}, which yields the same methods in the same order) so each
 * row can name its provider.
 */
@Component(service = Command.class, property = Provider.RANKING + "=" + IntegratorsCommand.RANKING)
public final class IntegratorsCommand implements Command {

    /** Service ranking. */
    static final int RANKING = 0;

    private static final String[] HEADER = {"NAME", "KIND", "ORDER", "ADAPTIVE", "PROVIDER", "DESCRIPTION"};

    private static final CommandSpec SPEC = new CommandSpec("integrators",
            "List every integration method: name, kind, order, adaptivity, provider, description.",
            "Methods come from every registered integrator provider, highest ranking first; when two providers "
                    + "offer the same name the first listed wins. ORDER is the order of convergence (strong order "
                    + "for SDE methods). Delay methods named dde:<method> take any registered ODE method for a delayed "
                    + "system, and any SDE method for a stochastic delayed one (e.g. dde:exp_auto, dde:rkdp, "
                    + "dde:milstein); the listed ones are this bundle's.",
            List.of(OptionSpec.value("--kind", "KIND", "only methods of this kind: ODE, SDE, DDE or FDE", "")),
            null);

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public IntegratorsCommand() {
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public String description() {
        return SPEC.summary();
    }

    @Override
    public int execute(CommandInvocation inv) {
        String only = inv.option("--kind").orElse("").trim();
        EquationKind kind = null;
        if (!only.isEmpty()) {
            try {
                kind = EquationKind.valueOf(only.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                inv.err().println("brainj integrators: --kind = '" + only + "' is not a kind; allowed: "
                        + java.util.Arrays.toString(EquationKind.values()));
                return USAGE;
            }
        }
        TextTable rows = new TextTable(HEADER);
        for (IntegratorProvider p : Providers.all(IntegratorProvider.class)) {
            for (MethodDescriptor m : p.methods()) {
                if (kind == null || m.kind() == kind) {
                    rows.row(m.name(), m.kind().name(), order(m.order()), m.adaptive() ? "yes" : "no", p.name(),
                            m.description());
                }
            }
        }
        rows.print(inv.out());
        inv.out().println(rows.size() + " methods (registry: " + Providers.registryKind() + ")");
        return OK;
    }

    /** Integral orders print as integers, strong orders such as 1.5 keep their fraction. */
    static String order(double order) {
        return order == Math.rint(order) ? String.valueOf((long) order) : String.valueOf(order);
    }
}
