package org.brainj.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.brainj.api.command.Command;
import org.brainj.api.command.OptionSpec;
import org.brainj.api.command.PositionalSpec;
import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.ProviderNotFoundException;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * Turns an argument vector into one command call: builds a picocli model from the declarative specs of the
 * registered commands, parses, prints help or usage errors, runs the command and maps failures to exit statuses.
 */
final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    private final Map<String, Command> commands = new TreeMap<>();
    private final Path home;
    private final String version;

    /**
     * @param commands the commands available now
     * @param home     the distribution's home
     * @param version  the platform's version, for {@code --version}
     */
    Dispatcher(List<Command> commands, Path home, String version) {
        for (Command c : commands) {
            // Providers come highest-ranked first, so a third-party command can override a platform one.
            this.commands.putIfAbsent(c.name(), c);
        }
        this.home = home;
        this.version = version;
    }

    /**
     * @param args the arguments after {@code brainj}
     * @param in   standard input
     * @param out  standard output
     * @param err  standard error
     * @return the exit status
     */
    int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine top = buildModel();
        top.setOut(new PrintWriter(out, true));
        top.setErr(new PrintWriter(err, true));
        ParseResult parsed;
        try {
            parsed = top.parseArgs(args);
        } catch (CommandLine.UnmatchedArgumentException e) {
            return unknown(e, top, err);
        } catch (CommandLine.ParameterException e) {
            err.println("brainj: " + e.getMessage());
            e.getCommandLine().usage(err);
            return Command.USAGE;
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return Command.OK;
        }
        ParseResult sub = parsed.subcommand();
        if (sub == null) {
            top.usage(err);
            err.println();
            err.println("brainj: no command given");
            return Command.USAGE;
        }
        Command command = commands.get(sub.commandSpec().name());
        Invocation invocation = new Invocation(sub, in, out, err, home);
        try {
            return command.execute(invocation);
        } catch (ParameterException | ProviderNotFoundException e) {
            err.println("brainj " + command.name() + ": " + e.getMessage());
            return Command.USAGE;
        } catch (BrainjException e) {
            err.println("brainj " + command.name() + ": " + e.getMessage());
            return Command.FAILED;
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "command " + command.name() + " failed", e);
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            err.println("brainj " + command.name() + ": " + root.getClass().getSimpleName() + ": "
                    + root.getMessage() + origin(command, root) + " (BRAINJ_LOG=FINE shows the stack trace)");
            return Command.FAILED;
        }
    }

    /**
     * @return " in bundle NAME VERSION" naming the bundle whose code threw (the first frame of the failure that is not
     *     the JDK's), or else the command's bundle; empty when that is this bundle or none can be told
     */
    private static String origin(Command command, Throwable failure) {
        org.osgi.framework.Bundle self = org.osgi.framework.FrameworkUtil.getBundle(Dispatcher.class);
        org.osgi.framework.Bundle b = null;
        if (self != null && self.getBundleContext() != null) {
            for (StackTraceElement f : failure.getStackTrace()) {
                if (f.getModuleName() != null && f.getModuleName().startsWith("java.")) {
                    continue;
                }
                String entry = f.getClassName().replace('.', '/') + ".class";
                for (org.osgi.framework.Bundle candidate : self.getBundleContext().getBundles()) {
                    if (candidate.getBundleId() != 0 && candidate.getEntry(entry) != null) {
                        b = candidate;
                        break;
                    }
                }
                break;
            }
        }
        if (b == null) {
            b = org.osgi.framework.FrameworkUtil.getBundle(command.getClass());
        }
        return b == null || b.equals(self) ? "" : " in bundle " + b.getSymbolicName() + " " + b.getVersion();
    }

    private int unknown(CommandLine.UnmatchedArgumentException e, CommandLine top, PrintStream err) {
        List<String> unmatched = e.getUnmatched();
        boolean topLevel = e.getCommandLine() == top;
        if (topLevel && !unmatched.isEmpty() && !unmatched.get(0).startsWith("-")) {
            err.println("brainj: unknown command '" + unmatched.get(0) + "'");
            List<String> suggestions = e.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println("Did you mean: " + String.join(" or ", suggestions) + "?");
            }
        } else {
            err.println("brainj: " + e.getMessage());
        }
        err.println("Commands: " + String.join(", ", commands.keySet()));
        err.println("Run 'brainj --help' or 'brainj COMMAND --help' for details.");
        return Command.USAGE;
    }

    private CommandLine buildModel() {
        CommandSpec spec = CommandSpec.create().name("brainj").mixinStandardHelpOptions(true).version(
                "BrainJ " + version);
        spec.usageMessage()
                .description("Brain dynamics programming platform: simulate, train and analyze brain models.")
                .footer("", "Run 'brainj COMMAND --help' for a command's options. Commands come from the installed "
                        + "bundles; drop a bundle into deploy/ to add more.");
        CommandLine top = new CommandLine(spec);
        for (Command c : commands.values()) {
            top.addSubcommand(c.name(), new CommandLine(model(c.spec())));
        }
        return top;
    }

    static CommandSpec model(org.brainj.api.command.CommandSpec s) {
        CommandSpec spec = CommandSpec.create().name(s.name()).mixinStandardHelpOptions(true);
        List<String> description = new ArrayList<>();
        description.add(s.summary());
        if (!s.description().isEmpty()) {
            description.add("");
            description.add(s.description());
        }
        spec.usageMessage().description(description.toArray(new String[0]));
        for (OptionSpec o : s.options()) {
            CommandLine.Model.OptionSpec.Builder b = CommandLine.Model.OptionSpec.builder(
                    o.names().toArray(new String[0])).description(o.description());
            if (o.isFlag()) {
                b.type(boolean.class).arity("0");
            } else if (o.isRepeatable()) {
                // One value per occurrence, collected in order: --param a=1 --param b=2 (picocli shows the "...").
                b.type(List.class).auxiliaryTypes(String.class).arity("1").paramLabel(o.valueLabel());
            } else {
                b.type(String.class).arity("1").paramLabel(o.paramLabel());
                if (!o.defaultValue().isEmpty()) {
                    b.defaultValue(o.defaultValue()).description(o.description() + " (default: "
                            + o.defaultValue() + ")");
                }
            }
            spec.addOption(b.build());
        }
        PositionalSpec p = s.positionals();
        if (p != null) {
            String arity = p.minArity() + ".." + (p.maxArity() == Integer.MAX_VALUE ? "*" : p.maxArity());
            spec.addPositional(PositionalParamSpec.builder().paramLabel(p.label()).description(p.description())
                    .arity(arity).type(List.class).auxiliaryTypes(String.class).build());
        }
        return spec;
    }

    /** The command names available now. */
    List<String> names() {
        return new ArrayList<>(commands.keySet());
    }
}
