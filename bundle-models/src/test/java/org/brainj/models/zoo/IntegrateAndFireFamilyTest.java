package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.DivergenceException;
import org.brainj.api.core.ParameterException;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

/** QuaIF(Ref), AdQuaIF(Ref), Gif(Ref), Lif and IF. */
class IntegrateAndFireFamilyTest {

    private static final List<String> MODELS = List.of("QuaIF", "QuaIFRef", "AdQuaIF", "AdQuaIFRef", "Gif", "GifRef",
            "Lif", "IF");

    @Test
    void lifPeriodIsTheClosedForm() {
        // V_reset = V_rest = 0, R I = 30, V_th = 20: T* = tau ln(RI / (RI - V_th)); without refractoriness the discrete
        // period is ceil(T*/dt) steps exactly, and Lif agrees spike for spike with LifRef at tau_ref = 0.
        double tStar = 10.0 * Math.log(3.0);
        List<Double> lif = SpikeTrains.spikeTimes(SpikeTrains.create("Lif", 1, Map.of("V_reset", 0.0)), 30.0, 0.1,
                200);
        List<Double> ref = SpikeTrains.spikeTimes(SpikeTrains.create("LifRef", 1, Map.of("V_reset", 0.0)), 30.0, 0.1,
                200);
        assertEquals(ref, lif);
        long steps = (long) Math.ceil(tStar / 0.1);
        for (int k = 1; k < lif.size(); k++) {
            assertEquals(steps * 0.1, lif.get(k) - lif.get(k - 1), 1e-9);
        }
    }

    @Test
    void ifIsALeakyIntegratorThatNeverFires() {
        NeuronGroup pop = SpikeTrains.create("IF", 1, Map.of("tau", 7.0, "R", 2.0));
        FixedStepContext ctx = new FixedStepContext(0.25);
        for (int s = 1; s <= 400; s++) {
            pop.input()[0] = 500.0;
            pop.update(ctx);
            ctx.advance();
            assertEquals(0, pop.firedCount());
            assertEquals(1000.0 * (1 - Math.exp(-s * 0.25 / 7.0)), pop.potential()[0], 1e-9, "step " + s);
        }
    }

    /** QIF time from V0 to V1 under constant R I above rheobase: tau/(c q) [atan((V1-m)/q) - atan((V0-m)/q)]. */
    private static double quadraticTime(double v0, double v1, double ri) {
        double c = 0.07;
        double m = (-65.0 - 50.0) / 2;
        double d = -50.0 + 65.0;
        double q = Math.sqrt((ri - c * d * d / 4) / c);
        return 10.0 / (c * q) * (Math.atan((v1 - m) / q) - Math.atan((v0 - m) / q));
    }

    @Test
    void quaIfPeriodIsTheClosedForm() {
        // Rheobase: min over V of c(V - V_rest)(V - V_c) is -c (V_c - V_rest)^2 / 4 = -3.9375 mV.
        assertTrue(SpikeTrains.spikeTimes(SpikeTrains.create("QuaIF", 1, Map.of()), 3.9, 0.05, 1000).isEmpty());
        double ri = 6.0;
        List<Double> s = SpikeTrains.spikeTimes(SpikeTrains.create("QuaIF", 1, Map.of()), ri, 0.005, 300);
        assertTrue(s.size() >= 4, s.toString());
        double period = quadraticTime(-68.0, -30.0, ri);
        for (int k = 1; k < s.size(); k++) {
            assertEquals(period, s.get(k) - s.get(k - 1), 0.02, "ISI " + k);
        }
        assertEquals(quadraticTime(-65.0, -30.0, ri), s.get(0), 0.02, "first spike from rest");
    }

    @Test
    void gifThresholdRelaxesExactly() {
        // a = 0, no input below threshold: V_th(t) = V_th_inf + (V_th0 - V_th_inf) e^(-b t), I1, I2 decay e^(-k t).
        Gif pop = (Gif) SpikeTrains.create("Gif", 1, Map.of("V_th0", -40.0));
        pop.variable("I1")[0] = 0.2;
        pop.variable("I2")[0] = 0.1;
        FixedStepContext ctx = new FixedStepContext(0.1);
        for (int s = 0; s < 500; s++) {
            pop.update(ctx);
            ctx.advance();
        }
        assertEquals(-50.0 + 10.0 * Math.exp(-0.01 * 50.0), pop.threshold()[0], 1e-10);
        assertEquals(0.2 * Math.exp(-0.2 * 50.0), pop.variable("I1")[0], 1e-14);
        assertEquals(0.1 * Math.exp(-0.02 * 50.0), pop.variable("I2")[0], 1e-14);
    }

    @Test
    void gifSpikeJumps() {
        Gif pop = (Gif) SpikeTrains.create("Gif", 1, Map.of("A1", 10.0, "A2", -0.6, "R1", 0.5, "V_th0", -65.0));
        pop.variable("I1")[0] = 2.0;
        pop.potential()[0] = -64.0;
        pop.update(new FixedStepContext(0.1));
        assertTrue(pop.spikes()[0]);
        assertEquals(-70.0, pop.potential()[0]);
        assertEquals(0.5 * 2.0 * Math.exp(-0.02) + 10.0, pop.variable("I1")[0], 1e-12);
        assertEquals(-0.6, pop.variable("I2")[0], 1e-12);
        assertEquals(-60.0, pop.threshold()[0], "V_th <- max(V_th_reset, V_th)");
    }

