package org.brainj.cli.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.brainj.api.command.Command;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Makes every {@link Command} service a Gogo shell command of scope {@code brainj}, following commands as bundles
 * come and go, so a command from a bundle dropped into deploy/ is usable in a running shell at once.
 */
@Component(immediate = true)
public final class GogoCommands {

    private final BundleContext context;
    private final Map<String, ServiceRegistration<Function>> registered = new ConcurrentHashMap<>();
    private final Map<Command, String> pending = new ConcurrentHashMap<>();
    private volatile boolean active;

    /** @param context this bundle's context */
    @Activate
    public GogoCommands(BundleContext context) {
        this.context = context;
    }

    @Activate
    void activate() {
        active = true;
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(CommandProcessor.COMMAND_SCOPE, "brainj");
        props.put(CommandProcessor.COMMAND_FUNCTION, new String[] {"exit", "quit"});
        registered.put(" exit", context.registerService(Function.class, GogoCommands::endSession, props));
        for (Map.Entry<Command, String> e : pending.entrySet()) {
            publish(e.getValue());
        }
    }

    @Deactivate
    void deactivate() {
        active = false;
        for (ServiceRegistration<Function> r : registered.values()) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered by the framework when the bundle stopped
            }
        }
        registered.clear();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindCommand(Command command) {
        String name = command.name();
        pending.put(command, name);
        if (active) {
            publish(name);
        }
    }

    void unbindCommand(Command command) {
        String name = pending.remove(command);
        if (name != null && !pending.containsValue(name)) {
            ServiceRegistration<Function> r = registered.remove(name);
            if (r != null) {
                try {
                    r.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // unregistered by the framework when the bundle stopped
                }
            }
        }
    }

    private synchronized void publish(String name) {
        if (registered.containsKey(name)) {
            return;
        }
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(CommandProcessor.COMMAND_SCOPE, "brainj");
        props.put(CommandProcessor.COMMAND_FUNCTION, new String[] {name});
        registered.put(name, context.registerService(Function.class, new ShellFunction(name), props));
    }

    /** Gogo's console ends its loop when a command fails with exactly this message. */
    private static Object endSession(CommandSession session, List<Object> arguments) {
        throw new IllegalStateException("session is closed");
    }

    /** One platform command as a Gogo function; arguments are passed through as text. */
    private final class ShellFunction implements Function {
        private final String name;

        ShellFunction(String name) {
            this.name = name;
        }

        @Override
        public Object execute(CommandSession session, List<Object> arguments) {
            List<String> argv = new ArrayList<>();
            argv.add(name);
            for (Object a : arguments) {
                argv.add(String.valueOf(a));
            }
            int status = CliService.dispatcher(context).run(argv.toArray(new String[0]), session.getKeyboard(),
                    session.getConsole(), session.getConsole());
            return status == Command.OK ? null : "exit status " + status;
        }
    }
}
