package org.brainj.trainers.internal.linear;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ParameterException;

/**
 * Lasso and elastic net by cyclic coordinate descent (Friedman, Hastie &amp; Tibshirani 2010, "Regularization paths
 * for generalized linear models via coordinate descent", eq. 5), each target column on its own, minimising
 * <pre>  (1/(2n)) ‖y − Xw − b‖² + α ρ ‖w‖₁ + (α (1 − ρ)/2) ‖w‖²</pre>
 * (scikit-learn's objective; ρ = l1_ratio, 1 for the lasso) with an unpenalised intercept b, handled by centring X
 * and y. Each coordinate step is the closed form
 * <pre>  w_j ← S(x_jᵀ r_j / n, αρ) / (x_jᵀ x_j / n + α(1 − ρ)),   S(z, t) = sign(z) max(|z| − t, 0)</pre>
 * with r_j the residual without feature j. Iterates until the largest weight change of a sweep is below
 * {@code tol} × the largest weight, or fails naming the iteration count.
 *
 * <p>BrainPy fits {@code LassoRegression} and {@code ElasticNetRegression} by plain gradient descent, which never
 * makes a weight exactly zero; coordinate descent reaches the exact sparse minimiser.
 */
public final class CoordinateDescent {

    private CoordinateDescent() {
    }

    /**
     * @param data     the design
     * @param alpha    overall penalty α ≥ 0
     * @param l1Ratio  share ρ of the L1 penalty, in [0, 1]
     * @param maxSweeps most passes over the features
     * @param tol      relative convergence tolerance
     * @return weights m × (d + 1), bias last
     * @throws BrainjException when it does not converge within maxSweeps
     */
    public static double[] fit(Design data, double alpha, double l1Ratio, int maxSweeps, double tol) {
        if (!(alpha >= 0.0) || Double.isInfinite(alpha)) {
            throw new ParameterException("alpha", String.valueOf(alpha), "must be >= 0 and finite");
        }
        if (!(l1Ratio >= 0.0 && l1Ratio <= 1.0)) {
            throw new ParameterException("l1_ratio", String.valueOf(l1Ratio), "must be in [0, 1]");
        }
        int n = data.n();
        int d = data.d();
        int m = data.m();
        double[] x = data.x();
        double[] mean = new double[d];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[r * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        // Column-major centred features: each coordinate step reads one column.
        double[] xc = new double[n * d];
        double[] norm = new double[d];
        for (int j = 0; j < d; j++) {
            for (int r = 0; r < n; r++) {
                double v = x[r * d + j] - mean[j];
                xc[j * n + r] = v;
                norm[j] += v * v;
            }
            norm[j] /= n;
        }
        double l1 = alpha * l1Ratio;
        double l2 = alpha * (1.0 - l1Ratio);
        double[] w = new double[m * (d + 1)];
        double[] res = new double[n];
        for (int o = 0; o < m; o++) {
            double ym = 0.0;
            for (int r = 0; r < n; r++) {
                ym += data.y()[r * m + o];
            }
            ym /= n;
            for (int r = 0; r < n; r++) {
                res[r] = data.y()[r * m + o] - ym;
            }
            double[] beta = new double[d];
            boolean converged = d == 0;
            for (int sweep = 0; sweep < maxSweeps && !converged; sweep++) {
                double maxChange = 0.0;
                double maxWeight = 0.0;
                for (int j = 0; j < d; j++) {
                    if (norm[j] == 0.0) {
                        continue; // a constant feature carries nothing once centred
                    }
                    int base = j * n;
                    double old = beta[j];
                    double z = 0.0;
                    for (int r = 0; r < n; r++) {
                        z += xc[base + r] * res[r];
                    }
                    z = z / n + norm[j] * old;
                    double next = Math.signum(z) * Math.max(Math.abs(z) - l1, 0.0) / (norm[j] + l2);
                    if (next != old) {
                        double delta = next - old;
                        for (int r = 0; r < n; r++) {
                            res[r] -= delta * xc[base + r];
                        }
                        beta[j] = next;
                        maxChange = Math.max(maxChange, Math.abs(delta));
                    }
                    maxWeight = Math.max(maxWeight, Math.abs(next));
                }
                converged = maxChange <= tol * Math.max(maxWeight, 1e-300) || maxChange == 0.0;
            }
            if (!converged) {
                throw new BrainjException("coordinate descent did not converge in " + maxSweeps
                        + " sweeps for target " + o + "; raise max_iter or alpha");
            }
            double bias = ym;
            for (int j = 0; j < d; j++) {
                w[o * (d + 1) + j] = beta[j];
                bias -= beta[j] * mean[j];
            }
            w[o * (d + 1) + d] = bias;
        }
        return w;
    }
}