    @Test
    void nativeStepsAgreeWithRk4() {
        Map<String, Map<String, Double>> cases = Map.of(
                "AdQuaIF", Map.of(),
                "Gif", Map.of("a", 0.005, "A1", 10.0, "A2", -0.6),
                "QuaIF", Map.of());
        Map<String, Double> currents = Map.of("AdQuaIF", 30.0, "Gif", 1.5, "QuaIF", 10.0);
        for (String model : cases.keySet()) {
            ResetNeuronGroup rk = (ResetNeuronGroup) SpikeTrains.create(model, 1, cases.get(model));
            rk.useMethod("rk4");
            List<Double> ref = SpikeTrains.spikeTimes(rk, currents.get(model), 0.0025, 150);
            List<Double> nat = SpikeTrains.spikeTimes(SpikeTrains.create(model, 1, cases.get(model)),
                    currents.get(model), 0.005, 150);
            assertTrue(ref.size() >= 3, model + " " + ref);
            assertEquals(ref.size(), nat.size(), model + ": " + ref + " vs " + nat);
            for (int k = 0; k < ref.size(); k++) {
                assertEquals(ref.get(k), nat.get(k), 0.05, model + " spike " + k);
            }
        }
    }

    @Test
    void refVariantsHoldV() {
        Map<String, Double> resetOf = Map.of("QuaIFRef", -68.0, "AdQuaIFRef", -68.0, "GifRef", -70.0);
        for (String model : resetOf.keySet()) {
            Map<String, Double> p = new HashMap<>(Map.of("tau_ref", 1.05));
            ResetNeuronGroup pop = (ResetNeuronGroup) SpikeTrains.create(model, 1, p);
            FixedStepContext ctx = new FixedStepContext(0.1);
            pop.potential()[0] = 10.0;
            pop.update(ctx);
            assertTrue(pop.spikes()[0], model);
            for (int s = 1; s <= 10; s++) {
                ctx.advance();
                pop.input()[0] = 50.0;
                pop.deltaInput()[0] = 5.0;
                pop.update(ctx);
                assertEquals(resetOf.get(model), pop.potential()[0], model + " step " + s);
            }
            ctx.advance();
            pop.input()[0] = 50.0;
            pop.update(ctx);
            assertTrue(pop.potential()[0] != resetOf.get(model), model + " integrates after tau_ref");
        }
    }

    @Test
    void defaults() {
        assertEquals(List.of("V", "I1", "I2", "V_th", "t_last_spike"),
                SpikeTrains.create("GifRef", 1, Map.of()).state().stream().map(s -> s.name()).toList());
        Gif g = (Gif) SpikeTrains.create("Gif", 1, Map.of());
        assertEquals(-70.0, g.potential()[0]);
        assertEquals(-50.0, g.threshold()[0]);
        assertEquals(List.of("V", "w"), SpikeTrains.create("AdQuaIF", 1, Map.of()).state().stream()
                .map(s -> s.name()).toList());
        assertEquals(-65.0, SpikeTrains.create("QuaIF", 1, Map.of()).potential()[0]);
        assertEquals(0.0, SpikeTrains.create("Lif", 1, Map.of()).potential()[0]);
        assertEquals(-30.0, QuaIF.V_TH.defaultValue());
        assertEquals(0.07, QuaIF.C.defaultValue());
        assertEquals(0.1, AdQuaIF.B.defaultValue());
        assertEquals(10.0, AdQuaIF.TAU_W.defaultValue());
        assertEquals(20.0, Gif.R.defaultValue());
        assertEquals(List.of("V_rest", "R", "tau", "V0"), IF.PARAMETERS.stream().map(p -> p.name()).toList());
    }

    @Test
    void nanThrowsDivergenceNamingV() {
        for (String model : MODELS) {
            NeuronGroup pop = SpikeTrains.create(model, 3, Map.of());
            pop.input()[1] = Double.NaN;
            DivergenceException e = assertThrows(DivergenceException.class,
                    () -> pop.update(new FixedStepContext(0.1)), model);
            assertEquals("V", e.variable(), model);
            assertEquals(1, e.index(), model);
        }
    }

    @Test
    void badParametersAreRejectedByName() {
        for (String model : List.of("QuaIF", "QuaIFRef", "AdQuaIF", "AdQuaIFRef", "Lif")) {
            assertEquals("V_th", assertThrows(ParameterException.class,
                    () -> SpikeTrains.create(model, 1, Map.of("V_reset", 100.0))).parameter(), model);
        }
        for (String model : List.of("Gif", "GifRef")) {
            assertEquals("V_th_reset", assertThrows(ParameterException.class,
                    () -> SpikeTrains.create(model, 1, Map.of("V_reset", -55.0))).parameter(), model);
            assertEquals("k1", assertThrows(ParameterException.class,
                    () -> SpikeTrains.create(model, 1, Map.of("k1", -1.0))).parameter(), model);
        }
        assertEquals("c", assertThrows(ParameterException.class,
                () -> SpikeTrains.create("QuaIF", 1, Map.of("c", 0.0))).parameter());
        assertEquals("tau_w", assertThrows(ParameterException.class,
                () -> SpikeTrains.create("AdQuaIF", 1, Map.of("tau_w", -2.0))).parameter());
        assertEquals("tau", assertThrows(ParameterException.class,
                () -> SpikeTrains.create("IF", 1, Map.of("tau", 0.0))).parameter());
        assertEquals("V_th", assertThrows(ParameterException.class,
                () -> SpikeTrains.create("IF", 1, Map.of("V_th", 1.0))).parameter(), "IF has no threshold");
        assertEquals("tau_ref", assertThrows(ParameterException.class,
                () -> SpikeTrains.create("Lif", 1, Map.of("tau_ref", 1.0))).parameter(), "Lif has none");
        assertEquals("tau_ref", assertThrows(ParameterException.class,
                () -> SpikeTrains.create("GifRef", 1, Map.of("tau_ref", -1.0))).parameter());
    }
}
