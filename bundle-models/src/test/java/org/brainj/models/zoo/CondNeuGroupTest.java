package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.testing.FixedStepContext;
import org.brainj.models.zoo.channels.CalciumDetailed;
import org.brainj.models.zoo.channels.CalciumFixed;
import org.brainj.models.zoo.channels.IK_HH1952;
import org.brainj.models.zoo.channels.IL;
import org.brainj.models.zoo.channels.INa_HH1952;
import org.brainj.models.zoo.channels.PotassiumFixed;
import org.brainj.models.zoo.channels.Reversal;
import org.junit.jupiter.api.Test;

class CondNeuGroupTest {

    /** BrainPy's HH example with CondNeuGroup: INa_HH1952, IK_HH1952(E=-77, g_max=36), IL(E=-54.387, g_max=0.03). */
    private static final Parameters HH_SET = Parameters.empty().with("IK_HH1952.E", -77.0)
            .with("IK_HH1952.g_max", 36.0).with("IL.E", -54.387).with("IL.g_max", 0.03).with("V_th", 20.0);

    private static final double[] CURRENTS = {0.0, 3.0, 6.5, 10.0, 20.0};

    /** Steps both populations side by side and returns the largest |ΔV| and |Δgate| seen, checking spikes match. */
    private static double maxDifference(HH hh, CondNeuGroup cond, double dt, int steps) {
        FixedStepContext ctx = new FixedStepContext(dt);
        double worst = 0.0;
        int spikes = 0;
        for (int s = 0; s < steps; s++) {
            System.arraycopy(CURRENTS, 0, hh.input(), 0, CURRENTS.length);
            System.arraycopy(CURRENTS, 0, cond.input(), 0, CURRENTS.length);
            hh.update(ctx);
            cond.update(ctx);
            assertEquals(hh.firedCount(), cond.firedCount(), "spike count at step " + s);
            for (int k = 0; k < hh.firedCount(); k++) {
                assertEquals(hh.fired()[k], cond.fired()[k], "spike at step " + s);
            }
            spikes += hh.firedCount();
            worst = Math.max(worst, diff(hh.variable("V"), cond.variable("V")));
            worst = Math.max(worst, diff(hh.variable("m"), cond.variable("INa_HH1952.p")));
            worst = Math.max(worst, diff(hh.variable("h"), cond.variable("INa_HH1952.q")));
            worst = Math.max(worst, diff(hh.variable("n"), cond.variable("IK_HH1952.p")));
            ctx.advance();
        }
        assertTrue(spikes > 20, "the comparison must cover spikes, had " + spikes);
        return worst;
    }

