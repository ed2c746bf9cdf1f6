package org.brainj.api.command;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** One parsed call of a command: its option values, positionals and terminal streams. */
@ProviderType
public interface CommandInvocation {

    /**
     * @param longName the option's long name, e.g. {@code --dt}
     * @return its value as given, else its default, else empty
     */
    Optional<String> option(String longName);

    /**
     * Every value of an option, for repeatable options ({@link OptionSpec#repeatable}).
     *
     * @param longName the option's long name, e.g. {@code --param}
     * @return its values in the order given; for a single-valued option its one value (or its default), else empty
     */
    default List<String> options(String longName) {
        return option(longName).map(List::of).orElse(List.of());
    }

    /**
     * @param longName a flag's long name, e.g. {@code --json}
     * @return whether it was given
     */
    boolean flag(String longName);

    /** @return the positional values */
    List<String> positionals();

    /** @return standard output (results) */
    PrintStream out();

    /** @return standard error (progress, warnings) */
    PrintStream err();

    /** @return standard input */
    InputStream in();

    /** @return the distribution's home folder (holding {@code bundles/}, {@code deploy/}, {@code profiles/}) */
    Path home();

    /** @return true when the output is an interactive terminal (progress bars, colours) */
    boolean interactive();
}
