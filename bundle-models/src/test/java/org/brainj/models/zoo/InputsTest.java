package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.api.random.CounterRandom;
import org.brainj.models.internal.InputModels;
import org.brainj.models.internal.NeuronModels;
import org.brainj.models.kit.InputDrive;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.kit.PostSynapse;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

class InputsTest {

    private static InputDrive input(String model, Map<String, Double> params, NeuronGroup target) {
        InputDrive d = (InputDrive) new InputModels().create(model, "in", target.size(), Parameters.of(params));
        d.bind(target);
        return d;
    }

    private static NeuronGroup lif(int size) {
        return (NeuronGroup) new NeuronModels().create("LifRef", "E", size, Parameters.empty());
    }

    /** The current a drive adds to member {@code i} at the step starting at {@code step * dt}. */
    private static double valueAt(InputDrive d, NeuronGroup target, long step, double dt, int i) {
        FixedStepContext ctx = new FixedStepContext(dt);
        for (long s = 0; s < step; s++) {
            ctx.advance();
        }
        java.util.Arrays.fill(target.input(), 0.0);
        d.update(ctx);
        double v = target.input()[i];
        java.util.Arrays.fill(target.input(), 0.0);
        return v;
    }

    @Test
    void constantAddsItsAmplitudeToEveryMemberAtEveryStep() {
        NeuronGroup e = lif(3);
        InputDrive d = input("constant", Map.of("amplitude", 2.5), e);
        e.input()[1] = 1.0;
        d.update(new FixedStepContext(0.1));
        assertEquals(2.5, e.input()[0]);
        assertEquals(3.5, e.input()[1]);
        assertEquals(2.5, valueAt(d, e, 123456, 0.1, 2));
    }

    @Test
    void sectionIsOnInItsHalfOpenWindow() {
        NeuronGroup e = lif(2);
        InputDrive d = input("section", Map.of("amplitude", -4.0, "t_start", 10.0, "t_end", 20.0), e);
        assertEquals(0.0, valueAt(d, e, 99, 0.1, 0));
        // 100 * 0.1 = 10.000000000000002: steps at the window's ends count by their nominal time.
        assertEquals(-4.0, valueAt(d, e, 100, 0.1, 0));
        assertEquals(-4.0, valueAt(d, e, 199, 0.1, 1));
        assertEquals(0.0, valueAt(d, e, 200, 0.1, 1));
        assertThrows(ParameterException.class,
                () -> input("section", Map.of("t_start", 10.0, "t_end", 5.0), e));
    }

    @Test
    void rampIsLinearInItsWindow() {
        NeuronGroup e = lif(1);
        InputDrive d = input("ramp", Map.of("c_start", 1.0, "c_end", 3.0, "t_start", 5.0, "t_end", 15.0), e);
        assertEquals(0.0, valueAt(d, e, 49, 0.1, 0));
        assertEquals(1.0, valueAt(d, e, 50, 0.1, 0), 1e-12);
        assertEquals(2.0, valueAt(d, e, 100, 0.1, 0), 1e-12);
        assertEquals(2.98, valueAt(d, e, 149, 0.1, 0), 1e-12);
        assertEquals(0.0, valueAt(d, e, 150, 0.1, 0));
    }

    @Test
    void sinusoidStartsItsPhaseAtTStart() {
        NeuronGroup e = lif(1);
        InputDrive d = input("sinusoid", Map.of("amplitude", 2.0, "frequency", 50.0, "t_start", 10.0), e);
        // f = 50 Hz: period 20 ms; a quarter period after t_start the sine is at its maximum.
        assertEquals(0.0, valueAt(d, e, 100, 0.1, 0), 1e-12);
        assertEquals(2.0, valueAt(d, e, 150, 0.1, 0), 1e-12);
        assertEquals(-2.0, valueAt(d, e, 250, 0.1, 0), 1e-12);
        assertEquals(2.0 * Math.sin(2 * Math.PI * 50.0 * (11.23 - 10.0) / 1000.0), valueAt(d, e, 1123, 0.01, 0), 1e-9);
        assertEquals(0.0, valueAt(d, e, 99, 0.1, 0));
        InputDrive biased = input("sinusoid", Map.of("amplitude", 2.0, "frequency", 50.0, "bias", 1.0), e);
        assertEquals(4.0, valueAt(biased, e, 50, 0.1, 0), 1e-12);
        assertEquals(0.0, valueAt(biased, e, 150, 0.1, 0), 1e-12);
        assertThrows(ParameterException.class, () -> input("sinusoid", Map.of("bias", 0.5), e));
    }

