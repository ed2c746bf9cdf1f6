package org.brainj.examples.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.brainj.api.command.CommandInvocation;
import org.brainj.api.core.ParameterException;
import org.brainj.api.ops.ArgType;
import org.brainj.api.ops.CustomOperator;
import org.brainj.api.ops.KernelArgs;
import org.brainj.api.ops.KernelSpec;
import org.junit.jupiter.api.Test;

/** The command on a plain class path, where the platform finds operators through ServiceLoader. */
class KernelsCommandTest {

    /** A CPU-only operator, registered for this test in META-INF/services. */
    public static final class Doubling implements CustomOperator {
        @Override
        public String name() {
            return "doubling";
        }

        @Override
        public KernelSpec spec() {
            return new KernelSpec(List.of(new KernelSpec.Arg("x", ArgType.DOUBLE)),
                    List.of(new KernelSpec.Arg("y", ArgType.DOUBLE)), List.of("k"), "");
        }

        @Override
        public void compute(KernelArgs args) {
            double[] x = args.doubles(0);
            double[] y = args.doubles(1);
            for (int i = 0; i < x.length; i++) {
                y[i] = 2 * args.parameter("k") * x[i];
            }
        }
    }

    private record Call(List<String> positionals, boolean cuda, ByteArrayOutputStream buffer)
            implements CommandInvocation {
        @Override
        public Optional<String> option(String longName) {
            return Optional.empty();
        }

        @Override
        public List<String> options(String longName) {
            return List.of();
        }

        @Override
        public boolean flag(String longName) {
            return cuda && longName.equals("--cuda");
        }

        @Override
        public PrintStream out() {
            return new PrintStream(buffer, true, StandardCharsets.UTF_8);
        }

        @Override
        public PrintStream err() {
            return out();
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

    private static String run(List<String> positionals, boolean cuda) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        assertEquals(0, new KernelsCommand().execute(new Call(positionals, cuda, buf)));
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsInstalledOperatorsWithTheirSignature() {
        String out = run(List.of(), false);
        assertTrue(out.contains("doubling") && out.contains("x:double") && out.contains("y:double"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("doubling") && l.trim().endsWith("-")), out);
    }

    @Test
    void cudaOfACpuOnlyOperatorIsAClearError() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> new KernelsCommand().execute(new Call(List.of("doubling"), true, new ByteArrayOutputStream())));
        assertTrue(e.getMessage().contains("CPU-only"), e.getMessage());
    }
}
