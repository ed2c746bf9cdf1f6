package org.brainj.trainers.internal.linear;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ParameterException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * L2-regularised binary logistic regression by Newton's method / iteratively reweighted least squares (BrainPy's
 * {@code LogisticRegression} with its Newton solver), one column of targets at a time (one-vs-rest for several).
 * Targets are labels 0 or 1 (or probabilities in [0, 1]); the readout gives logits, p = σ([x 1]·w). Minimises
 * <pre>  −Σ_i [y_i log p_i + (1 − y_i) log(1 − p_i)] + (α/2) ‖w_features‖²</pre>
 * with Newton steps H Δ = −∇, H = AᵀSA + αD, S = diag(p(1 − p)), solved with EJML's Cholesky; stops when the
 * step's largest entry is below {@code tol}.
 */
public final class LogisticRegression {

    private LogisticRegression() {
    }

    /**
     * @param data     design with targets in [0, 1]
     * @param alpha    L2 penalty α ≥ 0 (α &gt; 0 keeps separable data finite)
     * @param maxIter  most Newton steps
     * @param tol      step tolerance
     * @return weights m × (d + 1), bias last, giving logits
     */
    public static double[] fit(Design data, double alpha, int maxIter, double tol) {
        if (!(alpha >= 0.0) || Double.isInfinite(alpha)) {
            throw new ParameterException("alpha", String.valueOf(alpha), "must be >= 0 and finite");
        }
        int n = data.n();
        int d = data.d();
        int m = data.m();
        for (int k = 0; k < data.y().length; k++) {
            double v = data.y()[k];
            if (!(v >= 0.0 && v <= 1.0)) {
                throw new ParameterException("target[" + k / m + "][" + k % m + "]", String.valueOf(v),
                        "logistic regression needs labels 0/1 or probabilities in [0, 1]");
            }
        }
        int p = d + 1;
        DMatrixRMaj a = LeastSquares.augmented(data);
        double[] w = new double[m * p];
        double[] beta = new double[p];
        double[] grad = new double[p];
        DMatrixRMaj h = new DMatrixRMaj(p, p);
        DMatrixRMaj g = new DMatrixRMaj(p, 1);
        DMatrixRMaj step = new DMatrixRMaj(p, 1);
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.symmPosDef(p);
        for (int o = 0; o < m; o++) {
            java.util.Arrays.fill(beta, 0.0);
            boolean converged = false;
            for (int it = 0; it < maxIter && !converged; it++) {
                java.util.Arrays.fill(grad, 0.0);
                h.zero();
                for (int r = 0; r < n; r++) {
                    int base = r * p;
                    double z = 0.0;
                    for (int j = 0; j < p; j++) {
                        z += a.data[base + j] * beta[j];
                    }
                    double pr = 1.0 / (1.0 + Math.exp(-z));
                    double e = pr - data.y()[r * m + o];
                    double s = pr * (1.0 - pr);
                    for (int j = 0; j < p; j++) {
                        double aj = a.data[base + j];
                        grad[j] += e * aj;
                        double saj = s * aj;
                        for (int k = j; k < p; k++) {
                            h.data[j * p + k] += saj * a.data[base + k];
                        }
                    }
                }
                for (int j = 0; j < p; j++) {
                    if (j < d) {
                        grad[j] += alpha * beta[j];
                        h.data[j * p + j] += alpha;
                    }
                    for (int k = 0; k < j; k++) {
                        h.data[j * p + k] = h.data[k * p + j];
                    }
                    g.data[j] = grad[j];
                }
                // A tiny ridge keeps the Hessian invertible where every p(1 − p) underflows (separable data, α = 0).
                for (int j = 0; j < p; j++) {
                    h.data[j * p + j] += 1e-12;
                }
                if (!chol.setA(h)) {
                    throw new BrainjException("logistic regression: the Hessian of target " + o
                            + " is not positive definite at Newton step " + it + "; use alpha > 0");
                }
                chol.solve(g, step);
                double max = 0.0;
                for (int j = 0; j < p; j++) {
                    beta[j] -= step.data[j];
                    max = Math.max(max, Math.abs(step.data[j]));
                }
                converged = max < tol;
            }
            if (!converged) {
                throw new BrainjException("logistic regression did not converge in " + maxIter
                        + " Newton steps for target " + o + "; the classes may be separable: use alpha > 0");
            }
            System.arraycopy(beta, 0, w, o * p, p);
        }
        LeastSquares.checkFinite(w, "logistic regression");
        return w;
    }
}