    @Test
    void ouIsEulerMaruyamaOnTheMembersNormalDraws() {
        NeuronGroup e = lif(3);
        OuInput d = (OuInput) input("ou", Map.of("mean", 2.0, "sigma", 0.5, "tau", 4.0), e);
        CounterRandom random = new CounterRandom(21);
        d.bindRandom(random, 6);
        d.reset();
        FixedStepContext ctx = new FixedStepContext(0.1);
        double[] x = {2.0, 2.0, 2.0};
        for (int s = 0; s < 50; s++) {
            java.util.Arrays.fill(e.input(), 0.0);
            d.update(ctx);
            for (int i = 0; i < 3; i++) {
                x[i] += 0.1 * (2.0 - x[i]) / 4.0 + 0.5 * Math.sqrt(0.1) * random.normal(6, i, s, 0);
                assertEquals(x[i], e.input()[i], 1e-12);
            }
            ctx.advance();
        }
        d.reset();
        assertEquals(2.0, d.values()[1]);
    }

    @Test
    void ouReachesItsStationaryLaw() {
        int n = 4000;
        NeuronGroup e = lif(n);
        OuInput d = (OuInput) input("ou", Map.of("mean", -1.0, "sigma", 2.0, "tau", 5.0), e);
        d.bindRandom(new CounterRandom(4), 1);
        FixedStepContext ctx = new FixedStepContext(0.1);
        for (int s = 0; s < 1000; s++) {
            d.update(ctx);
            ctx.advance();
        }
        double[] x = d.values();
        double mean = 0.0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double var = 0.0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        var /= n - 1;
        // The Euler-Maruyama chain's stationary variance: sigma^2 dt / (1 - (1 - dt/tau)^2) = sigma^2 tau/(2 - dt/tau).
        double stationary = 4.0 * 5.0 / (2.0 - 0.1 / 5.0);
        assertEquals(-1.0, mean, 3 * Math.sqrt(stationary / n));
        assertEquals(stationary, var, 3 * stationary * Math.sqrt(2.0 / n));
    }

    @Test
    void wienerGivesSigmaTimesTheIncrementOfEachStep() {
        NeuronGroup e = lif(2000);
        InputDrive d = input("wiener", Map.of("sigma", 3.0, "t_start", 1.0), e);
        CounterRandom random = new CounterRandom(8);
        ((WienerInput) d).bindRandom(random, 3);
        assertEquals(0.0, valueAt(d, e, 9, 0.1, 0));
        FixedStepContext ctx = new FixedStepContext(0.04);
        for (int s = 0; s < 25; s++) {
            ctx.advance();
        }
        d.update(ctx);
        double sum = 0.0;
        for (int i = 0; i < 2000; i++) {
            assertEquals(3.0 * Math.sqrt(0.04) * random.normal(3, i, 25, 0), e.input()[i], 1e-12);
            sum += e.input()[i] * e.input()[i];
        }
        assertEquals(9.0 * 0.04, sum / 2000, 3 * 9.0 * 0.04 * Math.sqrt(2.0 / 2000));
    }

    @Test
    void poissonInputAddsWeightTimesBinomialCountsToAMergedConductance() {
        int n = 2000;
        NeuronGroup e = lif(n);
        // An identical synapse is already there (the recurrent AMPA of the decision-making network).
        PostSynapse existing = e.attach(PostSynapse.of(new Expon(n, 2.0), new Coba(0.0)));
        PoissonInput d = (PoissonInput) input("PoissonInput",
                Map.of("num_input", 1000.0, "freq", 2.4, "weight", 2.1), e);
        assertSame(existing, d.synapse());
        assertEquals(1, e.synapses().size());
        d.bindRandom(new CounterRandom(17), 2);
        double[] g = existing.target();
        FixedStepContext ctx = new FixedStepContext(0.1);
        double total = 0.0;
        int steps = 1000;
        for (int s = 0; s < steps; s++) {
            java.util.Arrays.fill(g, 0.0);
            d.update(ctx);
            for (int i = 0; i < n; i++) {
                double k = g[i] / 2.1;
                assertEquals(Math.rint(k), k, 1e-9, "a whole number of input spikes");
                total += g[i];
            }
            ctx.advance();
        }
        double p = 2.4 * 0.1 / 1000.0;
        double trials = (double) n * steps * 1000;
        // Mean increment weight n p per member and step, within 3 sigma of the sum of n*steps binomials.
        assertEquals(2.1 * trials * p, total, 3 * 2.1 * Math.sqrt(trials * p * (1 - p)));
    }

