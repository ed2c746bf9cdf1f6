package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.brainj.api.core.DivergenceException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StateVariable;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Providers;
import org.brainj.api.random.CounterRandom;
import org.brainj.models.internal.RateModels;
import org.brainj.models.kit.OdeNeuronGroup;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

/** What every rate model shares: registration, parameters, the generic path, inputs, divergence, slicing. */
class RateModelsTest {

    static final List<String> NAMES = List.of("FHNRate", "StuartLandauOscillator", "WilsonCowanModel", "QIF",
            "ThresholdLinearModel", "ThetaNeuron", "VanDerPolOscillator", "KuramotoOscillator", "JansenRitModel",
            "FeedbackFHN");

    static OdeNeuronGroup create(String model, int size, Map<String, Double> params) {
        return (OdeNeuronGroup) new RateModels().create(model, "pop", size, Parameters.of(params));
    }

    @Test
    void theFactoryIsRegisteredAndListsEveryModelAsRate() {
        ModelFactory f = Providers.require(ModelFactory.class, "rates");
        assertTrue(f instanceof RateModels);
        assertEquals(NAMES, f.models().stream().map(ModelDescriptor::name).toList());
        for (ModelDescriptor d : f.models()) {
            assertEquals(ModelKind.RATE, d.kind(), d.name());
            OdeNeuronGroup pop = (OdeNeuronGroup) f.create(d.name(), "x", 3, Parameters.empty());
            assertNotNull(pop.potential(), d.name());
            assertEquals(3, pop.potential().length);
            ParameterException e = assertThrows(ParameterException.class,
                    () -> f.create(d.name(), "x", 3, Parameters.of(Map.of("no_such_parameter", 1.0))), d.name());
            assertTrue(e.getMessage().contains("no_such_parameter"));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f.create("WilsonCowan", "x", 1, Parameters.empty()));
        assertTrue(e.getMessage().contains("WilsonCowanModel"), e.getMessage());
    }

    @Test
    void badParametersAreRejectedByName() {
        Object[][] cases = {
            {"FHNRate", "tau", 0.0},
            {"FHNRate", "alpha", Double.NaN},
            {"StuartLandauOscillator", "a", Double.NaN},
            {"WilsonCowanModel", "E_tau", 0.0},
            {"WilsonCowanModel", "I_tau", -1.0},
            {"QIF", "tau", 0.0},
            {"QIF", "delta", -0.5},
            {"ThresholdLinearModel", "tau_i", 0.0},
            {"ThetaNeuron", "eta", Double.POSITIVE_INFINITY},
            {"VanDerPolOscillator", "mu", 0.0},
            {"KuramotoOscillator", "gamma", -0.1},
            {"JansenRitModel", "a", 0.0},
            {"JansenRitModel", "e0", -1.0},
        };
        for (Object[] c : cases) {
            String model = (String) c[0];
            String name = (String) c[1];
            double value = (Double) c[2];
            ParameterException e = assertThrows(ParameterException.class,
                    () -> create(model, 1, Map.of(name, value)), model + "." + name);
            assertEquals(name, e.parameter(), model);
        }
    }

    @Test
    void defaultsAreBrainPys() {
        assertEquals(List.of("alpha", "beta", "gamma", "delta", "epsilon", "tau"),
                FHNRate.PARAMETERS.stream().map(p -> p.name()).toList());
        assertArrayEquals(new double[] {3, 4, -1.5, 0, 0.5, 20},
                FHNRate.PARAMETERS.stream().mapToDouble(p -> p.defaultValue()).toArray());
        assertEquals(List.of("a", "w"), StuartLandau.PARAMETERS.stream().map(p -> p.name()).toList());
        assertEquals(0.25, StuartLandau.A.defaultValue());
        assertEquals(0.2, StuartLandau.W.defaultValue());
        assertEquals(List.of("E_tau", "E_a", "E_theta", "I_tau", "I_a", "I_theta", "wEE", "wIE", "wEI", "wII", "r"),
                WilsonCowan.PARAMETERS.stream().map(p -> p.name()).toList());
        double[] wc = WilsonCowan.PARAMETERS.stream().mapToDouble(p -> p.defaultValue()).toArray();
        assertArrayEquals(new double[] {1, 1.2, 2.8, 1, 1, 4, 12, 4, 13, 11, 1}, wc);
        assertArrayEquals(new double[] {1, -5, 1, 15},
                QIF.PARAMETERS.stream().mapToDouble(p -> p.defaultValue()).toArray());
        assertEquals(List.of("tau", "eta", "delta", "J"), QIF.PARAMETERS.stream().map(p -> p.name()).toList());
        assertArrayEquals(new double[] {0.02, 0.01, 0.066, 0.351},
                ThresholdLinear.PARAMETERS.stream().mapToDouble(p -> p.defaultValue()).toArray());
        // Jansen & Rit (1995), Table 1, with rates per ms.
        assertArrayEquals(new double[] {3.25, 22, 0.1, 0.05, 135, 0.0025, 6, 0.56, 0.22},
                JansenRit.PARAMETERS.stream().mapToDouble(p -> p.defaultValue()).toArray(), 1e-15);
    }

