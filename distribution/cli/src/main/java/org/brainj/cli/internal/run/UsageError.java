package org.brainj.cli.internal.run;

/**
 * Bad input to {@code brainj run} or {@code brainj bench} (an unknown model, an option out of range, an output folder
 * that cannot be written), found before any work starts; the command prints the message and exits with
 * {@link org.brainj.api.command.Command#USAGE}.
 */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong: the option, the value given and what is allowed */
    UsageError(String message) {
        super(message);
    }

    /**
     * @param option  the option, e.g. {@code --dt}
     * @param value   the value given
     * @param allowed what is allowed, in words
     * @return the error, worded like {@link org.brainj.api.core.ParameterException}
     */
    static UsageError of(String option, String value, String allowed) {
        return new UsageError(option + " " + value + ": " + allowed);
    }
}