    private static double diff(double[] a, double[] b) {
        double d = 0.0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    @Test
    void hodgkinHuxleyAssembledFromChannelsIsTheBuiltInHH() {
        // The check: INa_HH1952 + IK_HH1952 + leak reproduces the HH trace to 1e-9 (here 300 ms, five
        // drives from rest to tonic firing, V and every gate compared every step).
        HH hh = HH.create("hh", CURRENTS.length, Parameters.empty());
        CondNeuGroup cond = CondNeuGroup.create("cond", CURRENTS.length, HH_SET);
        assertEquals(0.0, diff(hh.variable("m"), cond.variable("INa_HH1952.p")), 1e-15, "initial steady state");
        assertTrue(maxDifference(hh, cond, 0.01, 30_000) < 1e-9);
    }

    @Test
    void javaAssemblyAndGenericMethodsAgreeWithHH() {
        int n = CURRENTS.length;
        CondNeuGroup cond = CondNeuGroup.builder("cond", n).threshold(20.0)
                .channel(INa_HH1952.create(n, Parameters.empty()))
                .channel(IK_HH1952.create(n, Parameters.empty().with("g_max", 36.0)))
                .channel(IL.create(n, Parameters.empty().with("E", -54.387).with("g_max", 0.03)))
                .potassium(new PotassiumFixed(-77.0))               // sets E of IK_HH1952
                .build();
        HH hh = HH.create("hh", n, Parameters.empty());
        assertTrue(maxDifference(hh, cond, 0.02, 5_000) < 1e-9);
        // The same equations through a generic integrator (RK4 over V, the gates, in one ODE system).
        HH hh4 = HH.create("hh", n, Parameters.empty());
        CondNeuGroup cond4 = CondNeuGroup.create("cond", n, HH_SET);
        hh4.useMethod("rk4");
        cond4.useMethod("rk4");
        assertTrue(maxDifference(hh4, cond4, 0.02, 5_000) < 1e-9);
    }

    @Test
    void registeredModelChoosesChannelsByParameters() {
        CondNeuGroup dflt = CondNeuGroup.create("c", 1, Parameters.empty());
        assertEquals(List.of("INa_HH1952", "IK_HH1952", "IL"), names(dflt));
        CondNeuGroup thalamic = CondNeuGroup.create("tc", 1, Parameters.empty().with("INa_HH1952", 0.0)
                .with("IK_HH1952", 0.0).with("INa_Ba2002", 1.0).with("IKDR_Ba2002", 1.0).with("ICaT_HM1992", 1.0)
                .with("Ih_HM1992", 1.0).with("IAHP_De1994", 1.0).with("CalciumDetailed", 1.0)
                .with("CalciumDetailed.tau", 10.0));
        assertEquals(List.of("INa_Ba2002", "IKDR_Ba2002", "IL", "ICaT_HM1992", "Ih_HM1992", "IAHP_De1994"),
                names(thalamic));
        assertEquals("CalciumDetailed", thalamic.calcium().model());
        assertTrue(thalamic.variable("C_Ca") != null && thalamic.variable("ICaT_HM1992.q") != null);
        // A channel that needs calcium without an ion chosen gets the fixed ion.
        CondNeuGroup can = CondNeuGroup.create("can", 1, Parameters.empty().with("ICaN_IS2008", 1.0));
        assertEquals(CalciumFixed.MODEL, can.calcium().model());

        ParameterException typo = assertThrows(ParameterException.class,
                () -> CondNeuGroup.create("x", 1, Parameters.empty().with("IK_HH1952.gmax", 36.0)));
        assertTrue(typo.getMessage().contains("IK_HH1952.g_max"), typo.getMessage());
        assertThrows(ParameterException.class, () -> CondNeuGroup.create("x", 1,
                Parameters.empty().with("CalciumDetailed", 1.0).with("CalciumFirstOrder", 1.0)));
        ParameterException none = assertThrows(ParameterException.class, () -> CondNeuGroup.create("x", 1,
                Parameters.empty().with("INa_HH1952", 0.0).with("IK_HH1952", 0.0).with("IL", 0.0)));
        assertTrue(none.getMessage().contains("at least one channel"), none.getMessage());
        ParameterException half = assertThrows(ParameterException.class, () -> CondNeuGroup.create("x", 1,
                Parameters.empty().with("IKNI_Ya1989", 0.5)));
        assertTrue(half.getMessage().contains("IKNI_Ya1989") && half.getMessage().contains("0 or 1"),
                half.getMessage());
        assertThrows(ModelException.class, () -> CondNeuGroup.builder("x", 2)
                .channel(IL.create(3, Parameters.empty())).build());
    }

    private static List<String> names(CondNeuGroup g) {
        List<String> out = new ArrayList<>();
        g.channels().forEach(c -> out.add(c.model()));
        return out;
    }

    @Test
    void calciumEntersDuringSpikesAndItsReversalFollowsNernst() {
        // HH spikes plus a high-threshold calcium channel: each spike opens ICaHT, [Ca] rises above its 2.4e-4 mM
        // rest, the AHP current it drives grows, and E_Ca tracks (RT/2F) ln(C0/[Ca]) every step.
        CondNeuGroup g = CondNeuGroup.create("ca", 1, HH_SET.with("ICaHT_HM1992", 1.0).with("IAHP_De1994", 1.0)
                .with("IAHP_De1994.g_max", 0.5).with("CalciumDetailed", 1.0));
        FixedStepContext ctx = new FixedStepContext(0.02);
        double peak = 0.0;
        int spikes = 0;
        for (int s = 0; s < 10_000; s++) {
            g.input()[0] = 10.0;
            g.update(ctx);
            spikes += g.firedCount();
            double c = g.variable("C_Ca")[0];
            peak = Math.max(peak, c);
            assertEquals(Reversal.nernst(2, 36.0, 2.0, c), g.variable("E_Ca")[0], 1e-9);
            ctx.advance();
        }
        assertTrue(spikes > 5, "spikes " + spikes);
        assertTrue(peak > 10 * 2.4e-4, "calcium peak " + peak);
        assertTrue(g.variable("IAHP_De1994.p")[0] > 0.0);
        assertTrue(g.calcium() instanceof CalciumDetailed);
    }

    @Test
    void exponentialEulerConvergesToRk4ForAThalamicCellWithDynamicCalcium() {
        // Every channel family and the calcium ODE through both paths. RK4 over the packed system at dt = 0.01 ms is
        // the reference (its own error is far smaller); the native exponential Euler is first order, so the error of
        // the last spike time over 150 ms must halve when dt halves, and be small.
        Parameters thalamic = Parameters.empty().with("INa_HH1952", 0.0).with("IK_HH1952", 0.0)
                .with("INa_Ba2002", 1.0).with("IKDR_Ba2002", 1.0).with("ICaT_HM1992", 1.0).with("IKA1_HM1992", 1.0)
                .with("Ih_De1996", 1.0).with("ICaN_IS2008", 1.0).with("IAHP_De1994", 1.0)
                .with("IAHP_De1994.g_max", 0.3).with("CalciumDetailed", 1.0).with("V0", -70.0);
        List<Double> reference = spikeTimes(CondNeuGroup.create("r", 1, thalamic), "rk4", 0.01, 150);
        List<Double> coarse = spikeTimes(CondNeuGroup.create("c", 1, thalamic), null, 0.01, 150);
        List<Double> fine = spikeTimes(CondNeuGroup.create("f", 1, thalamic), null, 0.005, 150);
        assertTrue(reference.size() >= 10, "spikes " + reference);
        assertEquals(reference.size(), fine.size(), fine + " vs " + reference);
        double last = reference.get(reference.size() - 1);
        double errCoarse = Math.abs(coarse.get(coarse.size() - 1) - last);
        double errFine = Math.abs(fine.get(fine.size() - 1) - last);
        assertTrue(errFine < 0.5, "error " + errFine + " ms");
        assertEquals(2.0, errCoarse / errFine, 0.4, "first-order convergence: " + errCoarse + " / " + errFine);
    }

    private static List<Double> spikeTimes(CondNeuGroup g, String method, double dt, double ms) {
        if (method != null) {
            g.useMethod(method);
        }
        FixedStepContext ctx = new FixedStepContext(dt);
        List<Double> times = new ArrayList<>();
        for (long s = 0; s < Math.round(ms / dt); s++) {
            g.input()[0] = 15.0;
            g.update(ctx);
            if (g.firedCount() > 0) {
                times.add(ctx.t());
            }
            ctx.advance();
        }
        return times;
    }

    @Test
    void worksAsAPopulationOfTheRunner() {
        NeuronGroup g = (NeuronGroup) new org.brainj.models.internal.NeuronModels().create("CondNeuGroup", "P", 4,
                HH_SET);
        assertEquals("uA/cm^2", g.inputUnit());
        assertEquals(4, g.size());
        g.initialize("V", org.brainj.api.model.Initializer.constant(-60.0));
        g.reset();
        assertEquals(-60.0, g.potential()[3], 0.0);
    }
}