    @Test
    void initialValuesAreSeededDrawsInBrainPysRanges() {
        double[][] ranges = {{0.05}, {0.5}, {0.05}, {0.05}, {0.0}, {0.0}, {0.05}, {2 * Math.PI}, {0.0}, {0.05}};
        for (int m = 0; m < NAMES.size(); m++) {
            OdeNeuronGroup a = create(NAMES.get(m), 200, Map.of());
            OdeNeuronGroup b = create(NAMES.get(m), 200, Map.of());
            a.bindRandom(new CounterRandom(7), 3);
            b.bindRandom(new CounterRandom(7), 3);
            a.reset();
            b.reset();
            double high = ranges[m][0];
            for (StateVariable s : a.state()) {
                assertArrayEquals(s.values(), b.variable(s.name()), NAMES.get(m) + "." + s.name());
            }
            double[] first = a.state().get(0).values();
            double max = 0.0;
            for (double v : first) {
                assertTrue(v >= 0.0 && v <= high, NAMES.get(m) + " " + v);
                max = Math.max(max, v);
            }
            if (high > 0.0) {
                assertTrue(max > 0.9 * high, NAMES.get(m) + " draws span the range: max " + max);
            }
        }
    }

    /**
     * The generic path (the platform's RK4 on {@code derivatives}) and the native exponential-Euler step integrate the
     * same equations: from the same seeded state and input, their difference after 20 ms is small and shrinks in
     * proportion to dt (the native step is first order, RK4's own error is negligible here). Van der Pol and
     * Stuart-Landau start near their unstable origin, which amplifies any O(dt) difference, hence the order check
     * rather than a fixed tolerance alone.
     */
    @Test
    void rk4AgreesWithTheNativeStepAtSmallDt() {
        for (String model : NAMES) {
            double coarse = nativeVersusRk4(model, 0.002);
            double fine = nativeVersusRk4(model, 0.001);
            assertTrue(fine < 5e-3, model + ": relative difference " + fine + " at dt = 0.001");
            assertTrue(fine <= 0.6 * coarse + 1e-12, model + ": " + coarse + " at dt = 0.002, " + fine + " at 0.001");
        }
    }

    /** @return the largest difference over all variables, relative to each variable's largest magnitude */
    private static double nativeVersusRk4(String model, double dt) {
        // Wilson-Cowan with its defaults and I = 1 moves from U(0, 0.05) to the upper state.
        Map<String, Map<String, Double>> params = Map.of("VanDerPolOscillator", Map.of("mu", 2.0));
        Map<String, Double> inputs = Map.of("WilsonCowanModel", 1.0, "ThresholdLinearModel", 3.0, "ThetaNeuron", 0.5,
                "JansenRitModel", 0.0, "KuramotoOscillator", 0.05);
        OdeNeuronGroup nat = create(model, 40, params.getOrDefault(model, Map.of()));
        OdeNeuronGroup rk4 = create(model, 40, params.getOrDefault(model, Map.of()));
        rk4.useMethod("rk4");
        double current = inputs.getOrDefault(model, 0.1);
        FixedStepContext c0 = new FixedStepContext(dt);
        FixedStepContext c1 = new FixedStepContext(dt);
        int spikes0 = 0;
        int spikes1 = 0;
        for (int s = 0, steps = (int) Math.round(20.0 / dt); s < steps; s++) {
            for (int i = 0; i < 40; i++) {
                nat.input()[i] += current;
                rk4.input()[i] += current;
            }
            nat.update(c0);
            rk4.update(c1);
            spikes0 += nat.firedCount();
            spikes1 += rk4.firedCount();
            c0.advance();
            c1.advance();
        }
        assertEquals(spikes0, spikes1, model);
        if (!model.equals("ThetaNeuron")) {
            assertEquals(0, spikes0, model + " does not spike");
        } else {
            assertTrue(spikes0 > 40, "theta neurons fire");
        }
        double worst = 0.0;
        for (StateVariable v : nat.state()) {
            double[] a = v.values();
            double[] b = rk4.variable(v.name());
            double scale = 1e-3;
            for (double x : a) {
                scale = Math.max(scale, Math.abs(x));
            }
            for (int i = 0; i < a.length; i++) {
                worst = Math.max(worst, Math.abs(a[i] - b[i]) / scale);
            }
        }
        return worst;
    }

    @Test
    void nanInputIsReportedAsDivergence() {
        for (String model : NAMES) {
            OdeNeuronGroup pop = create(model, 3, Map.of());
            pop.input()[2] = Double.NaN;
            DivergenceException e = assertThrows(DivergenceException.class,
                    () -> pop.update(new FixedStepContext(0.01)), model);
            assertEquals(2, e.index(), model);
        }
    }

    @Test
    void deltaJumpsMoveTheDrivenVariable() {
        OdeNeuronGroup pop = create("VanDerPolOscillator", 2, Map.of());
        double before = pop.potential()[1];
        pop.deltaInput()[1] = 1.0;
        pop.update(new FixedStepContext(1e-9));
        assertEquals(before + 1.0, pop.potential()[1], 1e-6);
    }

    /** Three slices (run in reverse order) give bit for bit the numbers of one serial loop, Kuramoto's mean field too. */
    @Test
    void slicedUpdatesMatchSerialOnes() {
        for (String model : NAMES) {
            int n = 5000;
            OdeNeuronGroup serial = create(model, n, Map.of());
            OdeNeuronGroup sliced = create(model, n, Map.of());
            sliced.bindLoop(new SlicedLoop(3));
            FixedStepContext c0 = new FixedStepContext(0.05);
            FixedStepContext c1 = new FixedStepContext(0.05);
            for (int s = 0; s < 200; s++) {
                serial.input()[s % n] += 0.3;
                sliced.input()[s % n] += 0.3;
                serial.update(c0);
                sliced.update(c1);
                assertEquals(serial.firedCount(), sliced.firedCount(), model);
                c0.advance();
                c1.advance();
            }
            for (StateVariable v : serial.state()) {
                assertArrayEquals(v.values(), sliced.variable(v.name()), model + "." + v.name());
            }
        }
    }
}
