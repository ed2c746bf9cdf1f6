package org.brainj.models.internal.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.OptionSpec;
import org.brainj.api.command.TextTable;
import org.brainj.api.model.ConnectorFactory;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.platform.Provider;
import org.brainj.api.platform.Providers;
import org.brainj.api.run.NetworkCatalog;
import org.osgi.service.component.annotations.Component;

/**
 * {@code brainj models}: every model the installed bundles build (neurons, synapses, outputs, inputs, connectors,
 * networks) with its kind and provider, and with {@code --model NAME} its parameters: name, unit, default, allowed
 * range and meaning. Models come from every {@link ModelFactory}, {@link ConnectorFactory} and {@link NetworkCatalog}
 * service, so a lab's bundle shows up as soon as it is deployed.
 */
@Component(service = Command.class, property = Provider.RANKING + "=0")
public final class ModelsCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("models",
            "List the models of every installed bundle, or one model's parameters with --model.",
            "Neurons, rate models, synapses, outputs, channels, inputs, connectors, weight initializers and named "
                    + "networks come from "
                    + "the ModelFactory, ConnectorFactory and NetworkCatalog services. Use a model in a JSON spec "
                    + "(docs/network-spec.md), as 'brainj run neuron:MODEL', or from Java.",
            List.of(OptionSpec.value("--kind", "KIND", "only models of this kind: neuron, rate, synapse, output, "
                            + "channel, plasticity, input, connector, network, initializer", ""),
                    OptionSpec.value("--model", "NAME", "show this model's parameters", "")),
            null);

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public ModelsCommand() {
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int ranking() {
        return 0;
    }

    @Override
    public String description() {
        return SPEC.summary();
    }

    /** A model and where it comes from. */
    record Entry(ModelDescriptor model, String provider) {
    }

    static List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        for (ModelFactory f : Providers.all(ModelFactory.class)) {
            for (ModelDescriptor d : f.models()) {
                out.add(new Entry(d, f.name()));
            }
        }
        for (ConnectorFactory f : Providers.all(ConnectorFactory.class)) {
            for (ModelDescriptor d : f.connectors()) {
                out.add(new Entry(d, f.name()));
            }
        }
        for (NetworkCatalog c : Providers.all(NetworkCatalog.class)) {
            for (ModelDescriptor d : c.networks()) {
                out.add(new Entry(d, c.name()));
            }
        }
        return out;
    }

    @Override
    public int execute(CommandInvocation inv) {
        String kindText = inv.option("--kind").orElse("").trim();
        ModelKind kind = null;
        if (!kindText.isEmpty()) {
            try {
                kind = ModelKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                inv.err().println("brainj models: --kind = '" + kindText + "' is not a kind; allowed: "
                        + java.util.Arrays.toString(ModelKind.values()).toLowerCase(Locale.ROOT));
                return USAGE;
            }
        }
        List<Entry> entries = all();
        String name = inv.option("--model").orElse("").trim();
        if (!name.isEmpty()) {
            return describe(inv, entries, name);
        }
        TextTable table = new TextTable("MODEL", "KIND", "PROVIDER", "PARAMETERS", "DESCRIPTION");
        for (Entry e : entries) {
            if (kind == null || e.model().kind() == kind) {
                table.row(e.model().name(), e.model().kind().name().toLowerCase(Locale.ROOT), e.provider(),
                        e.model().parameters().size(), e.model().description());
            }
        }
        table.print(inv.out());
        return OK;
    }

    private static int describe(CommandInvocation inv, List<Entry> entries, String name) {
        List<String> known = new ArrayList<>();
        for (Entry e : entries) {
            known.add(e.model().name());
            if (!e.model().name().equals(name)) {
                continue;
            }
            ModelDescriptor d = e.model();
            inv.out().println(d.name() + " (" + d.kind().name().toLowerCase(Locale.ROOT) + ", " + e.provider()
                    + "): " + d.description());
            TextTable table = new TextTable("PARAMETER", "UNIT", "DEFAULT", "ALLOWED", "MEANING");
            for (ParameterSpec p : d.parameters()) {
                table.row(p.name(), p.unit(), p.defaultValue(), p.allowedRange(), p.description());
            }
            table.print(inv.out());
            return OK;
        }
        inv.err().println("brainj models: --model = '" + name + "' is not an installed model; known: "
                + String.join(", ", known));
        return USAGE;
    }
}
