package org.brainj.models.zoo;

import java.util.ArrayList;
import java.util.List;

import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.testing.FixedStepContext;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Trajectories for the rate-model tests: the model stepped under constant input, and an independent reference (the
 * equations written out again in the test, Hipparchus' 8th-order Dormand–Prince at 1e-11 tolerances) sampled on the
 * same grid through its dense output.
 */
final class RateTraces {

    private RateTraces() {
    }

    /**
     * @return variable {@code var} of member {@code index} after each of round(duration/dt) steps under constant
     *     input {@code current} to every member
     */
    static double[] run(NeuronGroup pop, String var, int index, double current, double dt, double duration) {
        FixedStepContext ctx = new FixedStepContext(dt);
        int steps = (int) Math.round(duration / dt);
        double[] out = new double[steps];
        double[] values = pop.variable(var);
        for (int s = 0; s < steps; s++) {
            if (current != 0.0) {
                double[] in = pop.input();
                for (int i = 0; i < in.length; i++) {
                    in[i] += current;
                }
            }
            pop.update(ctx);
            out[s] = values[index];
            ctx.advance();
        }
        return out;
    }

    /** The reference: component {@code component} at t = dt, 2 dt, ..., like {@link #run}. */
    static double[] reference(OdeReference.Rhs rhs, double[] y0, int component, double dt, double duration) {
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return y0.length;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return rhs.derivatives(y);
            }
        };
        int steps = (int) Math.round(duration / dt);
        double[] out = new double[steps];
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12, 1.0, 1e-11, 1e-11);
        integrator.addStepHandler(new ODEStepHandler() {
            private int next;

            @Override
            public void handleStep(ODEStateInterpolator ip) {
                double t1 = ip.getCurrentState().getTime();
                while (next < steps && (next + 1) * dt <= t1 + 1e-9) {
                    double t = Math.min((next + 1) * dt, t1);
                    out[next++] = ip.getInterpolatedState(t).getPrimaryState()[component];
                }
            }
        });
        integrator.integrate(ode, new ODEState(0.0, y0.clone()), steps * dt);
        return out;
    }

    /** Upward crossings of {@code level} by samples taken at t = dt, 2 dt, ..., located by linear interpolation. */
    static List<Double> upCrossings(double[] samples, double dt, double level) {
        List<Double> times = new ArrayList<>();
        for (int s = 1; s < samples.length; s++) {
            double a = samples[s - 1] - level;
            double b = samples[s] - level;
            if (a < 0.0 && b >= 0.0) {
                times.add(dt * (s + a / (a - b)));
            }
        }
        return times;
    }

    /** Mean period of the upward crossings of the mid-range level of samples [from, end). */
    static double period(double[] samples, double dt, double from) {
        int first = (int) Math.round(from / dt);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = first; s < samples.length; s++) {
            lo = Math.min(lo, samples[s]);
            hi = Math.max(hi, samples[s]);
        }
        double[] tail = java.util.Arrays.copyOfRange(samples, first, samples.length);
        List<Double> up = upCrossings(tail, dt, 0.5 * (lo + hi));
        if (up.size() < 2) {
            return Double.NaN;
        }
        return (up.get(up.size() - 1) - up.get(0)) / (up.size() - 1);
    }

    /** max − min of samples [from, end). */
    static double amplitude(double[] samples, double dt, double from) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = (int) Math.round(from / dt); s < samples.length; s++) {
            lo = Math.min(lo, samples[s]);
            hi = Math.max(hi, samples[s]);
        }
        return hi - lo;
    }
}
