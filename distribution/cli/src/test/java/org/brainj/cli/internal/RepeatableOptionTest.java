package org.brainj.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.OptionSpec;
import org.junit.jupiter.api.Test;

class RepeatableOptionTest {

    private final AtomicReference<List<String>> params = new AtomicReference<>();
    private final AtomicReference<Optional<String>> last = new AtomicReference<>();
    private final AtomicReference<List<String>> single = new AtomicReference<>();

    private final Command command = new Command() {
        @Override
        public CommandSpec spec() {
            return new CommandSpec("probe", "probe", "", List.of(
                    OptionSpec.repeatable("--param", "NAME=VALUE", "a parameter"),
                    OptionSpec.value("--dt", "MS", "step", "0.1")), null);
        }

        @Override
        public int execute(CommandInvocation inv) {
            params.set(inv.options("--param"));
            last.set(inv.option("--param"));
            single.set(inv.options("--dt"));
            return OK;
        }
    };

    @Test
    void repeatableOptionKeepsEveryValueInOrder() {
        CliHarness.Result r = CliHarness.run(List.of(command), "probe", "--param", "a=1", "--param=b=2",
                "--param", "a=3");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("a=1", "b=2", "a=3"), params.get());
        assertEquals(Optional.of("a=3"), last.get());
        assertEquals(List.of("0.1"), single.get(), "a single-valued option reads as a list of its one value");
    }

    @Test
    void absentRepeatableOptionIsEmpty() {
        assertEquals(0, CliHarness.run(List.of(command), "probe").status());
        assertEquals(List.of(), params.get());
        assertEquals(Optional.empty(), last.get());
    }

    @Test
    void helpShowsRepetition() {
        CliHarness.Result r = CliHarness.run(List.of(command), "probe", "--help");
        assertTrue(r.out().contains("--param=NAME=VALUE"), r.out());
        assertTrue(r.out().contains("]..."), r.out());
    }

    @Test
    void labelConventionMarksRepeatableOptions() {
        OptionSpec o = OptionSpec.repeatable("--init", "VAR=VALUE", "x");
        assertTrue(o.isRepeatable());
        assertEquals("VAR=VALUE", o.valueLabel());
        assertEquals("VAR=VALUE...", o.paramLabel());
        assertTrue(!OptionSpec.value("--dt", "MS", "x", "").isRepeatable());
        assertTrue(!OptionSpec.flag("--plot", "x").isRepeatable());
    }
}
