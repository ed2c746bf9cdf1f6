package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.DivergenceException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.NeuronModels;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

class LifRefTest {

    private static LifRef lif(int size, Map<String, Double> params) {
        return (LifRef) new NeuronModels().create("LifRef", "E", size, Parameters.of(params));
    }

    /** Runs one neuron under constant current and returns the steps at which it spiked. */
    private static List<Long> spikeSteps(LifRef pop, double current, double dt, int steps) {
        FixedStepContext ctx = new FixedStepContext(dt);
        List<Long> out = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            pop.input()[0] += current;
            pop.update(ctx);
            if (pop.spikes()[0]) {
                out.add(ctx.step());
            }
            ctx.advance();
        }
        return out;
    }

    @Test
    void defaultsAreBrainPys() {
        LifRef pop = lif(3, Map.of());
        assertEquals(10.0, pop.tau());
        assertEquals(0.0, pop.tauRef());
        assertArrayEquals(new double[3], pop.potential());
        assertEquals("V", pop.state().get(0).name());
        assertSame(pop.potential(), pop.state().get(0).values());
        for (double t : pop.lastSpikeTime()) {
            assertEquals(-1e7, t);
        }
    }

    @Test
    void subthresholdTrajectoryMatchesClosedForm() {
        // V(t) = R I (1 - exp(-t / tau)) from V = V_rest = 0; R I = 15 stays below V_th = 20.
        LifRef pop = lif(1, Map.of("tau", 7.0, "R", 1.5));
        FixedStepContext ctx = new FixedStepContext(0.25);
        for (int s = 1; s <= 200; s++) {
            pop.input()[0] = 10.0;
            pop.update(ctx);
            ctx.advance();
            double expected = 15.0 * (1.0 - Math.exp(-s * 0.25 / 7.0));
            assertEquals(expected, pop.potential()[0], 1e-12, "step " + s);
            assertEquals(0.0, pop.input()[0], "input is cleared after each update");
        }
    }

    @Test
    void firingPeriodMatchesAnalyticPeriod() {
        // V_reset = V_rest = 0, R I = 30, V_th = 20: the free-running time to threshold is T* = tau ln(RI/(RI - V_th)).
        double tau = 10.0;
        double tauRef = 2.05;
        double dt = 0.1;
        double ri = 30.0;
        double tStar = tau * Math.log(ri / (ri - 20.0));
        LifRef pop = lif(1, Map.of("V_reset", 0.0, "tau_ref", tauRef, "tau", tau));
        List<Long> spikes = spikeSteps(pop, ri, dt, 1000);

        // Exact discrete period: refractory steps s with s*dt <= tau_ref, then ceil(T*/dt) integration steps.
        long refractorySteps = (long) Math.floor(tauRef / dt);
        long integrationSteps = (long) Math.ceil(tStar / dt);
        assertEquals(integrationSteps - 1, spikes.get(0), "first spike after ceil(T*/dt) steps from rest");
        for (int k = 1; k < spikes.size(); k++) {
            assertEquals(refractorySteps + integrationSteps, spikes.get(k) - spikes.get(k - 1));
        }
        assertTrue(spikes.size() >= 7);
        double period = (spikes.get(1) - spikes.get(0)) * dt;
        assertEquals(tauRef + tStar, period, dt, "continuous period tau_ref + T*");
    }

    @Test
    void periodConvergesToAnalyticAsDtShrinks() {
        double tStar = 10.0 * Math.log(30.0 / 10.0);
        LifRef pop = lif(1, Map.of("V_reset", 0.0));
        double dt = 0.01;
        List<Long> spikes = spikeSteps(pop, 30.0, dt, 5000);
        double period = (spikes.get(2) - spikes.get(1)) * dt;
        assertEquals(tStar, period, dt);
    }

    @Test
    void refractoryNeuronHoldsResetPotential() {
        LifRef pop = lif(2, Map.of("tau_ref", 5.05));
        FixedStepContext ctx = new FixedStepContext(0.1);
        pop.potential()[0] = 19.99;
        pop.input()[0] = 10000.0;
        pop.update(ctx);
        assertTrue(pop.spikes()[0]);
        assertFalse(pop.spikes()[1]);
        assertEquals(-5.0, pop.potential()[0]);
        assertEquals(0.0, pop.lastSpikeTime()[0]);
        // Strong drive for 50 steps (t - t_last = 0.1 .. 5.0 <= tau_ref = 5.05): no integration, no spike.
        for (int s = 1; s <= 50; s++) {
            ctx.advance();
            pop.input()[0] = 10000.0;
            pop.update(ctx);
            assertFalse(pop.spikes()[0], "step " + s);
            assertEquals(-5.0, pop.potential()[0], "step " + s);
        }
        ctx.advance();
        pop.input()[0] = 10000.0;
        pop.update(ctx);
        assertTrue(pop.spikes()[0], "integrates again once t - t_last > tau_ref");
        assertEquals(5.1, pop.lastSpikeTime()[0], 1e-12);
    }

    /**
     * Steps after a spike during which a strongly driven neuron stays at V_reset: the first step it integrates again
     * it fires at once, so this counts the held steps.
     */
    private static long heldSteps(Map<String, Double> params, String method) {
        LifRef pop = lif(1, params);
        if (method != null) {
            pop.useMethod(method);
        }
        List<Long> spikes = spikeSteps(pop, 1e6, 0.1, 200);
        assertTrue(spikes.size() >= 3, "fires repeatedly: " + spikes);
        assertEquals(0L, spikes.get(0), "the first step crosses the threshold");
        long held = spikes.get(1) - spikes.get(0) - 1;
        assertEquals(held, spikes.get(2) - spikes.get(1) - 1, "the same hold after every spike");
        return held;
    }

    @Test
    void refractoryEndFollowsTheChosenConvention() {
        // tau_ref = 5 ms at dt = 0.1 ms: BrainPy (t - t_last <= tau_ref) holds 50 steps, Brian2 (t - t_last < tau_ref)
        // 49, on the native path and through a generic integrator alike; off the grid (5.05 ms) both hold 50.
        for (String method : new String[] {null, "euler"}) {
            assertEquals(50, heldSteps(Map.of("tau_ref", 5.0), method), "BrainPy's rule, " + method);
            assertEquals(49, heldSteps(Map.of("tau_ref", 5.0, "ref_inclusive", 0.0), method), "Brian2's, " + method);
            assertEquals(50, heldSteps(Map.of("tau_ref", 5.05, "ref_inclusive", 0.0), method), "5.05 ms, " + method);
            assertEquals(0, heldSteps(Map.of("tau_ref", 0.0, "ref_inclusive", 0.0), method), "no refractory period");
        }
        assertEquals(49, lif(1, Map.of("tau_ref", 5.0, "ref_inclusive", 0.0)).refractorySteps(0.1));
        assertEquals(50, lif(1, Map.of("tau_ref", 5.0)).refractorySteps(0.1));
    }

    @Test
    void cachedDecayFollowsDtChanges() {
        LifRef pop = lif(1, Map.of());
        pop.input()[0] = 10.0;
        pop.update(new FixedStepContext(0.1));
        double v1 = 10.0 * (1 - Math.exp(-0.01));
        assertEquals(v1, pop.potential()[0], 1e-12);
        pop.input()[0] = 10.0;
        pop.update(new FixedStepContext(0.5));
        assertEquals(10.0 + (v1 - 10.0) * Math.exp(-0.05), pop.potential()[0], 1e-12);
    }

    @Test
    void resetRestoresInitialState() {
        LifRef pop = lif(2, Map.of("V0", -3.0));
        assertEquals(-3.0, pop.potential()[1]);
        pop.potential()[1] = 50.0;
        pop.update(new FixedStepContext(0.1));
        assertTrue(pop.spikes()[1]);
        pop.reset();
        assertEquals(-3.0, pop.potential()[1]);
        assertFalse(pop.spikes()[1]);
        assertEquals(-1e7, pop.lastSpikeTime()[1]);
    }

    @Test
    void nonFinitePotentialThrowsDivergence() {
        LifRef pop = lif(4, Map.of());
        FixedStepContext ctx = new FixedStepContext(0.1);
        ctx.advance();
        ctx.advance();
        pop.input()[2] = Double.NaN;
        DivergenceException e = assertThrows(DivergenceException.class, () -> pop.update(ctx));
        assertEquals("E", e.population(), "the population is named by its creator, not by its model");
        assertEquals("V", e.variable());
        assertEquals(2, e.index());
        assertEquals(2, e.step());
        assertEquals(0.2, e.time(), 1e-12);
        assertTrue(Double.isNaN(e.value()));
        assertTrue(e.getMessage().contains("E.V[2]"), e.getMessage());
    }

    @Test
    void badParametersAreRejectedByName() {
        assertEquals("tau_m", assertThrows(ParameterException.class,
                () -> lif(1, Map.of("tau_m", 10.0))).parameter());
        assertEquals("tau", assertThrows(ParameterException.class,
                () -> lif(1, Map.of("tau", -1.0))).parameter());
        assertEquals("R", assertThrows(ParameterException.class,
                () -> lif(1, Map.of("R", 0.0))).parameter());
        assertEquals("tau_ref", assertThrows(ParameterException.class,
                () -> lif(1, Map.of("tau_ref", -0.5))).parameter());
        ParameterException th = assertThrows(ParameterException.class, () -> lif(1, Map.of("V_th", -5.0)));
        assertEquals("V_th", th.parameter());
        assertTrue(th.getMessage().contains("V_reset"), th.getMessage());
        ParameterException rule = assertThrows(ParameterException.class,
                () -> lif(1, Map.of("ref_inclusive", 0.5)));
        assertEquals("ref_inclusive", rule.parameter());
        assertTrue(rule.getMessage().contains("Brian2"), rule.getMessage());
        assertEquals("E.size", assertThrows(ParameterException.class, () -> lif(0, Map.of())).parameter());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new NeuronModels().create("Lif2", "E", 1, Parameters.empty()));
        assertTrue(unknown.getMessage().contains("LifRef"), unknown.getMessage());
    }
}
