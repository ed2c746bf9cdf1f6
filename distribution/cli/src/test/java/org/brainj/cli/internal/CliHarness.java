package org.brainj.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.brainj.api.command.Command;

/** Runs commands through the real dispatcher (picocli parsing included) and captures what they print. */
public final class CliHarness {

    /**
     * @param status the exit status
     * @param out    standard output
     * @param err    standard error
     */
    public record Result(int status, String out, String err) {
    }

    private CliHarness() {
    }

    /**
     * @param commands the commands available
     * @param args     the arguments after {@code brainj}
     * @return status and output
     */
    public static Result run(List<Command> commands, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = new Dispatcher(commands, Path.of("."), "test").run(args,
                    new ByteArrayInputStream(new byte[0]), o, e);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
