package org.brainj.cli.internal;

import java.util.List;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.core.ModelException;
import org.brainj.api.platform.Provider;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code brainj shell}: the Felix Gogo shell on this terminal, with every platform command available by its name
 * (scope {@code brainj}). Never listens on a network port.
 */
@Component(service = Command.class, property = Provider.RANKING + "=" + ShellCommand.RANKING)
public final class ShellCommand implements Command {

    static final int RANKING = 0;

    private static final CommandSpec SPEC = new CommandSpec("shell",
            "Interactive shell (Felix Gogo) with every platform command; bundles can be deployed while it runs.",
            "Type a command name (e.g. 'services', 'bundles'), Gogo's own commands ('lb', 'help'), or 'exit'. "
                    + "Dropping a bundle into deploy/ installs and starts it; deleting it uninstalls it.",
            List.of(), null);

    private final BundleContext context;

    /** @param context this bundle's context, to find the Gogo command processor */
    @Activate
    public ShellCommand(BundleContext context) {
        this.context = context;
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
    public int execute(CommandInvocation inv) throws Exception {
        ServiceReference<CommandProcessor> ref = context.getServiceReference(CommandProcessor.class);
        if (ref == null) {
            throw new ModelException("the Gogo runtime bundle (org.apache.felix.gogo.runtime) is not active");
        }
        CommandProcessor processor = context.getService(ref);
        try (CommandSession session = processor.createSession(inv.in(), inv.out(), inv.err())) {
            inv.out().println("BrainJ shell. Platform commands: " + String.join(", ",
                    CliService.dispatcher(context).names()) + "; Gogo's own: lb, help. 'exit' or Ctrl-D leaves.");
            session.put(".gosh_quiet", Boolean.TRUE);
            session.execute("gosh --login --noshutdown");
        } finally {
            context.ungetService(ref);
        }
        return OK;
    }
}
