package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.brainj.api.integrate.DelayedOdeSystem;
import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.EquationSystem;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.IntegratorProvider;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.integrate.NoiseForm;
import org.brainj.api.integrate.PastValues;
import org.brainj.api.integrate.SdeSystem;
import org.brainj.api.integrate.Stepper;
import org.brainj.api.platform.Providers;
import org.junit.jupiter.api.Test;

class RungeKuttaIntegratorsTest {

    private static final List<String> NAMES = List.of("euler", "midpoint", "heun2", "ralston2", "rk2", "rk3",
            "heun3", "ralston3", "ssprk3", "rk4", "ralston4", "rk4_38rule");

    private final RungeKuttaIntegrators provider = new RungeKuttaIntegrators();

    @Test
    void describesTwelveFixedStepOdeMethodsWithTheirTableauOrders() {
        List<MethodDescriptor> methods = provider.methods();
        assertEquals(NAMES, methods.stream().map(MethodDescriptor::name).toList());
        double[] orders = {1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4};
        for (int i = 0; i < methods.size(); i++) {
            MethodDescriptor m = methods.get(i);
            assertEquals(EquationKind.ODE, m.kind(), m.name());
            assertEquals(orders[i], m.order(), 0.0, m.name());
            assertFalse(m.adaptive(), m.name());
            assertFalse(m.description().isBlank(), m.name());
        }
        assertEquals("runge-kutta", provider.name());
        assertEquals(0, provider.ranking());
    }

    @Test
    void createsAWorkingStepperForEveryMethod() {
        for (String name : NAMES) {
            Stepper s = provider.create(name, new TestSystems.Decay(3), IntegratorOptions.DEFAULTS);
            double[] y = {1, 2, 3};
            s.step(0, 0.0, 0.01, y);
            // Every method is at least first order: one step of y' = -y lands within O(h^2) of e^{-h}.
            assertEquals(3 * Math.exp(-0.01), y[2], 3 * 0.01 * 0.01, name);
        }
    }

    @Test
    void unknownMethodNamesItAndListsTheAvailableOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create("rk5", new TestSystems.Rotation(), IntegratorOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("'rk5'"), e.getMessage());
        for (String name : NAMES) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class,
                () -> provider.create(null, new TestSystems.Rotation(), IntegratorOptions.DEFAULTS));
    }

    @Test
    void nonOdeSystemIsRefusedNamingTheExpectedKind() {
        EquationSystem plain = () -> 4;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create("rk4", plain, IntegratorOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("'rk4'") && e.getMessage().contains("ODE")
                && e.getMessage().contains("OdeSystem"), e.getMessage());

        IllegalArgumentException dde = assertThrows(IllegalArgumentException.class,
                () -> provider.create("euler", new Delayed(), IntegratorOptions.DEFAULTS));
        assertTrue(dde.getMessage().contains("ODE") && dde.getMessage().contains("DDE"), dde.getMessage());

        IllegalArgumentException sde = assertThrows(IllegalArgumentException.class,
                () -> provider.create("heun2", new Noisy(), IntegratorOptions.DEFAULTS));
        assertTrue(sde.getMessage().contains("ODE") && sde.getMessage().contains("SDE"), sde.getMessage());

        assertThrows(IllegalArgumentException.class, () -> provider.create("rk4", null, IntegratorOptions.DEFAULTS));
    }

    @Test
    void badStepArgumentsAreRefused() {
        Stepper s = provider.create("rk4", new TestSystems.Rotation(), IntegratorOptions.DEFAULTS);
        assertThrows(IllegalArgumentException.class, () -> s.step(0, 0.0, 0.1, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> s.step(0, 0.0, 0.0, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> s.step(0, 0.0, Double.NaN, new double[2]));
        assertThrows(IllegalArgumentException.class,
                () -> provider.create("rk4", new TestSystems.Rotation(), null));
    }

    @Test
    void isFoundThroughServiceLoaderLookup() {
        List<IntegratorProvider> all = Providers.all(IntegratorProvider.class);
        assertTrue(all.stream().anyMatch(p -> p instanceof RungeKuttaIntegrators), "providers: " + all);
        assertInstanceOf(RungeKuttaIntegrators.class, Providers.require(IntegratorProvider.class, "runge-kutta"));
    }

    @Test
    void integratorsFacadeCreatesRk4() {
        assertInstanceOf(RungeKuttaIntegrators.class, Integrators.providerOf("rk4"));
        Stepper s = Integrators.create("rk4", new TestSystems.Rotation(), IntegratorOptions.DEFAULTS);
        assertInstanceOf(ExplicitRungeKutta.class, s);
        double[] y = {1, 0};
        int steps = 100;
        double h = Math.PI / 2 / steps;
        for (int i = 0; i < steps; i++) {
            s.step(i, i * h, h, y);
        }
        // A quarter turn from (1, 0) reaches (0, -1).
        assertEquals(0.0, y[0], 1e-8);
        assertEquals(-1.0, y[1], 1e-8);
        assertTrue(Integrators.methods().stream().anyMatch(m -> m.name().equals("rk4_38rule")));
    }

    /** A delay system, which the fixed-step ODE methods cannot advance. */
    private static final class Delayed implements DelayedOdeSystem {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double maxDelay() {
            return 1.0;
        }

        @Override
        public void history(double t, double[] out) {
            out[0] = 1.0;
        }

        @Override
        public void derivatives(double t, double[] y, PastValues past, double[] dydt) {
            dydt[0] = -y[0];
        }
    }

    /** An SDE: an OdeSystem by type, but stepping its drift alone would drop the noise. */
    private static final class Noisy extends TestSystems.Decay implements SdeSystem {
        Noisy() {
            super(1);
        }

        @Override
        public NoiseForm noiseForm() {
            return NoiseForm.SCALAR;
        }

        @Override
        public int wienerDimension() {
            return 1;
        }

        @Override
        public void diffusion(double t, double[] y, double[] g) {
            g[0] = 0.1;
        }
    }
}
