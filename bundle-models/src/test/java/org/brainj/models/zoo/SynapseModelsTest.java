package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.NeuronModels;
import org.brainj.models.internal.OutputModels;
import org.brainj.models.internal.SynapseModels;
import org.brainj.models.kit.PostSynapse;
import org.brainj.models.kit.SynapseDynamics;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

class SynapseModelsTest {

    private static SynapseDynamics synapse(String model, int size, Map<String, Double> params) {
        return (SynapseDynamics) new SynapseModels().create(model, "s", size, Parameters.of(params));
    }

    /** Adds weight w to member 0 at step 0, then records g[0] after each of n steps. */
    private static double[] response(SynapseDynamics s, double w, double dt, int n) {
        s.arrivals()[0] += w;
        FixedStepContext ctx = new FixedStepContext(dt);
        double[] g = new double[n];
        for (int k = 0; k < n; k++) {
            s.integrate(ctx, 0, s.size());
            g[k] = s.value()[0];
            ctx.advance();
        }
        return g;
    }

    @Test
    void dualExponPeaksAtTheWeight() {
        double w = 2.5;
        double dt = 0.001;
        DualExpon s = (DualExpon) synapse("DualExpon", 1, Map.of());
        double a = s.a();
        assertEquals(Math.pow(0.1, 1.0 / (1.0 - 10.0)), a, 1e-15);
        double[] g = response(s, w, dt, 20000);
        double peak = 0.0;
        for (int k = 0; k < g.length; k++) {
            double t = (k + 1) * dt;
            // Closed form of the linear pair: g = w a tr td/(td - tr) (e^(-t/td) - e^(-t/tr)).
            double exact = w * a * 10.0 / 9.0 * (Math.exp(-t / 10.0) - Math.exp(-t));
            assertEquals(exact, g[k], 1e-12, "t = " + t);
            peak = Math.max(peak, g[k]);
        }
        // The peak (at t = 10/9 ln 10 ms, between two samples) is w; sampling at 1 us misses it by < 1e-6.
        assertEquals(w, peak, 1e-6 * w);
    }

    @Test
    void dualExponWithEqualTimeConstantsIsAnAlphaFunctionPeakingAtTheWeight() {
        DualExpon s = new DualExpon(1, 5.0, 5.0);
        assertEquals(Math.E / 5.0, s.a(), 1e-15);
        double[] g = response(s, 1.0, 0.01, 3000);
        for (int k = 0; k < g.length; k += 7) {
            double t = (k + 1) * 0.01;
            assertEquals(Math.E / 5.0 * t * Math.exp(-t / 5.0), g[k], 1e-12);
        }
        assertEquals(1.0, g[499], 1e-12);
    }

    @Test
    void alphaFollowsItsClosedForm() {
        double tau = 4.0;
        double[] g = response(synapse("Alpha", 3, Map.of("tau_decay", tau)), 2.0, 0.05, 1000);
        for (int k = 0; k < g.length; k++) {
            double t = (k + 1) * 0.05;
            assertEquals(2.0 * t / tau * Math.exp(-t / tau), g[k], 1e-12, "t = " + t);
        }
        assertEquals(2.0 / Math.E, g[79], 1e-12);
    }

    @Test
    void exponFollowsItsClosedForm() {
        double[] g = response(synapse("Expon", 2, Map.of("tau", 5.0)), 6.0, 0.1, 300);
        for (int k = 0; k < g.length; k++) {
            assertEquals(6.0 * Math.exp(-(k + 1) * 0.1 / 5.0), g[k], 1e-12);
        }
    }

    @Test
    void nmdaIsExponentialEulerOnGAndSaturatesBelowOne() {
        NMDA s = (NMDA) synapse("NMDA", 1, Map.of());
        FixedStepContext ctx = new FixedStepContext(0.1);
        double g = 0.0;
        double x = 0.0;
        double max = 0.0;
        for (int k = 0; k < 5000; k++) {
            // A spike every step: x is driven hard, the open fraction must still stay below 1.
            s.arrivals()[0] += 1.0;
            x += 1.0;
            double rate = 1.0 / 100.0 + 0.5 * x;
            double inf = 0.5 * x / rate;
            g = inf + (g - inf) * Math.exp(-rate * 0.1);
            x *= Math.exp(-0.1 / 2.0);
            s.integrate(ctx, 0, 1);
            assertEquals(g, s.value()[0], 1e-12, "step " + k);
            assertEquals(x, s.state().get(1).values()[0], 1e-12);
            max = Math.max(max, s.value()[0]);
            ctx.advance();
        }
        assertTrue(max < 1.0 && max > 0.99, "saturation " + max);
    }

