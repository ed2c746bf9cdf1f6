package org.brainj.trainers.internal.linear;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ParameterException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Linear least squares and ridge regression with EJML (BrainPy's {@code LinearRegression} and
 * {@code RidgeRegression}), with an intercept that is never penalised.
 *
 * <ul>
 * <li>Least squares (α = 0): min ‖[X 1] Wᵀ − Y‖², solved by a column-pivoted QR of the design matrix, which handles
 * rank-deficient designs (the minimum-norm-like basic solution) without squaring the condition number.</li>
 * <li>Ridge (α &gt; 0): min ‖[X 1] Wᵀ − Y‖² + α ‖W_features‖², i.e. the normal equations
 * (AᵀA + α D) Wᵀ = AᵀY with A = [X 1] and D = diag(1, …, 1, 0), solved by Cholesky; should the Gram matrix not be
 * positive definite to working precision, by the pseudo-inverse, as BrainPy's {@code pinv} does.</li>
 * </ul>
 */
public final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * @param data  the design
     * @param alpha the ridge penalty α ≥ 0; 0 for ordinary least squares
     * @return weights m × (d + 1), bias last
     */
    public static double[] fit(Design data, double alpha) {
        if (!(alpha >= 0.0) || Double.isInfinite(alpha)) {
            throw new ParameterException("alpha", String.valueOf(alpha), "must be >= 0 and finite");
        }
        int n = data.n();
        int d = data.d();
        int m = data.m();
        DMatrixRMaj a = augmented(data);
        DMatrixRMaj y = DMatrixRMaj.wrap(n, m, data.y().clone());
        DMatrixRMaj wt = new DMatrixRMaj(d + 1, m);
        if (alpha == 0.0) {
            LinearSolverDense<DMatrixRMaj> qr = LinearSolverFactory_DDRM.leastSquaresQrPivot(true, false);
            if (!qr.setA(a)) {
                throw new BrainjException("least squares: the QR decomposition of the " + n + " x " + (d + 1)
                        + " design failed");
            }
            qr.solve(y, wt);
        } else {
            DMatrixRMaj g = new DMatrixRMaj(d + 1, d + 1);
            CommonOps_DDRM.multTransA(a, a, g);
            for (int j = 0; j < d; j++) {
                g.add(j, j, alpha);
            }
            DMatrixRMaj b = new DMatrixRMaj(d + 1, m);
            CommonOps_DDRM.multTransA(a, y, b);
            LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.symmPosDef(d + 1);
            if (chol.setA(g.copy())) {
                chol.solve(b, wt);
            } else {
                LinearSolverDense<DMatrixRMaj> pinv = LinearSolverFactory_DDRM.pseudoInverse(true);
                pinv.setA(g);
                pinv.solve(b, wt);
            }
        }
        double[] w = new double[m * (d + 1)];
        for (int j = 0; j <= d; j++) {
            for (int o = 0; o < m; o++) {
                w[o * (d + 1) + j] = wt.get(j, o);
            }
        }
        checkFinite(w, alpha == 0.0 ? "least squares" : "ridge");
        return w;
    }

    /**
     * @param data the design
     * @return A = [X 1], n × (d + 1)
     */
    static DMatrixRMaj augmented(Design data) {
        int n = data.n();
        int d = data.d();
        DMatrixRMaj a = new DMatrixRMaj(n, d + 1);
        double[] x = data.x();
        double[] ad = a.data;
        for (int r = 0; r < n; r++) {
            System.arraycopy(x, r * d, ad, r * (d + 1), d);
            ad[r * (d + 1) + d] = 1.0;
        }
        return a;
    }

    static void checkFinite(double[] w, String method) {
        for (double v : w) {
            if (!Double.isFinite(v)) {
                throw new BrainjException(method + ": the solution has a non-finite weight (" + v
                        + "); the design is too ill-conditioned, use a larger alpha");
            }
        }
    }
}
