package org.brainj.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.brainj.api.command.CommandInvocation;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** A parsed call, read through picocli's parse result. */
final class Invocation implements CommandInvocation {

    private final ParseResult parsed;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Path home;

    Invocation(ParseResult parsed, InputStream in, PrintStream out, PrintStream err, Path home) {
        this.parsed = parsed;
        this.in = in;
        this.out = out;
        this.err = err;
        this.home = home;
    }

    private OptionSpec find(String longName) {
        OptionSpec o = parsed.commandSpec().findOption(longName);
        if (o == null) {
            throw new IllegalArgumentException("command " + parsed.commandSpec().name() + " declares no option "
                    + longName);
        }
        return o;
    }

    @Override
    public Optional<String> option(String longName) {
        Object v = find(longName).getValue();
        if (v instanceof List) {
            // A repeatable option read as a single one: its last value, as for a repeated single-valued option.
            List<?> all = (List<?>) v;
            return all.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(all.get(all.size() - 1)));
        }
        return v == null ? Optional.empty() : Optional.of(v.toString());
    }

    @Override
    public List<String> options(String longName) {
        Object v = find(longName).getValue();
        if (v instanceof List) {
            List<String> out = new ArrayList<>();
            for (Object o : (List<?>) v) {
                out.add(String.valueOf(o));
            }
            return List.copyOf(out);
        }
        return v == null ? List.of() : List.of(v.toString());
    }

    @Override
    public boolean flag(String longName) {
        return Boolean.TRUE.equals(find(longName).getValue());
    }

    @Override
    public List<String> positionals() {
        List<PositionalParamSpec> ps = parsed.commandSpec().positionalParameters();
        if (ps.isEmpty() || ps.get(0).getValue() == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) ps.get(0).getValue();
        return List.copyOf(values);
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
        return in;
    }

    @Override
    public Path home() {
        return home;
    }

    @Override
    public boolean interactive() {
        return System.console() != null;
    }
}