    @Test
    void ampaRespondsToOneSpikeAsTheKineticClosedForm() {
        AMPA s = (AMPA) synapse("AMPA", 4, Map.of());
        assertNull(s.arrivals());
        FixedStepContext ctx = new FixedStepContext(0.1);
        s.onSpikes(ctx, new int[] {2}, 1);
        double k = 0.98 * 0.5 + 0.18;
        double inf = 0.98 * 0.5 / k;
        double atRelease = 0.0;
        for (int step = 0; step < 200; step++) {
            s.integrate(ctx, 0, 4);
            double t = (step + 1) * 0.1;
            double expected;
            if (step < 5) {
                // [T] = 0.5 mM for T_dur = 0.5 ms: the five steps starting at 0, 0.1, ..., 0.4 ms.
                expected = inf * (1.0 - Math.exp(-k * t));
                atRelease = expected;
            } else {
                expected = atRelease * Math.exp(-0.18 * (t - 0.5));
            }
            assertEquals(expected, s.value()[2], 1e-12, "t = " + t);
            assertEquals(0.0, s.value()[0]);
            ctx.advance();
        }
        assertTrue(atRelease > 0.2 && atRelease < 0.22, "open fraction after the release " + atRelease);
    }

    @Test
    void gabaaSharesTheKineticsWithItsOwnConstants() {
        GABAa s = (GABAa) synapse("GABAa", 1, Map.of());
        assertEquals("GABAa(alpha=0.53, beta=0.18, T=1.0, T_dur=1.0)", s.identity());
        FixedStepContext ctx = new FixedStepContext(0.1);
        s.onSpikes(ctx, new int[] {0}, 1);
        double k = 0.53 + 0.18;
        for (int step = 0; step < 10; step++) {
            s.integrate(ctx, 0, 1);
            ctx.advance();
        }
        assertEquals(0.53 / k * (1.0 - Math.exp(-k * 1.0)), s.value()[0], 1e-12);
        // A second spike restarts the release.
        s.onSpikes(ctx, new int[] {0}, 1);
        assertEquals(1.0, s.state().get(1).values()[0], 1e-12);
        ModelException e = assertThrows(ModelException.class, () -> PostSynapse.of(s, new Coba(-70.0)));
        assertTrue(e.getMessage().contains("align-pre"));
    }

    @Test
    void exponPreDecayDecidesWhichConductanceTheOutputSees() {
        // A weight w = 0.6 arrives; V = -60 mV, E = 0 mV, tau = 5 ms, dt = 0.1 ms, a = e^(-0.02). BrainPy's order
        // (pre_decay 0) gives the membrane w·a·(E - V), Brian2's (1) w·(E - V); g ends at w·a either way. MgBlock
        // takes the generic path (integrateAndApply declines it for pre_decay 0, as PostSynapse then integrates and
        // applies).
        double w = 0.6;
        double a = Math.exp(-0.1 / 5.0);
        double[] v = {-60.0};
        for (double pre : new double[] {0.0, 1.0}) {
            SynapticOutputCase[] cases = {
                new SynapticOutputCase(new Coba(0.0), 60.0),
                new SynapticOutputCase(new Cuba(), 1.0),
                new SynapticOutputCase((MgBlock) new OutputModels().create("MgBlock", "o", 1, Parameters.empty()),
                        60.0 / (1.0 + 1.2 / 3.57 * Math.exp(0.062 * 60.0)))};
            for (SynapticOutputCase c : cases) {
                Expon s = (Expon) synapse("Expon", 1, Map.of("tau", 5.0, "pre_decay", pre));
                s.arrivals()[0] += w;
                double[] in = new double[1];
                FixedStepContext ctx = new FixedStepContext(0.1);
                if (!s.integrateAndApply(ctx, c.output(), v, in, 0, 1)) {
                    s.integrate(ctx, 0, 1);
                    c.output().apply(s.value(), v, in, 0, 1);
                }
                double seen = pre == 1.0 ? w : w * a;
                assertEquals(seen * c.perUnitG(), in[0], 1e-12, c.output().identity() + ", pre_decay " + pre);
                assertEquals(w * a, s.value()[0], 1e-15);
            }
        }
        ParameterException bad = assertThrows(ParameterException.class,
                () -> synapse("Expon", 1, Map.of("pre_decay", 2.0)));
        assertEquals("pre_decay", bad.parameter());
        assertEquals("Expon(tau=5.0, pre_decay)", synapse("Expon", 1, Map.of("tau", 5.0, "pre_decay", 1.0)).identity());
    }

