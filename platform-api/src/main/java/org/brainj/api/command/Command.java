package org.brainj.api.command;

import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: a sub-command of {@code brainj} and of the {@code brainj shell}, contributed by any bundle. Its
 * {@link #name()} is its spec's name.
 */
@ConsumerType
public interface Command extends Provider {

    /** Exit status of success. */
    int OK = 0;
    /** Exit status of a failure while running (divergence, I/O). */
    int FAILED = 1;
    /** Exit status of bad usage (unknown command, bad option, out-of-range value). */
    int USAGE = 2;

    /** @return the command's options, positionals and help */
    CommandSpec spec();

    @Override
    default String name() {
        return spec().name();
    }

    /**
     * Runs the command. Bad input is reported on {@link CommandInvocation#err()} naming the parameter, the value and
     * the allowed range, with exit status {@link #USAGE}.
     *
     * @param invocation parsed arguments and streams
     * @return the exit status
     * @throws Exception for failures the platform should report
     */
    int execute(CommandInvocation invocation) throws Exception;
}
