package org.brainj.analysis.internal.slowpoints;

import org.brainj.api.analysis.AnalyzableModel;

/**
 * The loss minimised by the slow-point finder: q(x) = ½|F(x)|² for a flow dx/dt = F(x), or q(x) = ½|F(x) − x|² for a
 * map x ↦ F(x), with gradient ∇q = J_rᵀ r for the residual r (J_r = J for a flow, J − I for a map). Jᵀr comes from
 * the model's {@link VectorJacobianProduct} when it has one, else from its analytic Jacobian, else from a central
 * difference Jacobian. One instance per thread: it owns its scratch buffers.
 */
final class SlowPointProblem implements Objective {

    /** Central-difference step relative to max(1, |x_j|): ε^(1/3) balances truncation and round-off. */
    private static final double CENTRAL_STEP = Math.cbrt(Math.ulp(1.0));

    private final AnalyzableModel model;
    private final double[] params;
    private final boolean discrete;
    private final int n;
    private final double[] r;
    private final double[] jac;
    private final double[] plus;
    private final double[] minus;
    private final double[] probe;
    private final VectorJacobianProduct vjp;

    SlowPointProblem(AnalyzableModel model, double[] params, boolean discrete) {
        this.model = model;
        this.params = params;
        this.discrete = discrete;
        this.n = model.variables().size();
        this.r = new double[n];
        this.vjp = model instanceof VectorJacobianProduct p ? p : null;
        this.jac = vjp == null ? new double[n * n] : null;
        this.plus = new double[n];
        this.minus = new double[n];
        this.probe = new double[n];
    }

    @Override
    public int dimension() {
        return n;
    }

    /** @return q at x (the residual is left in the scratch buffer) */
    double value(double[] x) {
        residual(x, r);
        double q = 0.0;
        for (int i = 0; i < n; i++) {
            q += r[i] * r[i];
        }
        return 0.5 * q;
    }

    private void residual(double[] x, double[] out) {
        model.derivatives(x, params, out);
        if (discrete) {
            for (int i = 0; i < n; i++) {
                out[i] -= x[i];
            }
        }
    }

    @Override
    public double valueAndGradient(double[] x, double[] grad) {
        double q = value(x);
        if (!Double.isFinite(q)) {
            java.util.Arrays.fill(grad, Double.NaN);
            return Double.POSITIVE_INFINITY;
        }
        if (vjp != null) {
            vjp.vectorJacobian(x, params, r, grad);
        } else {
            jacobian(x, jac);
            java.util.Arrays.fill(grad, 0.0);
            for (int i = 0; i < n; i++) {
                double ri = r[i];
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    grad[j] += jac[row + j] * ri;
                }
            }
        }
        if (discrete) {
            for (int i = 0; i < n; i++) {
                grad[i] -= r[i];
            }
        }
        return q;
    }

    /**
     * The Jacobian of the model's F (of the flow, or of the map — not of the residual) at x: analytic when the model
     * gives it, else central differences with step ε^(1/3)·max(1, |x_j|).
     *
     * @param x   the point (not modified)
     * @param out receives J row-major (modified)
     * @return true when it was analytic
     */
    boolean jacobian(double[] x, double[] out) {
        if (model.jacobian(x, params, out)) {
            return true;
        }
        System.arraycopy(x, 0, probe, 0, n);
        for (int j = 0; j < n; j++) {
            double h = CENTRAL_STEP * Math.max(1.0, Math.abs(x[j]));
            probe[j] = x[j] + h;
            double up = probe[j];
            model.derivatives(probe, params, plus);
            probe[j] = x[j] - h;
            double width = up - probe[j]; // the steps actually taken after rounding
            model.derivatives(probe, params, minus);
            probe[j] = x[j];
            for (int i = 0; i < n; i++) {
                out[i * n + j] = (plus[i] - minus[i]) / width;
            }
        }
        return false;
    }
}
