package org.brainj.models.kit;

import org.brainj.api.core.ModelException;
import org.brainj.api.random.CounterRandom;

/**
 * BrainPy's {@code Orthogonal(scale)}: the Q factor of a Gaussian matrix, signs fixed so that R has a positive
 * diagonal, which makes Q Haar-distributed (Mezzadri 2007). A tall n × m Gaussian matrix (n = max(rows, cols),
 * m = min) is orthonormalised column by column with modified Gram–Schmidt, each column twice (numerically orthogonal
 * to rounding); Gram–Schmidt's R has a positive diagonal by construction. Rows ≥ cols: W = scale·Q (orthonormal
 * columns, WᵀW = scale²·I); else W = scale·Qᵀ (orthonormal rows).
 */
final class OrthogonalInit implements MatrixInitializer {

    private final double scale;

    OrthogonalInit(double scale) {
        this.scale = scale;
    }

    @Override
    public void fill(int rows, int cols, CounterRandom random, int stream, double[] out) {
        Initializers.check(rows, cols, out);
        int n = Math.max(rows, cols);
        int m = Math.min(rows, cols);
        double[][] q = new double[m][n];
        for (int c = 0; c < m; c++) {
            for (int r = 0; r < n; r++) {
                q[c][r] = RandomLaws.normal(random, stream, c * n + r, 0);
            }
        }
        for (int c = 0; c < m; c++) {
            double[] v = q[c];
            for (int pass = 0; pass < 2; pass++) {
                for (int p = 0; p < c; p++) {
                    double[] u = q[p];
                    double dot = 0;
                    for (int r = 0; r < n; r++) {
                        dot += u[r] * v[r];
                    }
                    for (int r = 0; r < n; r++) {
                        v[r] -= dot * u[r];
                    }
                }
            }
            double norm = 0;
            for (int r = 0; r < n; r++) {
                norm += v[r] * v[r];
            }
            norm = Math.sqrt(norm);
            if (!(norm > 0)) {
                throw new ModelException("Orthogonal: a Gaussian column was dependent on the others (probability 0)");
            }
            for (int r = 0; r < n; r++) {
                v[r] /= norm;
            }
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i * cols + j] = scale * (rows >= cols ? q[j][i] : q[i][j]);
            }
        }
    }

    @Override
    public String toString() {
        return "Orthogonal(scale=" + scale + ")";
    }
}