    @Test
    void countsAreIndependentBinomialsOnEveryBranch() {
        // Skipping ahead (1000 x 2.4 Hz, P(0) = 0.79; 20 x 300 Hz, P(0) = 0.54), inversion every step (20 x 800 Hz),
        // inversion of the complement (p = 0.6) and the normal approximation (np = 100); dt = 0.1 ms.
        double[][] cases = {{1000, 2.4}, {20, 300}, {20, 800}, {20, 6000}, {10000, 100}};
        int members = 400;
        int steps = 250;
        for (double[] c : cases) {
            int n = (int) c[0];
            double p = c[1] * 0.1 / 1000.0;
            NeuronGroup e = lif(members);
            PoissonInput d = (PoissonInput) input("PoissonInput",
                    Map.of("num_input", c[0], "freq", c[1], "tau", 5.0), e);
            d.bindRandom(new CounterRandom(99), 5);
            double[] g = d.synapse().target();
            int[] previous = new int[members];
            FixedStepContext ctx = new FixedStepContext(0.1);
            double sum = 0.0;
            double sq = 0.0;
            long zeros = 0;
            long bothPositive = 0;
            for (int s = 0; s < steps; s++) {
                java.util.Arrays.fill(g, 0.0);
                d.update(ctx);
                for (int i = 0; i < members; i++) {
                    int k = (int) g[i];
                    assertEquals(k, g[i], 0.0);
                    assertTrue(k >= 0 && k <= n);
                    sum += k;
                    sq += (double) k * k;
                    zeros += k == 0 ? 1 : 0;
                    bothPositive += s > 0 && k > 0 && previous[i] > 0 ? 1 : 0;
                    previous[i] = k;
                }
                ctx.advance();
            }
            String label = n + " x " + c[1] + " Hz";
            double samples = (double) members * steps;
            double mean = sum / samples;
            double var = sq / samples - mean * mean;
            double expMean = n * p;
            double expVar = n * p * (1 - p);
            assertEquals(expMean, mean, 3 * Math.sqrt(expVar / samples), "mean, " + label);
            // The sample variance of counts with mean m has a relative spread of about sqrt((2 + 1/m)/N).
            assertEquals(expVar, var, 4 * expVar * Math.sqrt((2 + 1 / expMean) / samples), "variance, " + label);
            double p0 = Math.pow(1 - p, n);
            assertEquals(p0, zeros / samples, 3 * Math.sqrt(p0 * (1 - p0) / samples) + 1e-12, "P(0), " + label);
            // Successive steps of a member are independent.
            double pairs = (double) members * (steps - 1);
            double both = (1 - p0) * (1 - p0);
            assertEquals(both, bothPositive / pairs, 3 * Math.sqrt(both * (1 - both) / pairs) + 1e-12,
                    "P(K_t > 0, K_t+1 > 0), " + label);
        }
    }

    @Test
    void directDrawsHaveTheBinomialMean() {
        NeuronGroup e = lif(1);
        PoissonInput d = (PoissonInput) input("PoissonInput", Map.of("num_input", 20.0, "freq", 300.0), e);
        d.bindRandom(new CounterRandom(3), 1);
        double sum = 0.0;
        for (int s = 0; s < 20000; s++) {
            sum += d.count(s % 3, s, 0.1);
        }
        double np = 20 * 0.03;
        assertEquals(np, sum / 20000, 3 * Math.sqrt(np * 0.97 / 20000));
    }

    @Test
    void aResetStartsTheSkippingAfresh() {
        NeuronGroup e = lif(50);
        PoissonInput d = (PoissonInput) input("PoissonInput", Map.of("num_input", 1000.0, "freq", 2.4), e);
        d.bindRandom(new CounterRandom(8), 2);
        double[] g = d.synapse().target();
        double[][] runs = new double[2][];
        for (int r = 0; r < 2; r++) {
            d.reset();
            FixedStepContext ctx = new FixedStepContext(0.1);
            double[] total = new double[50];
            for (int s = 0; s < 300; s++) {
                java.util.Arrays.fill(g, 0.0);
                d.update(ctx);
                for (int i = 0; i < 50; i++) {
                    total[i] += g[i];
                }
                ctx.advance();
            }
            runs[r] = total;
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(runs[0], runs[1]);
    }

    @Test
    void poissonInputNeedsATargetThatTakesSynapticInput() {
        NeuronGroup source = (NeuronGroup) new NeuronModels().create("PoissonGroup", "p", 5, Parameters.empty());
        assertThrows(ModelException.class,
                () -> input("PoissonInput", Map.of("num_input", 10.0, "freq", 5.0), source));
        assertThrows(ParameterException.class,
                () -> input("PoissonInput", Map.of("num_input", 10.5), lif(1)));
    }
}
