package org.brainj.api.command;

import java.util.List;
import java.util.Objects;

/**
 * A named option of a command, e.g. {@code --dt 0.1} or the flag {@code --json}.
 *
 * <p>An option is <em>repeatable</em> ({@code --param a=1 --param b=2}) when its {@code paramLabel} ends with
 * {@value #REPEATABLE}, the way usage lines show repetition; {@link #repeatable} builds one and
 * {@link CommandInvocation#options(String)} returns all its values in order. (A convention on the label rather than a
 * new component, so the record stays as it was.)
 *
 * @param names        its spellings, long first (e.g. {@code --dt}, {@code -d})
 * @param paramLabel   the value's label in help (e.g. {@code MS}); empty for a flag
 * @param description  one line of help, with the unit
 * @param defaultValue the default as text, or empty for none
 */
public record OptionSpec(List<String> names, String paramLabel, String description, String defaultValue) {

    /** The suffix of {@link #paramLabel()} that marks a repeatable option. */
    public static final String REPEATABLE = "...";

    /** Checks the names and copies them. */
    public OptionSpec {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("an option needs at least one name");
        }
        for (String n : names) {
            if (!n.startsWith("-")) {
                throw new IllegalArgumentException("option names start with '-', got '" + n + "'");
            }
        }
        Objects.requireNonNull(paramLabel, "paramLabel");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    /**
     * @param name        the long name, e.g. {@code --json}
     * @param description help
     * @return a boolean flag
     */
    public static OptionSpec flag(String name, String description) {
        return new OptionSpec(List.of(name), "", description, "");
    }

    /**
     * @param name         the long name, e.g. {@code --dt}
     * @param paramLabel   value label
     * @param description  help
     * @param defaultValue default, or empty
     * @return an option taking one value
     */
    public static OptionSpec value(String name, String paramLabel, String description, String defaultValue) {
        return new OptionSpec(List.of(name), paramLabel, description, defaultValue);
    }

    /**
     * @param name        the long name, e.g. {@code --param}
     * @param paramLabel  value label, e.g. {@code NAME=VALUE} (the {@value #REPEATABLE} suffix is added)
     * @param description help
     * @return an option that may be given any number of times, each time with one value; no default
     */
    public static OptionSpec repeatable(String name, String paramLabel, String description) {
        return new OptionSpec(List.of(name), paramLabel + REPEATABLE, description, "");
    }

    /** @return true when the option may be given several times (its label ends with {@value #REPEATABLE}) */
    public boolean isRepeatable() {
        return paramLabel.endsWith(REPEATABLE) && paramLabel.length() > REPEATABLE.length();
    }

    /** @return the value label without the {@value #REPEATABLE} suffix of a repeatable option */
    public String valueLabel() {
        return isRepeatable() ? paramLabel.substring(0, paramLabel.length() - REPEATABLE.length()) : paramLabel;
    }

    /** @return true for a flag (no value) */
    public boolean isFlag() {
        return paramLabel.isEmpty();
    }

    /** @return the first (long) name */
    public String longName() {
        return names.get(0);
    }
}
