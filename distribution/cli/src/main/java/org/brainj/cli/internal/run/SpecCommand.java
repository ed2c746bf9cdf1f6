package org.brainj.cli.internal.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Supplier;

import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.OptionSpec;
import org.brainj.api.command.PositionalSpec;
import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.brainj.cli.internal.spec.JsonNetworkSpecs;
import org.osgi.service.component.annotations.Component;

/**
 * {@code brainj spec MODEL}: prints (or writes) the JSON network spec of a built-in network, with the sizes,
 * parameters and initial values the command line gives and the network's default duration, in the format
 * {@code brainj run FILE.json} reads ({@code docs/network-spec.md}). A starting point for a network of one's own,
 * and the way {@code examples/networks/*.json} are made.
 */
@Component(service = Command.class, property = Provider.RANKING + "=" + SpecCommand.RANKING)
public final class SpecCommand implements Command {

    static final int RANKING = 0;

    private static final OptionSpec OUT = OptionSpec.value("--out", "FILE",
            "write the spec to FILE instead of standard output", "");

    private static final CommandSpec SPEC = new CommandSpec("spec",
            "Print the JSON network spec of a built-in network (or write it with --out), ready to edit and run.",
            "MODEL is a built-in network (e.g. coba), neuron:MODEL or a JSON spec (written back normalised). "
                    + "The spec carries the network's default duration; 'brainj run FILE.json' runs it.",
            List.of(RunSettings.NEURONS, RunSettings.PARAM, RunSettings.INIT, RunSettings.INPUT, OUT),
            new PositionalSpec("MODEL", "network name, neuron:MODEL or a .json spec", 1, 1));

    private final Supplier<ModelResolver> resolver;

    /** The command over the providers installed when it runs. */
    public SpecCommand() {
        this(ModelResolver::fromProviders);
    }

    /** @param resolver model names to specs */
    SpecCommand(Supplier<ModelResolver> resolver) {
        this.resolver = resolver;
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
    public int execute(CommandInvocation inv) throws IOException {
        PrintStream err = inv.err();
        String json;
        Path out;
        try {
            List<String> pos = inv.positionals();
            if (pos.isEmpty() || pos.get(0).isBlank()) {
                throw new UsageError("no model given; say a built-in network, e.g. brainj spec coba");
            }
            OptionalInt neurons = inv.option("--neurons").map(t -> OptionalInt.of(Args.atLeast("--neurons", t, 1)))
                    .orElse(OptionalInt.empty());
            Map<String, Double> params = Args.assignments("--param", "V_th=-50", inv.options("--param"));
            Map<String, Double> init = Args.assignments("--init", "V=-60", inv.options("--init"));
            OptionalDouble input = inv.option("--input").map(t -> OptionalDouble.of(Args.number("--input", t,
                    "must be a finite number (a current in the model's units)"))).orElse(OptionalDouble.empty());
            out = inv.option("--out").map(SpecCommand::file).orElse(null);
            ModelResolver r = resolver.get();
            ResolvedModel m = r.resolve(pos.get(0), new ModelRequest(neurons, params, init, input));
            json = JsonNetworkSpecs.write(new JsonNetworkSpecs.SpecFile(r.ordered(m.spec()),
                    OptionalDouble.of(m.defaultDuration()), m.dt(), m.seed(), m.monitors()));
        } catch (UsageError | ParameterException | ModelException e) {
            err.println("brainj spec: " + e.getMessage());
            return USAGE;
        }
        if (out == null) {
            inv.out().print(json);
            inv.out().flush();
            return OK;
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, json, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            err.println("brainj spec: --out " + out + ": cannot be written (" + e.getMessage() + ")");
            return FAILED;
        }
        inv.out().println("wrote " + out);
        return OK;
    }

    private static Path file(String text) {
        try {
            if (text.isBlank()) {
                throw new InvalidPathException(text, "empty");
            }
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw UsageError.of("--out", "'" + text + "'", "must be a file path (" + e.getReason() + ")");
        }
    }
}
