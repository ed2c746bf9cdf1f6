package org.brainj.api.command.testing;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.brainj.api.command.CommandInvocation;

/**
 * A {@link CommandInvocation} for tests of commands: options from a map, no positionals unless given, and both
 * output streams recorded. Shared through platform-api's test jar so bundles do not each write one.
 */
public final class RecordingInvocation implements CommandInvocation {

    private final Map<String, String> options;
    private final List<String> positionals;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    /**
     * @param options     option values by long name
     * @param positionals positional arguments
     */
    public RecordingInvocation(Map<String, String> options, List<String> positionals) {
        this.options = Map.copyOf(options);
        this.positionals = List.copyOf(positionals);
    }

    /**
     * @param options option values by long name
     * @return an invocation with those options and no positionals
     */
    public static RecordingInvocation of(Map<String, String> options) {
        return new RecordingInvocation(options, List.of());
    }

    /** @return what the command printed on standard output */
    public String outText() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    /** @return what the command printed on standard error */
    public String errText() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<String> option(String longName) {
        return Optional.ofNullable(options.get(longName));
    }

    @Override
    public boolean flag(String longName) {
        return options.containsKey(longName);
    }

    @Override
    public List<String> positionals() {
        return positionals;
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    @Override
    public InputStream in() {
        return InputStream.nullInputStream();
    }

    @Override
    public Path home() {
        return Path.of(".");
    }

    @Override
    public boolean interactive() {
        return false;
    }
}
