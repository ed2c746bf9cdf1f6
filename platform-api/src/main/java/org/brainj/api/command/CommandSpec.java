package org.brainj.api.command;

import java.util.List;
import java.util.Objects;

/**
 * A command's interface, declared as data: the platform parses arguments, prints help and usage errors the same way
 * for every command, whether it comes from a platform bundle or a third-party one.
 *
 * @param name        the command word (e.g. {@code run}), lower case
 * @param summary     one line for {@code brainj --help}
 * @param description paragraphs for {@code brainj NAME --help}; may be empty
 * @param options     its options ({@code --help} is added by the platform)
 * @param positionals its positional parameters, or null for none
 */
public record CommandSpec(String name, String summary, String description, List<OptionSpec> options,
                          PositionalSpec positionals) {

    /** Checks the name and copies the options. */
    public CommandSpec {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("command names are lower-case words, got '" + name + "'");
        }
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        options = List.copyOf(options);
    }
}
