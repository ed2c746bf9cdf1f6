package org.brainj.integrators.internal;

import org.brainj.api.integrate.OdeSystem;

/** Population test systems in the shape of the model zoo, with analytic diagonals. */
final class LifSystems {

    private LifSystems() {
    }

    /** τ dV/dt = −(V − V<sub>rest</sub>) + R I per neuron, constant input, no reset. */
    static final class Lif implements OdeSystem {
        final int n;
        final double tau;
        final double vRest;
        final double ri;

        Lif(int n, double tau, double vRest, double ri) {
            this.n = n;
            this.tau = tau;
            this.vRest = vRest;
            this.ri = ri;
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public void derivatives(double t, double[] v, double[] dvdt) {
            double inv = 1.0 / tau;
            for (int i = 0; i < n; i++) {
                dvdt[i] = (ri - (v[i] - vRest)) * inv;
            }
        }

        @Override
        public boolean diagonalJacobian(double t, double[] v, double[] diag) {
            java.util.Arrays.fill(diag, 0, n, -1.0 / tau);
            return true;
        }

        /** @return V(t) from V(0) = v0 */
        double exact(double v0, double t) {
            double vInf = vRest + ri;
            return vInf + (v0 - vInf) * Math.exp(-t / tau);
        }
    }

    /**
     * HH-style gating variables dx/dt = α(V)(1 − x) − β(V)x with the potassium n-gate rates and V fixed per
     * element; the rates are precomputed, as a neuron model does once per step for all its gates.
     */
    static final class Gates implements OdeSystem {
        final int n;
        final double[] alpha;
        final double[] beta;

        Gates(int n) {
            this.n = n;
            this.alpha = new double[n];
            this.beta = new double[n];
            for (int i = 0; i < n; i++) {
                double v = -80.0 + 60.0 * i / Math.max(1, n - 1) + 1e-7;
                alpha[i] = 0.01 * (v + 55.0) / (1.0 - Math.exp(-(v + 55.0) / 10.0));
                beta[i] = 0.125 * Math.exp(-(v + 65.0) / 80.0);
            }
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public void derivatives(double t, double[] x, double[] dxdt) {
            for (int i = 0; i < n; i++) {
                dxdt[i] = alpha[i] * (1.0 - x[i]) - beta[i] * x[i];
            }
        }

        @Override
        public boolean diagonalJacobian(double t, double[] x, double[] diag) {
            for (int i = 0; i < n; i++) {
                diag[i] = -(alpha[i] + beta[i]);
            }
            return true;
        }
    }
}
