package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.brainj.api.Spis;
import org.brainj.api.command.Command;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.integrate.Stepper;
import org.brainj.api.ops.BackendSelection;
import org.brainj.api.ops.Backends;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.platform.Provider;
import org.brainj.api.platform.Providers;
import org.junit.jupiter.api.Test;

/**
 * The same platform jars as plain Maven dependencies, no framework: every engine bundle's providers are found through
 * ServiceLoader and work together (the distribution's runtime dependencies are on this test's class path).
 */
class PlainClasspathTest {

    @Test
    void everyEngineBundleIsFoundThroughServiceLoader() {
        assertEquals("classpath", Providers.registryKind());
        for (Class<? extends Provider> spi : Spis.ALL) {
            if (spi.getSimpleName().equals("Simulator") || spi.getSimpleName().equals("Trainer")
                    || spi.getSimpleName().equals("Analyzer") || spi.getSimpleName().equals("CustomOperator")) {
                continue; // no platform bundle provides these yet (runner, trainers, analyzers come later)
            }
            assertFalse(Providers.describe(spi).isEmpty(), "no provider of " + spi.getSimpleName());
        }
        List<String> commands = Providers.names(Command.class);
        assertTrue(commands.containsAll(List.of("services", "backends", "integrators")), commands.toString());
        // the cuda backend is listed, unavailable on a machine without a driver, and never selected
        assertTrue(Providers.describe(OperatorBackend.class).stream().anyMatch(p -> p.name().equals("cuda")));
    }

    @Test
    void bundlesWorkTogetherWithoutAFramework() {
        BackendSelection<EventOps> sel = Backends.select("auto", EventOps.class);
        assertEquals("cpu", sel.backend().name());
        double[] out = new double[3];
        sel.operators().eventCsrmv(new org.brainj.api.ops.CsrMatrix(2, 3, new int[] {0, 2, 3}, new int[] {0, 2, 1},
                new double[] {0.5}), new boolean[] {true, false}, out);
        assertArrayEquals(new double[] {0.5, 0, 0.5}, out);

        OdeSystem decay = new OdeSystem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void derivatives(double t, double[] y, double[] dydt) {
                dydt[0] = -y[0];
            }
        };
        Stepper rk4 = Integrators.create("rk4", decay, IntegratorOptions.DEFAULTS);
        double[] y = {1.0};
        for (int i = 0; i < 10; i++) {
            rk4.step(i, i * 0.1, 0.1, y);
        }
        assertEquals(Math.exp(-1.0), y[0], 1e-6);
    }
}
