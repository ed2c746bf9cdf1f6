package org.brainj.cli.internal;

import java.util.List;

import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.TextTable;
import org.brainj.api.command.OptionSpec;
import org.brainj.api.core.ParameterException;
import org.brainj.api.ops.BackendSelection;
import org.brainj.api.ops.Backends;
import org.brainj.api.ops.DenseOps;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.ops.SegmentOps;
import org.brainj.api.ops.SparseOps;
import org.brainj.api.platform.Provider;
import org.brainj.api.platform.ProviderInfo;
import org.brainj.api.platform.Providers;
import org.osgi.service.component.annotations.Component;

/** {@code brainj backends}: the operator backends, and which one each operator family would use now. */
@Component(service = Command.class, property = Provider.RANKING + "=" + BackendsCommand.RANKING)
public final class BackendsCommand implements Command {

    static final int RANKING = 0;

    private static final List<Class<?>> FAMILIES = List.of(DenseOps.class, SparseOps.class, EventOps.class,
            JitConnOps.class, SegmentOps.class);

    private static final CommandSpec SPEC = new CommandSpec("backends",
            "List operator backends and the backend each operator family selects.",
            "Selection follows the platform's policy: 'auto' takes the highest-ranked available backend offering "
                    + "the family; 'cpu'/'gpu' restrict the kind; any other word names a backend.",
            List.of(OptionSpec.value("--backend", "REQUEST", "auto, cpu, gpu or a backend name", "auto")), null);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public int execute(CommandInvocation inv) {
        TextTable backends = new TextTable("BACKEND", "KIND", "RANKING", "AVAILABLE", "ORIGIN", "REASON");
        for (ProviderInfo p : Providers.describe(OperatorBackend.class)) {
            backends.row(p.name(), p.kind(), p.ranking(), p.available() ? "yes" : "no", p.origin(), p.detail());
        }
        backends.print(inv.out());
        inv.out().println();
        String request = inv.option("--backend").orElse(Backends.AUTO);
        TextTable selection = new TextTable("FAMILY", "SELECTED (" + request + ")");
        for (Class<?> family : FAMILIES) {
            String chosen;
            try {
                BackendSelection<?> s = Backends.select(request, family);
                chosen = s.explanation();
            } catch (ParameterException e) {
                chosen = "none: " + e.allowed();
            }
            selection.row(family.getSimpleName(), chosen);
        }
        selection.print(inv.out());
        return OK;
    }
}