    @Test
    void lifRefsFusedLoopReadsTheConductanceAsItsSynapseSays() {
        // One LifRef neuron (V_rest = -60, tau = 20 ms) with one Expon/COBA input holding g = 0.6 at the step's start:
        // exact step V' = V_inf + (V - V_inf)·e^(-dt/tau), V_inf = V_rest + g_seen·(E - V).
        for (double pre : new double[] {0.0, 1.0}) {
            LifRef pop = (LifRef) new NeuronModels().create("LifRef", "E", 1, Parameters.of(Map.of(
                    "V_rest", -60.0, "V_reset", -60.0, "V_th", -50.0, "tau", 20.0, "V0", -60.0)));
            Expon s = (Expon) synapse("Expon", 1, Map.of("tau", 5.0, "pre_decay", pre));
            pop.attach(PostSynapse.of(s, new Coba(0.0)));
            s.arrivals()[0] = 0.6;
            pop.update(new FixedStepContext(0.1));
            double seen = pre == 1.0 ? 0.6 : 0.6 * Math.exp(-0.1 / 5.0);
            double vInf = -60.0 + seen * (0.0 + 60.0);
            double expected = vInf + (-60.0 - vInf) * Math.exp(-0.1 / 20.0);
            assertEquals(expected, pop.potential()[0], 1e-12, "pre_decay " + pre);
            assertEquals(0.6 * Math.exp(-0.1 / 5.0), s.value()[0], 1e-15);
        }
    }

    private record SynapticOutputCase(org.brainj.models.kit.SynapticOutput output, double perUnitG) {
    }

    @Test
    void mergingIdentitiesNameTheParameters() {
        assertEquals("DualExpon(tau_decay=10.0, tau_rise=1.0)", synapse("DualExpon", 1, Map.of()).identity());
        assertEquals(synapse("NMDA", 1, Map.of()).identity(), synapse("NMDA", 5, Map.of("a", 0.5)).identity());
        assertTrue(!synapse("NMDA", 1, Map.of()).identity().equals(synapse("NMDA", 1, Map.of("a", 0.4)).identity()));
        assertThrows(ParameterException.class, () -> synapse("Alpha", 1, Map.of("tau", 3.0)));
        assertThrows(ParameterException.class, () -> synapse("AMPA", 1, Map.of("T_dur", -1.0)));
    }

    @Test
    void mgBlockScalesTheConductanceCurrent() {
        MgBlock out = (MgBlock) new OutputModels().create("MgBlock", "o", 1, Parameters.of(Map.of("cc_Mg", 1.0)));
        double[] v = {-70.0, -20.0, 0.0, 30.0, -2000.0, 2000.0};
        double[] g = {1.0, 2.0, 3.0, 0.5, 1.0, 1.0};
        double[] in = new double[v.length];
        in[1] = 5.0;
        out.apply(g, v, in, 0, v.length);
        for (int i = 0; i < 4; i++) {
            double expected = g[i] * (0.0 - v[i]) / (1.0 + 1.0 / 3.57 * Math.exp(0.062 * (0.0 - v[i])));
            assertEquals(expected + (i == 1 ? 5.0 : 0.0), in[i], 1e-12 * Math.abs(expected) + 1e-15, "V = " + v[i]);
            assertEquals(expected, out.current(g[i], v[i]), 1e-12 * Math.abs(expected) + 1e-15);
        }
        // Far outside the physiological range the block is complete (V << 0) or absent (V >> 0).
        assertEquals(0.0, in[4], 1e-9);
        assertEquals(-2000.0, in[5], 1e-9);
        assertEquals("MgBlock(E=0.0, cc_Mg=1.0, alpha=0.062, beta=3.57, V_offset=0.0)", out.identity());
    }
}
