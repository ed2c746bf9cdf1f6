package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.SynapseModels;
import org.brainj.models.kit.PostSynapse;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

/** Short-term depression ({@link STD}) against the recursion of Tsodyks–Markram's depression. */
class STDTest {

    private static final double DT = 0.1;
    private static final int[] ZERO = {0};

    /**
     * Drives member 0 with {@code spikes} spikes every {@code period} steps, the first at step {@code first}, and
     * returns x just before each spike (x⁻, read before {@link STD#onSpikes}).
     */
    private static double[] xBeforeSpikes(STD s, int first, int period, int spikes) {
        FixedStepContext ctx = new FixedStepContext(DT);
        double[] before = new double[spikes];
        int n = 0;
        for (int step = 0; n < spikes; step++) {
            if (step >= first && (step - first) % period == 0) {
                before[n++] = s.value()[0];
                s.onSpikes(ctx, ZERO, 1);
            }
            s.integrate(ctx, 0, s.size());
            ctx.advance();
        }
        return before;
    }

    @Test
    void depressionFollowsTheRecursionToItsSteadyState() {
        // Expected values: the depression half of Tsodyks, Pawelzik & Markram (1998), Neural Comput 10:821, with
        // u fixed at U: x_{n+1} = 1 + (x_n (1 - U) - 1) e^{-Δ/τ}, x_1 = 1, fixed point
        // x∞ = (1 - e^{-Δ/τ}) / (1 - (1 - U) e^{-Δ/τ}), computed here from the formula, not from the class.
        double[] steadyStates = new double[2];
        double[] rates = {20.0, 50.0};
        for (int r = 0; r < 2; r++) {
            double rate = rates[r];
            double tau = 200.0;
            double u = 0.07;
            STD s = new STD(2, tau, u);
            int period = (int) Math.round(1000.0 / rate / DT);
            int spikes = 150;
            double[] x = xBeforeSpikes(s, 37, period, spikes);
            double e = Math.exp(-period * DT / tau);
            double expected = 1.0;
            for (int n = 0; n < spikes; n++) {
                assertEquals(expected, x[n], 1e-9, rate + " Hz, spike " + n);
                expected = 1.0 + (expected * (1.0 - u) - 1.0) * e;
            }
            double steady = (1.0 - e) / (1.0 - (1.0 - u) * e);
            assertEquals(steady, x[spikes - 1], 1e-9, rate + " Hz steady state");
            for (int n = 1; n < spikes; n++) {
                // Strictly until the recursion has converged to rounding.
                assertTrue(n < 20 ? x[n] < x[n - 1] : x[n] <= x[n - 1] + 1e-15,
                        "x⁻ decreases towards x∞, spike " + n);
            }
            steadyStates[r] = steady;
            // Member 1 received nothing and stayed at rest.
            assertEquals(1.0, s.value()[1]);
        }
        assertTrue(steadyStates[1] < steadyStates[0],
                "a faster train depresses more: " + steadyStates[0] + " at 20 Hz, " + steadyStates[1] + " at 50 Hz");
    }

    @Test
    void betweenSpikesXRecoversExactlyAndResetRestoresFullResources() {
        STD s = new STD(1, 200.0, 0.5);
        FixedStepContext ctx = new FixedStepContext(DT);
        s.onSpikes(ctx, ZERO, 1);
        assertEquals(0.5, s.value()[0], 1e-15, "x⁺ = (1 - U) x⁻ right after the jump");
        for (int k = 1; k <= 1000; k++) {
            s.integrate(ctx, 0, 1);
            ctx.advance();
            // Closed form of dx/dt = (1 - x)/τ from x = 0.5 at the arrival step's start.
            assertEquals(1.0 - 0.5 * Math.exp(-k * DT / 200.0), s.value()[0], 1e-12, "step " + k);
        }
        s.reset();
        assertEquals(1.0, s.value()[0]);
        assertEquals("x", s.state().get(0).name());
    }

    @Test
    void isFoundByNameAndTakesPresynapticSpikesOnly() {
        STD s = (STD) new SynapseModels().create("STD", "s", 3, Parameters.empty());
        assertEquals("STD(tau=200.0, U=0.07)", s.identity());
        assertEquals(3, s.size());
        assertNull(s.arrivals());
        ModelException e = assertThrows(ModelException.class, () -> PostSynapse.of(s, new Coba(0.0)));
        assertTrue(e.getMessage().contains("align-pre"));
    }

    @Test
    void badParametersAreRejectedByName() {
        for (double u : new double[] {0.0, -0.1, 1.0000001, Double.NaN}) {
            ParameterException e = assertThrows(ParameterException.class, () -> new STD(1, 200.0, u));
            assertEquals("U", e.parameter(), "U = " + u);
        }
        new STD(1, 200.0, 1.0);
        for (double tau : new double[] {0.0, -5.0}) {
            ParameterException e = assertThrows(ParameterException.class, () -> new STD(1, tau, 0.1));
            assertEquals("tau", e.parameter());
        }
        ParameterException e = assertThrows(ParameterException.class,
                () -> new SynapseModels().create("STD", "s", 1, Parameters.of(Map.of("U", 2.0))));
        assertEquals("U", e.parameter());
        assertTrue(e.getMessage().contains("(0, 1]"), e.getMessage());
    }
}
