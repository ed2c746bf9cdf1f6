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
 * Independent references for the conductance and polynomial neuron tests: the equations written out again in each
 * test, integrated by Hipparchus' 8th-order Dormand–Prince at 1e-11 tolerances, upward crossings of V_th (component 0)
 * located by bisection on its dense output.
 */
final class OdeReference {

    /** A right-hand side under constant input. */
    interface Rhs {
        double[] derivatives(double[] y);
    }

    private OdeReference() {
    }

    static List<Double> spikes(Rhs rhs, double[] y0, double vTh, double duration) {
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
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12, 1.0, 1e-11, 1e-11);
        List<Double> spikes = new ArrayList<>();
        integrator.addStepHandler(new ODEStepHandler() {
            @Override
            public void handleStep(ODEStateInterpolator ip) {
                double t0 = ip.getPreviousState().getTime();
                double t1 = ip.getCurrentState().getTime();
                if (ip.getPreviousState().getPrimaryState()[0] < vTh
                        && ip.getCurrentState().getPrimaryState()[0] >= vTh) {
                    double lo = t0;
                    double hi = t1;
                    for (int k = 0; k < 80; k++) {
                        double mid = 0.5 * (lo + hi);
                        if (ip.getInterpolatedState(mid).getPrimaryState()[0] < vTh) {
                            lo = mid;
                        } else {
                            hi = mid;
                        }
                    }
                    spikes.add(0.5 * (lo + hi));
                }
            }
        });
        integrator.integrate(ode, new ODEState(0.0, y0.clone()), duration);
        return spikes;
    }

    /** Spike times of neuron 0 under constant current: the end of the step in which V crossed V_th. */
    static List<Double> simulate(NeuronGroup pop, double current, double dt, double duration) {
        FixedStepContext ctx = new FixedStepContext(dt);
        List<Double> out = new ArrayList<>();
        long steps = Math.round(duration / dt);
        for (long s = 0; s < steps; s++) {
            pop.input()[0] += current;
            pop.update(ctx);
            if (pop.spikes()[0]) {
                out.add(ctx.t() + dt);
            }
            ctx.advance();
        }
        return out;
    }

    /** Mean inter-spike interval of the spikes after {@code after} ms (NaN with fewer than two). */
    static double period(List<Double> spikes, double after) {
        List<Double> late = new ArrayList<>();
        for (double t : spikes) {
            if (t > after) {
                late.add(t);
            }
        }
        if (late.size() < 2) {
            return Double.NaN;
        }
        return (late.get(late.size() - 1) - late.get(0)) / (late.size() - 1);
    }
}
