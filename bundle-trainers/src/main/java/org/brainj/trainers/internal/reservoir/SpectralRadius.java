package org.brainj.trainers.internal.reservoir;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The spectral radius ρ(W) = max |λ_i| of a square matrix. Up to {@value #EXACT_UP_TO} rows by EJML's dense
 * eigenvalue decomposition (exact to rounding); above, where O(n³) becomes minutes, by the growth rate of the
 * power iteration, ρ = lim ‖Wᵏv‖^{1/k}, averaged over the last half of {@value #ITERATIONS} iterations (good to
 * about 1 %, which reservoir scaling tolerates; a dominant complex pair makes the iterate rotate but not its growth).
 */
public final class SpectralRadius {

    static final int EXACT_UP_TO = 1500;
    static final int ITERATIONS = 2000;

    private SpectralRadius() {
    }

    /**
     * @param w row-major n × n
     * @param n size
     * @return ρ(W)
     */
    public static double of(double[] w, int n) {
        if (n <= EXACT_UP_TO) {
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
            if (eig.decompose(DMatrixRMaj.wrap(n, n, w.clone()))) {
                double rho = 0.0;
                for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
                    rho = Math.max(rho, eig.getEigenvalue(i).getMagnitude());
                }
                return rho;
            }
        }
        double[] v = new double[n];
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1.0 / Math.sqrt(n) * (1 + 0.1 * Math.sin(i));
        }
        double logSum = 0.0;
        int counted = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            double norm = 0.0;
            for (int i = 0; i < n; i++) {
                double s = 0.0;
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    s += w[row + j] * v[j];
                }
                next[i] = s;
                norm += s * s;
            }
            norm = Math.sqrt(norm);
            if (norm == 0.0) {
                return 0.0;
            }
            if (it >= ITERATIONS / 2) {
                logSum += Math.log(norm);
                counted++;
            }
            for (int i = 0; i < n; i++) {
                v[i] = next[i] / norm;
            }
        }
        return Math.exp(logSum / counted);
    }
}
