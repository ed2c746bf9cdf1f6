package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.brainj.api.command.Command;
import org.brainj.api.command.testing.RecordingInvocation;
import org.brainj.api.integrate.AdaptiveStepper;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.IntegratorProvider;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.MethodDescriptor;
import org.brainj.api.platform.Providers;
import org.junit.jupiter.api.Test;

class AdaptiveAndExponentialProvidersTest {

    @Test
    void adaptiveProviderOffersTheSixPairsAsAdaptiveOdeMethods() {
        AdaptiveRungeKuttaIntegrators p = new AdaptiveRungeKuttaIntegrators();
        assertEquals("adaptive-runge-kutta", p.name());
        assertEquals(0, p.ranking());
        List<String> names = p.methods().stream().map(MethodDescriptor::name).toList();
        assertEquals(List.of("rkf12", "rkf45", "rkdp", "ck", "bs", "heun_euler"), names);
        double[] orders = {1, 5, 5, 5, 3, 2};
        for (int i = 0; i < orders.length; i++) {
            MethodDescriptor m = p.methods().get(i);
            assertTrue(m.adaptive(), m.name());
            assertEquals(orders[i], m.order(), 0.0, m.name());
            assertInstanceOf(AdaptiveStepper.class, p.create(m.name(), new TestSystems.Decay(2),
                    IntegratorOptions.DEFAULTS));
        }
    }

    @Test
    void exponentialProviderOffersExpAutoAndItsAliases() {
        ExponentialIntegrators p = new ExponentialIntegrators();
        assertEquals("exponential", p.name());
        assertEquals(List.of("exp_auto", "exp_euler", "exp_euler_auto", "exponential_euler"),
                p.methods().stream().map(MethodDescriptor::name).toList());
        for (MethodDescriptor m : p.methods()) {
            assertEquals(1.0, m.order(), 0.0);
            assertInstanceOf(ExponentialEuler.class, p.create(m.name(), new TestSystems.Decay(1),
                    IntegratorOptions.DEFAULTS));
        }
    }

    @Test
    void bothAreFoundThroughServiceLoader() {
        List<IntegratorProvider> all = Providers.all(IntegratorProvider.class);
        assertTrue(all.stream().anyMatch(p -> p instanceof AdaptiveRungeKuttaIntegrators), "providers: " + all);
        assertTrue(all.stream().anyMatch(p -> p instanceof ExponentialIntegrators), "providers: " + all);
        assertInstanceOf(AdaptiveRungeKuttaIntegrators.class, Integrators.providerOf("rkdp"));
        assertInstanceOf(ExponentialIntegrators.class, Integrators.providerOf("exp_auto",
                org.brainj.api.integrate.EquationKind.ODE));
        assertTrue(Providers.all(Command.class).stream().anyMatch(c -> c instanceof IntegratorsCommand));
    }

    @Test
    void unknownMethodsAndWrongSystemsAreRefusedNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AdaptiveRungeKuttaIntegrators().create("dopri", new TestSystems.Decay(1),
                        IntegratorOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("'dopri'") && e.getMessage().contains("rkdp, ck"), e.getMessage());
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> new ExponentialIntegrators().create("exp", new TestSystems.Decay(1), IntegratorOptions.DEFAULTS));
        assertTrue(x.getMessage().contains("'exp'") && x.getMessage().contains("exp_auto"), x.getMessage());
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> new ExponentialIntegrators().create("exp_auto", () -> 3, IntegratorOptions.DEFAULTS));
        assertTrue(kind.getMessage().contains("ODE"), kind.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new AdaptiveRungeKuttaIntegrators().create("rkdp", new TestSystems.Decay(1), null));
        // Tolerances reach the stepper only through IntegratorOptions, which refuses non-positive ones by name.
        org.brainj.api.core.ParameterException tol = assertThrows(org.brainj.api.core.ParameterException.class,
                () -> IntegratorOptions.DEFAULTS.withTolerances(0.0, 1e-6));
        assertEquals("absTolerance", tol.parameter());
        assertEquals("relTolerance", assertThrows(org.brainj.api.core.ParameterException.class,
                () -> IntegratorOptions.DEFAULTS.withTolerances(1e-6, -1.0)).parameter());
    }

    @Test
    void integratorsCommandListsEveryMethodInAnAlignedTable() throws Exception {
        RecordingInvocation inv = RecordingInvocation.of(Map.of());
        int status = new IntegratorsCommand().execute(inv);
        assertEquals(Command.OK, status);
        String[] lines = inv.outText().split("\n");
        assertTrue(lines[0].startsWith("NAME") && lines[0].contains("KIND") && lines[0].contains("ORDER")
                && lines[0].contains("ADAPTIVE") && lines[0].contains("PROVIDER")
                && lines[0].contains("DESCRIPTION"), lines[0]);
        int kindColumn = lines[0].indexOf("KIND");
        int providerColumn = lines[0].indexOf("PROVIDER");
        String rkdp = find(lines, "rkdp ");
        assertEquals("ODE", rkdp.substring(kindColumn, kindColumn + 3));
        assertTrue(rkdp.substring(providerColumn).startsWith("adaptive-runge-kutta"), rkdp);
        assertTrue(rkdp.contains(" 5 ") && rkdp.contains(" yes "), rkdp);
        assertTrue(find(lines, "exp_auto ").substring(providerColumn).startsWith("exponential"));
        assertTrue(find(lines, "rk4 ").substring(providerColumn).startsWith("runge-kutta"));
        int methods = Integrators.methods().size();
        assertEquals(methods + " methods", lines[lines.length - 1].replaceAll(" \\(registry.*", ""));

        assertEquals(Command.USAGE, new IntegratorsCommand().execute(RecordingInvocation.of(Map.of("--kind", "PDE"))));
    }

    private static String find(String[] lines, String prefix) {
        for (String l : lines) {
            if (l.startsWith(prefix)) {
                return l;
            }
        }
        throw new AssertionError("no row " + prefix);
    }
}
