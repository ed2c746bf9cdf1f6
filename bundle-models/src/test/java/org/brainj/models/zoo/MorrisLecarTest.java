package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.brainj.api.core.DivergenceException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.NeuronModels;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MorrisLecarTest {

    private static final double CURRENT = 100.0;
    private static final double[] Y0 = {-65.0, 0.02};
    private static List<Double> reference;

    // Independent reference: Morris & Lecar (1981) in Rinzel & Ermentrout's (1989) form with BrainPy's constants
    // (V_Ca = 130 mV), integrated by OdeReference (Dormand-Prince 8(5,3)).
    private static double[] rhs(double[] y, double current) {
        double v = y[0];
        double w = y[1];
        double mInf = 0.5 * (1.0 + Math.tanh((v + 1.2) / 18.0));
        double wInf = 0.5 * (1.0 + Math.tanh((v - 2.0) / 30.0));
        double rate = 0.04 * Math.cosh((v - 2.0) / 60.0);
        return new double[] {
            (-4.4 * mInf * (v - 130.0) - 8.0 * w * (v + 84.0) - 2.0 * (v + 60.0) + current) / 20.0,
            (wInf - w) * rate};
    }

    @BeforeAll
    static void integrateReference() {
        reference = OdeReference.spikes(y -> rhs(y, CURRENT), Y0, 10.0, 500.0);
    }

    private static MorrisLecar ml(Map<String, Double> params) {
        return (MorrisLecar) new NeuronModels().create("MorrisLecar", "ml", 1, Parameters.of(params));
    }

    @Test
    void referenceFiresTonically() {
        // At 100 uA/cm^2 the reference fires every 85 ms (about 12 Hz).
        assertEquals(6, reference.size(), reference.toString());
        assertEquals(84.98, OdeReference.period(reference, 50.0), 0.02);
    }

    @Test
    void defaultsAreBrainPys() {
        MorrisLecar pop = ml(Map.of());
        assertEquals(-65.0, pop.potential()[0]);
        assertEquals(0.02, pop.variable("W")[0]);
        assertEquals("uA/cm^2", pop.inputUnit());
        assertEquals(List.of("V", "W"), pop.state().stream().map(s -> s.name()).toList());
        double[] expected = {130.0, 4.4, -84.0, 8.0, -60.0, 2.0, 20.0, -1.2, 18.0, 2.0, 30.0, 0.04, 10.0, -65.0, 0.02};
        List<String> names = List.of("V_Ca", "g_Ca", "V_K", "g_K", "V_leak", "g_leak", "C", "V1", "V2", "V3", "V4",
                "phi", "V_th", "V0", "W0");
        assertEquals(names, MorrisLecar.PARAMETERS.stream().map(p -> p.name()).toList());
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], MorrisLecar.PARAMETERS.get(k).defaultValue(), names.get(k));
        }
    }

    @Test
    void badParametersAreRejectedByName() {
        assertEquals("V5", assertThrows(ParameterException.class, () -> ml(Map.of("V5", 1.0))).parameter());
        assertEquals("V2", assertThrows(ParameterException.class, () -> ml(Map.of("V2", 0.0))).parameter());
        assertEquals("V4", assertThrows(ParameterException.class, () -> ml(Map.of("V4", -30.0))).parameter());
        assertEquals("C", assertThrows(ParameterException.class, () -> ml(Map.of("C", 0.0))).parameter());
        assertEquals("W0", assertThrows(ParameterException.class, () -> ml(Map.of("W0", 2.0))).parameter());
        assertEquals("phi", assertThrows(ParameterException.class, () -> ml(Map.of("phi", -0.04))).parameter());
    }

    @Test
    void nativeStepMatchesTheReference() {
        // The slow dynamics (C = 20, phi = 0.04) make the first-order error small: measured 0.01 ms on the first spike
        // and 0.02 % on the period at dt = 0.01 ms, 0.1 % at dt = 0.1 ms.
        List<Double> at01 = OdeReference.simulate(ml(Map.of()), CURRENT, 0.01, 500.0);
        assertEquals(reference.size(), at01.size(), at01.toString());
        assertEquals(reference.get(0), at01.get(0), 0.02);
        double ref = OdeReference.period(reference, 50.0);
        assertEquals(ref, OdeReference.period(at01, 50.0), 0.001 * ref);
        List<Double> at1 = OdeReference.simulate(ml(Map.of()), CURRENT, 0.1, 500.0);
        assertEquals(reference.get(0), at1.get(0), 0.2);
        assertEquals(ref, OdeReference.period(at1, 50.0), 0.005 * ref);
    }

    @Test
    void rk4ThroughThePlatformIntegratorsMatchesTheReference() {
        MorrisLecar pop = ml(Map.of());
        pop.useMethod("rk4");
        List<Double> spikes = OdeReference.simulate(pop, CURRENT, 0.01, 500.0);
        assertEquals(reference.size(), spikes.size(), spikes.toString());
        for (int k = 0; k < spikes.size(); k++) {
            double lag = spikes.get(k) - reference.get(k);
            assertTrue(lag >= -1e-3 && lag <= 0.011, "spike " + k + " off by " + lag + " ms");
        }
    }

    @Test
    void classTwoOnsetWithANonzeroFrequency() {
        // With these constants Morris-Lecar is a class-II (Hopf) neuron (Rinzel & Ermentrout 1989): repetitive firing
        // starts at a finite frequency. Locate the onset (from the default initial state) on the reference to
        // 0.01 uA/cm^2; just above it the period must stay finite (measured 141 ms, 7 Hz), unlike a class-I neuron
        // whose period diverges at onset.
        double lo = 70.0;
        double hi = 90.0;
        assertTrue(Double.isNaN(referencePeriod(lo)));
        assertTrue(referencePeriod(hi) > 0.0);
        while (hi - lo > 0.01) {
            double mid = 0.5 * (lo + hi);
            if (Double.isNaN(referencePeriod(mid))) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assertTrue(hi > 83.0 && hi < 84.0, "onset " + hi);
        double atOnset = referencePeriod(hi);
        assertTrue(atOnset < 150.0, "period at onset " + atOnset + " ms");
        // The native step fires the same way on either side of the onset: at most the one transient spike from the
        // initial state 0.2 below, repetitive firing 0.2 above with the reference's period (measured 0.3 % apart).
        assertTrue(OdeReference.simulate(ml(Map.of()), hi - 0.2, 0.01, 3000.0).size() <= 1);
        List<Double> above = OdeReference.simulate(ml(Map.of()), hi + 0.2, 0.01, 3000.0);
        double ref = referencePeriod(hi + 0.2);
        assertEquals(ref, OdeReference.period(above, 1500.0), 0.01 * ref, above.toString());
    }

    /** The reference's period after 1.5 s of 3 s, NaN when it does not fire repetitively. */
    private static double referencePeriod(double current) {
        return OdeReference.period(OdeReference.spikes(y -> rhs(y, current), Y0, 10.0, 3000.0), 1500.0);
    }

    @Test
    void nanInputIsReportedAsDivergenceOfV() {
        MorrisLecar pop = (MorrisLecar) new NeuronModels().create("MorrisLecar", "ml", 3, Parameters.empty());
        FixedStepContext ctx = new FixedStepContext(0.01);
        pop.input()[2] = Double.NaN;
        DivergenceException e = assertThrows(DivergenceException.class, () -> pop.update(ctx));
        assertEquals("V", e.variable());
        assertEquals(2, e.index());
    }
}
