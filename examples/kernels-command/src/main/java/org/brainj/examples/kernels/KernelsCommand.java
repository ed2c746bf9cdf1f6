package org.brainj.examples.kernels;

import java.util.ArrayList;
import java.util.List;

import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.OptionSpec;
import org.brainj.api.command.PositionalSpec;
import org.brainj.api.command.TextTable;
import org.brainj.api.core.ParameterException;
import org.brainj.api.ops.CustomOperator;
import org.brainj.api.ops.KernelSpec;
import org.brainj.api.platform.Provider;
import org.brainj.api.platform.Providers;
import org.osgi.service.component.annotations.Component;

/**
 * {@code brainj kernels [NAME] [--cuda]}: the custom operators installed now, with their signature and whether they
 * ship a CUDA C kernel; {@code --cuda} prints one operator's CUDA source. A third-party command: it declares its
 * options as data ({@link CommandSpec}) and the platform does the parsing, help and errors.
 */
@Component(service = Command.class, property = Provider.RANKING + "=0")
public final class KernelsCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("kernels",
            "List custom operators (event-driven kernels): signature, parameters, CUDA source.",
            "Custom operators come from bundles (drop one into deploy/). With NAME, only that operator; with --cuda "
                    + "its CUDA C source.",
            List.of(OptionSpec.flag("--cuda", "print the operator's CUDA C source (needs NAME)")),
            new PositionalSpec("NAME", "an operator's name", 0, 1));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int execute(CommandInvocation inv) {
        List<String> pos = inv.positionals();
        List<CustomOperator> ops = pos.isEmpty() ? Providers.all(CustomOperator.class)
                : List.of(Providers.require(CustomOperator.class, pos.get(0)));
        if (inv.flag("--cuda")) {
            if (pos.isEmpty()) {
                throw new ParameterException("--cuda", "without NAME", "name one operator, e.g. 'kernels NAME --cuda'");
            }
            inv.out().print(ops.get(0).cudaSource().orElseThrow(() -> new ParameterException("NAME", pos.get(0),
                    "an operator that ships a CUDA source; this one is CPU-only")));
            return OK;
        }
        TextTable t = new TextTable("OPERATOR", "INPUTS", "OUTPUTS", "PARAMETERS", "CUDA");
        for (CustomOperator op : ops) {
            KernelSpec s = op.spec();
            t.row(op.name(), args(s.inputs()), args(s.outputs()), String.join(",", s.parameters()),
                    op.cudaSource().isPresent() ? s.cudaEntry() : "-");
        }
        t.print(inv.out());
        inv.out().println(ops.size() + " custom operator" + (ops.size() == 1 ? "" : "s"));
        return OK;
    }

    private static String args(List<KernelSpec.Arg> args) {
        List<String> out = new ArrayList<>();
        for (KernelSpec.Arg a : args) {
            out.add(a.name() + ":" + a.type().name().toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(",", out);
    }
}
