package org.brainj.integrators.internal;

import org.brainj.api.integrate.OdeSystem;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/** Test problems without closed forms, and an independent reference solution from Hipparchus. */
final class ReferenceSystems {

    private ReferenceSystems() {
    }

    /** Lorenz with the classical σ = 10, ρ = 28, β = 8/3. */
    static final class Lorenz implements OdeSystem {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            dydt[0] = 10.0 * (y[1] - y[0]);
            dydt[1] = y[0] * (28.0 - y[2]) - y[1];
            dydt[2] = y[0] * y[1] - 8.0 / 3.0 * y[2];
        }
    }

    /** Van der Pol x'' − μ(1 − x²)x' + x = 0 as a first-order system. */
    static final class VanDerPol implements OdeSystem {
        private final double mu;

        VanDerPol(double mu) {
            this.mu = mu;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            dydt[0] = y[1];
            dydt[1] = mu * (1.0 - y[0] * y[0]) * y[1] - y[0];
        }
    }

    /**
     * Solves with Hipparchus' Dormand–Prince 8(5,3) at tolerances 1e-13.
     *
     * @return y(end) from y(0) = y0
     */
    static double[] reference(OdeSystem system, double[] y0, double end) {
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return system.dimension();
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] out = new double[y.length];
                system.derivatives(t, y, out);
                return out;
            }
        };
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12, 1.0, 1e-13, 1e-13);
        ODEStateAndDerivative s = integrator.integrate(ode, new ODEState(0.0, y0.clone()), end);
        return s.getPrimaryState();
    }
}
