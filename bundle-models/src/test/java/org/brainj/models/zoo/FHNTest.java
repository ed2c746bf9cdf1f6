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

class FHNTest {

    private static final double CURRENT = 0.5;
    private static final double[] Y0 = {0.0, 0.0};
    private static List<Double> reference;

    // Independent reference: FitzHugh (1961) with a 0.7, b 0.8, tau 12.5, integrated by OdeReference.
    private static double[] rhs(double[] y, double current) {
        double v = y[0];
        return new double[] {v - v * v * v / 3.0 - y[1] + current, (v + 0.7 - 0.8 * y[1]) / 12.5};
    }

    @BeforeAll
    static void integrateReference() {
        reference = OdeReference.spikes(y -> rhs(y, CURRENT), Y0, 1.8, 300.0);
    }

    private static FHN fhn(Map<String, Double> params) {
        return (FHN) new NeuronModels().create("FHN", "fhn", 1, Parameters.of(params));
    }

    @Test
    void defaultsAreBrainPys() {
        FHN pop = fhn(Map.of());
        assertEquals(0.0, pop.potential()[0]);
        assertEquals(0.0, pop.variable("w")[0]);
        assertEquals(List.of("V", "w"), pop.state().stream().map(s -> s.name()).toList());
        assertEquals(List.of("a", "b", "tau", "V_th", "V0", "w0"),
                FHN.PARAMETERS.stream().map(p -> p.name()).toList());
        assertEquals(0.7, FHN.A.defaultValue());
        assertEquals(0.8, FHN.B.defaultValue());
        assertEquals(12.5, FHN.TAU.defaultValue());
        assertEquals(1.8, FHN.V_TH.defaultValue());
    }

    @Test
    void badParametersAreRejectedByName() {
        assertEquals("Vth", assertThrows(ParameterException.class, () -> fhn(Map.of("Vth", 1.0))).parameter());
        assertEquals("tau", assertThrows(ParameterException.class, () -> fhn(Map.of("tau", 0.0))).parameter());
        assertEquals("a", assertThrows(ParameterException.class, () -> fhn(Map.of("a", Double.NaN))).parameter());
    }

    @Test
    void nativeStepMatchesTheReference() {
        // Measured at dt = 0.01: first spike 0.01 ms early, period 0.03 % short; at dt = 0.1, 0.08 ms and 0.2 %.
        assertEquals(7, reference.size(), reference.toString());
        double ref = OdeReference.period(reference, 0.0);
        List<Double> at01 = OdeReference.simulate(fhn(Map.of()), CURRENT, 0.01, 300.0);
        assertEquals(reference.size(), at01.size(), at01.toString());
        assertEquals(reference.get(0), at01.get(0), 0.03);
        assertEquals(ref, OdeReference.period(at01, 0.0), 0.001 * ref);
        List<Double> at1 = OdeReference.simulate(fhn(Map.of()), CURRENT, 0.1, 300.0);
        assertEquals(reference.get(0), at1.get(0), 0.2);
        assertEquals(ref, OdeReference.period(at1, 0.0), 0.005 * ref);
    }

    @Test
    void rk4ThroughThePlatformIntegratorsMatchesTheReference() {
        FHN pop = fhn(Map.of());
        pop.useMethod("rk4");
        List<Double> spikes = OdeReference.simulate(pop, CURRENT, 0.01, 300.0);
        assertEquals(reference.size(), spikes.size(), spikes.toString());
        for (int k = 0; k < spikes.size(); k++) {
            double lag = spikes.get(k) - reference.get(k);
            assertTrue(lag >= -1e-3 && lag <= 0.011, "spike " + k + " off by " + lag + " ms");
        }
    }

    @Test
    void firesOnlyBetweenTheTwoHopfCurrents() {
        // The equilibrium V* (w* = (V* + a)/b, I = w* - V* + V*^3/3) loses stability where the Jacobian's trace
        // 1 - V*^2 - b/tau vanishes: V*^2 = 1 - 0.064, so I = 0.3313 and 1.4187. Outside that window the neuron
        // settles (no spikes from the default state); inside it oscillates, both in the reference and natively.
        double vs = Math.sqrt(1.0 - 0.8 / 12.5);
        double low = (-vs + 0.7) / 0.8 + vs - vs * vs * vs / 3.0;
        double high = (vs + 0.7) / 0.8 - vs + vs * vs * vs / 3.0;
        assertEquals(0.3313, low, 1e-4);
        assertEquals(1.4187, high, 1e-4);
        for (double current : new double[] {0.3, 1.5}) {
            assertTrue(OdeReference.spikes(y -> rhs(y, current), Y0, 1.8, 1000.0).size() <= 1, "I = " + current);
            assertTrue(OdeReference.simulate(fhn(Map.of()), current, 0.01, 1000.0).size() <= 1, "I = " + current);
        }
        for (double current : new double[] {0.4, 1.3}) {
            double ref = OdeReference.period(OdeReference.spikes(y -> rhs(y, current), Y0, 1.8, 1000.0), 300.0);
            List<Double> nat = OdeReference.simulate(fhn(Map.of()), current, 0.01, 1000.0);
            assertTrue(ref > 0.0, "reference at I = " + current);
            assertEquals(ref, OdeReference.period(nat, 300.0), 0.002 * ref, "I = " + current);
        }
    }

    @Test
    void nanInputIsReportedAsDivergenceOfV() {
        FHN pop = (FHN) new NeuronModels().create("FHN", "fhn", 3, Parameters.empty());
        FixedStepContext ctx = new FixedStepContext(0.01);
        pop.input()[2] = Double.NaN;
        DivergenceException e = assertThrows(DivergenceException.class, () -> pop.update(ctx));
        assertEquals("V", e.variable());
        assertEquals(2, e.index());
    }
}
