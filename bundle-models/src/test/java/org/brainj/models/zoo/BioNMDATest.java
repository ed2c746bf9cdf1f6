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
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

/**
 * BioNMDA's response to one presynaptic spike against the same ODE integrated by Hipparchus' 8th-order
 * Dormand–Prince at 1e-12 tolerances, with [T] = 1 mM on [0, 0.5) ms and 0 after. ({@link OdeReference} locates
 * threshold crossings of a neuron; this test needs the trajectory at the grid times, so it calls Hipparchus
 * directly.)
 */
class BioNMDATest {

    private static final double ALPHA1 = 2.0;
    private static final double BETA1 = 0.01;
    private static final double ALPHA2 = 1.0;
    private static final double BETA2 = 0.5;
    private static final double T = 1.0;
    private static final double T_DUR = 0.5;

    private static BioNMDA synapse(int size, Map<String, Double> params) {
        return (BioNMDA) new SynapseModels().create("BioNMDA", "s", size, Parameters.of(params));
    }

    /** (g, x) at t = (k + 1) dt, k &lt; n, for one spike at t = 0: rows 0 (g) and 1 (x). */
    private static double[][] reference(double dt, int n) {
        double[] transmitter = {T};
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double g = y[0];
                double x = y[1];
                return new double[] {ALPHA1 * x * (1.0 - g) - BETA1 * g,
                        ALPHA2 * transmitter[0] * (1.0 - x) - BETA2 * x};
            }
        };
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12, 1.0, 1e-12, 1e-12);
        double[][] out = new double[2][n];
        ODEState at = new ODEState(0.0, new double[2]);
        for (int k = 0; k < n; k++) {
            double tNext = (k + 1) * dt;
            if (tNext > T_DUR + 1e-9 && transmitter[0] != 0.0) {
                // End the release exactly at T_dur, so that the jump of [T] falls on an integration boundary.
                if (at.getTime() < T_DUR) {
                    at = new ODEState(T_DUR, integrator.integrate(ode, at, T_DUR).getPrimaryState());
                }
                transmitter[0] = 0.0;
            }
            ODEStateAndDerivative r = integrator.integrate(ode, at, tNext);
            out[0][k] = r.getPrimaryState()[0];
            out[1][k] = r.getPrimaryState()[1];
            at = new ODEState(tNext, r.getPrimaryState());
        }
        return out;
    }

    /** One spike into member 1 at t = 0; rows 0 (g) and 1 (x) of member 1 after each of n steps. */
    private static double[][] simulate(BioNMDA s, double dt, int n) {
        FixedStepContext ctx = new FixedStepContext(dt);
        s.onSpikes(ctx, new int[] {1}, 1);
        double[][] out = new double[2][n];
        for (int k = 0; k < n; k++) {
            s.integrate(ctx, 0, s.size());
            out[0][k] = s.value()[1];
            out[1][k] = s.state().get(1).values()[1];
            assertEquals(0.0, s.value()[0]);
            ctx.advance();
        }
        return out;
    }

    private static double maxError(double[] a, double[] b) {
        double max = 0.0;
        for (int k = 0; k < a.length; k++) {
            max = Math.max(max, Math.abs(a[k] - b[k]));
        }
        return max;
    }

    @Test
    void oneSpikeFollowsTheDormandPrinceReferenceToFirstOrderInDt() {
        double duration = 100.0;
        double[] errors = new double[2];
        double[] dts = {0.01, 0.02};
        for (int j = 0; j < dts.length; j++) {
            double dt = dts[j];
            int n = (int) Math.round(duration / dt);
            double[][] ref = reference(dt, n);
            double[][] sim = simulate(synapse(3, Map.of()), dt, n);
            // x is integrated exactly with [T] held, and T_dur is a whole number of steps: only rounding remains.
            assertEquals(0.0, maxError(ref[1], sim[1]), 1e-10, "x, dt = " + dt);
            // g is exponential Euler with x frozen at the step start. The error that makes in g' is at most
            // alpha1 |x'| (t - t_n), and g's equation contracts, so the global error is at most
            // alpha1 (dt/2) TV(x), TV the total variation of x (0.70 here: up to 0.35 and back).
            double tv = Math.abs(ref[1][0]);
            for (int k = 1; k < n; k++) {
                tv += Math.abs(ref[1][k] - ref[1][k - 1]);
            }
            errors[j] = maxError(ref[0], sim[0]);
            assertTrue(errors[j] <= ALPHA1 * dt / 2.0 * tv, "g, dt = " + dt + ": " + errors[j] + " vs bound "
                    + ALPHA1 * dt / 2.0 * tv);
            // The response itself: a peak of about 0.8 near 4 ms, then the slow beta1 decay.
            double peak = 0.0;
            for (double g : sim[0]) {
                peak = Math.max(peak, g);
            }
            assertTrue(peak > 0.5 && peak < 1.0, "peak " + peak);
        }
        // First order: halving dt halves the error.
        double ratio = errors[1] / errors[0];
        assertTrue(ratio > 1.8 && ratio < 2.2, "error ratio " + ratio + " (" + errors[0] + ", " + errors[1] + ")");
    }

    @Test
    void theReleaseLastsTDurAndASecondSpikeRestartsIt() {
        BioNMDA s = synapse(1, Map.of());
        assertNull(s.arrivals());
        assertEquals("BioNMDA(alpha1=2.0, beta1=0.01, alpha2=1.0, beta2=0.5, T=1.0, T_dur=0.5)", s.identity());
        FixedStepContext ctx = new FixedStepContext(0.1);
        s.onSpikes(ctx, new int[] {0}, 1);
        double k = ALPHA2 * T + BETA2;
        double x = 0.0;
        for (int step = 0; step < 20; step++) {
            s.integrate(ctx, 0, 1);
            // Five release steps (starting at 0, ..., 0.4 ms), then free decay of x.
            x = step < 5 ? ALPHA2 * T / k + (x - ALPHA2 * T / k) * Math.exp(-k * 0.1) : x * Math.exp(-BETA2 * 0.1);
            assertEquals(x, s.state().get(1).values()[0], 1e-14, "step " + step);
            ctx.advance();
        }
        s.onSpikes(ctx, new int[] {0}, 1);
        assertEquals(2.0, s.state().get(2).values()[0], 1e-12);
        s.integrate(ctx, 0, 1);
        assertTrue(s.state().get(1).values()[0] > x, "a new release raises x");
        ModelException e = assertThrows(ModelException.class, () -> PostSynapse.of(s, new Coba(-70.0)));
        assertTrue(e.getMessage().contains("align-pre"));
    }

    @Test
    void badParametersAreRejectedByName() {
        for (String name : new String[] {"alpha1", "beta1", "alpha2", "beta2", "T", "T_dur"}) {
            ParameterException e = assertThrows(ParameterException.class, () -> synapse(1, Map.of(name, -1.0)));
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        ParameterException e = assertThrows(ParameterException.class, () -> synapse(1, Map.of("alpha", 1.0)));
        assertTrue(e.getMessage().contains("alpha1"), "lists the known names: " + e.getMessage());
    }

    @Test
    void resetForgetsStateAndArrivals() {
        BioNMDA s = synapse(3, Map.of());
        double[][] first = simulate(s, 0.1, 50);
        s.reset();
        assertEquals(0.0, s.value()[1]);
        assertEquals(0.0, s.state().get(1).values()[1]);
        assertEquals(LifRef.NEVER_SPIKED, s.state().get(2).values()[1]);
        // Without a new spike nothing is released after the reset.
        FixedStepContext ctx = new FixedStepContext(0.1);
        s.integrate(ctx, 0, 3);
        assertEquals(0.0, s.value()[1]);
        s.reset();
        double[][] again = simulate(s, 0.1, 50);
        assertEquals(0.0, maxError(first[0], again[0]), 0.0);
        assertEquals(0.0, maxError(first[1], again[1]), 0.0);
    }
}
