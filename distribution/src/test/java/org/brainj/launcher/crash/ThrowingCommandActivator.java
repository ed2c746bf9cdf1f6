package org.brainj.launcher.crash;

import java.util.List;

import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers {@code brainj boom}, a third-party command that throws from its service call. */
public final class ThrowingCommandActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(Command.class, new Command() {
            @Override
            public CommandSpec spec() {
                return new CommandSpec("boom", "Throws from its service call.", "", List.of(), null);
            }

            @Override
            public int execute(CommandInvocation invocation) {
                throw new IllegalStateException("third-party command failed on purpose");
            }
        }, null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
