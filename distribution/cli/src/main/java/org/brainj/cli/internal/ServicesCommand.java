package org.brainj.cli.internal;

import java.util.List;

import org.brainj.api.Spis;
import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.TextTable;
import org.brainj.api.command.OptionSpec;
import org.brainj.api.platform.Provider;
import org.brainj.api.platform.ProviderInfo;
import org.brainj.api.platform.Providers;
import org.osgi.service.component.annotations.Component;

/** {@code brainj services}: every provider of every SPI, with origin, ranking, kind and availability. */
@Component(service = Command.class, property = Provider.RANKING + "=" + ServicesCommand.RANKING)
public final class ServicesCommand implements Command {

    static final int RANKING = 0;

    private static final CommandSpec SPEC = new CommandSpec("services",
            "List every provider of every SPI: name, bundle, ranking, backend kind, availability.",
            "Providers come from the OSGi service registry inside the platform (or ServiceLoader on a plain "
                    + "classpath). Higher ranking wins; unavailable providers are listed with the reason.",
            List.of(OptionSpec.value("--spi", "NAME", "only this SPI (e.g. OperatorBackend)", "")), null);

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
        String only = inv.option("--spi").orElse("");
        TextTable t = new TextTable("SPI", "NAME", "KIND", "RANKING", "AVAILABLE", "ORIGIN", "DETAIL");
        boolean known = only.isEmpty();
        for (Class<? extends Provider> spi : Spis.ALL) {
            if (!only.isEmpty() && !spi.getSimpleName().equalsIgnoreCase(only)) {
                continue;
            }
            known = true;
            for (ProviderInfo p : Providers.describe(spi)) {
                t.row(p.spi(), p.name(), p.kind(), p.ranking(), p.available() ? "yes" : "no", p.origin(),
                        p.detail());
            }
        }
        if (!known) {
            inv.err().println("brainj services: unknown SPI '" + only + "'; SPIs: " + spiNames());
            return USAGE;
        }
        t.print(inv.out());
        inv.out().println(t.size() + " providers (registry: " + Providers.registryKind() + ")");
        return OK;
    }

    private static String spiNames() {
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : Spis.ALL) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.getSimpleName());
        }
        return sb.toString();
    }
}
