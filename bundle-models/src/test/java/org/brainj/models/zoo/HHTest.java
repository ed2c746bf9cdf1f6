package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.DivergenceException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.NeuronModels;
import org.brainj.models.testing.FixedStepContext;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HHTest {

    private static final double CURRENT = 10.0;
    private static List<Double> reference;

    // Independent reference: the textbook rates written out again, the ODE integrated by Hipparchus' 8th-order
    // Dormand-Prince at 1e-12 tolerances, spike times located by bisection on its dense output.
    private static double am(double v) {
        double x = v + 40.0;
        return Math.abs(x) < 1e-9 ? 1.0 : 0.1 * x / (1.0 - Math.exp(-x / 10.0));
    }

    private static double bm(double v) {
        return 4.0 * Math.exp(-(v + 65.0) / 18.0);
    }

    private static double ah(double v) {
        return 0.07 * Math.exp(-(v + 65.0) / 20.0);
    }

    private static double bh(double v) {
        return 1.0 / (1.0 + Math.exp(-(v + 35.0) / 10.0));
    }

    private static double an(double v) {
        double x = v + 55.0;
        return Math.abs(x) < 1e-9 ? 0.1 : 0.01 * x / (1.0 - Math.exp(-x / 10.0));
    }

    private static double bn(double v) {
        return 0.125 * Math.exp(-(v + 65.0) / 80.0);
    }

    @BeforeAll
    static void integrateReference() {
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 4;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double v = y[0];
                double m = y[1];
                double h = y[2];
                double n = y[3];
                return new double[] {
                    -120.0 * m * m * m * h * (v - 50.0) - 36.0 * n * n * n * n * (v + 77.0) - 0.03 * (v + 54.387)
                            + CURRENT,
                    am(v) * (1 - m) - bm(v) * m, ah(v) * (1 - h) - bh(v) * h, an(v) * (1 - n) - bn(v) * n};
            }
        };
        double v0 = -65.0;
        double[] y0 = {v0, am(v0) / (am(v0) + bm(v0)), ah(v0) / (ah(v0) + bh(v0)), an(v0) / (an(v0) + bn(v0))};
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12, 1.0, 1e-12, 1e-12);
        List<Double> spikes = new ArrayList<>();
        integrator.addStepHandler(new ODEStepHandler() {
            @Override
            public void handleStep(ODEStateInterpolator ip) {
                double t0 = ip.getPreviousState().getTime();
                double t1 = ip.getCurrentState().getTime();
                if (ip.getPreviousState().getPrimaryState()[0] < 20.0
                        && ip.getCurrentState().getPrimaryState()[0] >= 20.0) {
                    double lo = t0;
                    double hi = t1;
                    for (int k = 0; k < 80; k++) {
                        double mid = 0.5 * (lo + hi);
                        if (ip.getInterpolatedState(mid).getPrimaryState()[0] < 20.0) {
                            lo = mid;
                        } else {
                            hi = mid;
                        }
                    }
                    spikes.add(0.5 * (lo + hi));
                }
            }
        });
        integrator.integrate(ode, new ODEState(0.0, y0), 80.0);
        reference = spikes;
    }

    private static HH hh(Map<String, Double> params) {
        return (HH) new NeuronModels().create("HH", "hh", 1, Parameters.of(params));
    }

    /** Spike times of one neuron under constant current: the end of the step in which V crossed V_th. */
    private static List<Double> spikeTimes(HH pop, double dt, double duration) {
        FixedStepContext ctx = new FixedStepContext(dt);
        List<Double> out = new ArrayList<>();
        long steps = Math.round(duration / dt);
        for (long s = 0; s < steps; s++) {
            pop.input()[0] += CURRENT;
            pop.update(ctx);
            if (pop.spikes()[0]) {
                out.add(ctx.t() + dt);
            }
            ctx.advance();
        }
        return out;
    }

    @Test
    void referenceFiresRepetitively() {
        // Sanity of the reference itself: tonic firing at I = 10 uA/cm^2 with a period of about 14.3 ms.
        assertEquals(6, reference.size(), reference.toString());
        double period = (reference.get(5) - reference.get(1)) / 4.0;
        assertEquals(14.3, period, 0.2);
    }

    @Test
    void defaultsAreBrainPys() {
        HH pop = hh(Map.of());
        assertEquals(-65.0, pop.potential()[0]);
        assertEquals("uA/cm^2", pop.inputUnit());
        assertEquals(List.of("V", "m", "h", "n"), pop.state().stream().map(s -> s.name()).toList());
        // Gates start at their steady state for V0.
        assertEquals(am(-65) / (am(-65) + bm(-65)), pop.variable("m")[0], 1e-15);
        assertEquals(ah(-65) / (ah(-65) + bh(-65)), pop.variable("h")[0], 1e-15);
        assertEquals(an(-65) / (an(-65) + bn(-65)), pop.variable("n")[0], 1e-15);
        assertThrows(ParameterException.class, () -> hh(Map.of("g_KK", 1.0)));
        assertThrows(ParameterException.class, () -> hh(Map.of("C", 0.0)));
    }

    @Test
    void gatesFollowAnInitialisedPotentialUnlessInitialisedThemselves() {
        HH pop = hh(Map.of());
        pop.initialize("V", Initializer.constant(-70.0));
        pop.initialize("h", Initializer.constant(0.25));
        pop.reset();
        assertEquals(am(-70) / (am(-70) + bm(-70)), pop.variable("m")[0], 1e-15);
        assertEquals(0.25, pop.variable("h")[0]);
        assertEquals(an(-70) / (an(-70) + bn(-70)), pop.variable("n")[0], 1e-15);
    }

    @Test
    void restingPotentialSettlesNearMinus65() {
        // The 1952 model (g_L = 0.3 mS/cm^2, E_L chosen for it) rests at -65 mV.
        assertEquals(-65.0, rest(Map.of("g_L", 0.3)), 0.05);
        // BrainPy's default g_L = 0.03 (one tenth of Hodgkin and Huxley's) rests lower (rk4 at dt = 0.01 agrees).
        assertEquals(-70.676, rest(Map.of()), 0.005);
    }

    private static double rest(Map<String, Double> params) {
        HH pop = hh(params);
        FixedStepContext ctx = new FixedStepContext(0.01);
        for (int s = 0; s < 20000; s++) {
            pop.update(ctx);
            assertFalse(pop.spikes()[0], "no spike at rest");
            ctx.advance();
        }
        return pop.potential()[0];
    }

    @Test
    void firstSpikeMatchesTheReferenceAtSmallStep() {
        List<Double> native01 = spikeTimes(hh(Map.of()), 0.01, 80.0);
        assertEquals(reference.size(), native01.size(), native01.toString());
        assertEquals(reference.get(0), native01.get(0), 0.05);
        // The period too: exponential Euler is first order, 0.5 % of the period at dt = 0.01 ms.
        double period = (native01.get(5) - native01.get(1)) / 4.0;
        double refPeriod = (reference.get(5) - reference.get(1)) / 4.0;
        assertEquals(refPeriod, period, 0.01 * refPeriod);
    }

    @Test
    void errorAtTheBenchmarkStepIsFirstOrder() {
        // Exponential Euler is a first-order method: the spike-time error grows like C dt. At dt = 0.01 ms the
        // first spike is C * 0.01 + (quantisation < dt) late with C about 4 ms/ms, so at dt = 0.1 ms it must lie
        // within 5 * 0.1 = 0.5 ms, and the error must have grown between 5 and 20 times (not 100: second order;
        // not 1: a dt-independent bias).
        double e01 = spikeTimes(hh(Map.of()), 0.01, 30.0).get(0) - reference.get(0);
        double e1 = spikeTimes(hh(Map.of()), 0.1, 30.0).get(0) - reference.get(0);
        assertTrue(Math.abs(e1) < 0.5, "first spike off by " + e1 + " ms at dt = 0.1");
        double ratio = e1 / e01;
        assertTrue(ratio > 5.0 && ratio < 20.0, "error ratio " + ratio + " (" + e01 + ", " + e1 + ")");
    }

    @Test
    void rk4ThroughThePlatformIntegratorsMatchesTheReference() {
        HH pop = hh(Map.of());
        pop.useMethod("rk4");
        assertEquals("rk4", pop.method());
        List<Double> spikes = spikeTimes(pop, 0.01, 80.0);
        assertEquals(reference.size(), spikes.size());
        for (int k = 0; k < spikes.size(); k++) {
            // Fourth order: only the step quantisation (the crossing lies within the step) remains.
            double lag = spikes.get(k) - reference.get(k);
            assertTrue(lag >= -1e-3 && lag <= 0.011, "spike " + k + " off by " + lag + " ms");
        }
    }

    @Test
    void oneSpikePerActionPotential() {
        HH pop = hh(Map.of());
        List<Double> spikes = spikeTimes(pop, 0.01, 80.0);
        for (int k = 1; k < spikes.size(); k++) {
            assertTrue(spikes.get(k) - spikes.get(k - 1) > 10.0, "spikes " + spikes);
        }
    }

    @Test
    void nanInputIsReportedAsDivergenceOfV() {
        HH pop = (HH) new NeuronModels().create("HH", "hh", 3, Parameters.empty());
        FixedStepContext ctx = new FixedStepContext(0.01);
        pop.input()[2] = Double.NaN;
        DivergenceException e = assertThrows(DivergenceException.class, () -> pop.update(ctx));
        assertEquals("V", e.variable());
        assertEquals(2, e.index());
        assertEquals("hh", e.population());
    }
}
