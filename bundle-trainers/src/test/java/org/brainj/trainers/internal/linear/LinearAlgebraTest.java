package org.brainj.trainers.internal.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.brainj.api.core.BrainjException;
import org.brainj.api.random.CounterRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** The offline solvers and the online rules against direct solutions and known small answers. */
class LinearAlgebraTest {

    /** n samples of d standard-normal features and m targets y = x·B + c + noise, seeded. */
    private static Design problem(int n, int d, int m, double noise, long seed) {
        CounterRandom rnd = new CounterRandom(seed);
        double[] x = new double[n * d];
        double[] y = new double[n * m];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < d; j++) {
                x[r * d + j] = rnd.normal(1, r, j);
            }
            for (int o = 0; o < m; o++) {
                double v = 0.3 * (o + 1);
                for (int j = 0; j < d; j++) {
                    v += (j - 1.5 + o) * x[r * d + j];
                }
                y[r * m + o] = v + noise * rnd.normal(2, r, o);
            }
        }
        return new Design(x, y, n, d, m);
    }

    /** Ridge with every column penalised (RLS's fixed point), by EJML's general inverse: (AᵀA + αI)⁻¹AᵀY. */
    private static double[] ridgeAllColumns(Design p, double alpha, boolean bias) {
        int c = p.d() + (bias ? 1 : 0);
        DMatrixRMaj a = new DMatrixRMaj(p.n(), c);
        for (int r = 0; r < p.n(); r++) {
            for (int j = 0; j < p.d(); j++) {
                a.set(r, j, p.x()[r * p.d() + j]);
            }
            if (bias) {
                a.set(r, p.d(), 1.0);
            }
        }
        DMatrixRMaj y = DMatrixRMaj.wrap(p.n(), p.m(), p.y().clone());
        DMatrixRMaj g = new DMatrixRMaj(c, c);
        CommonOps_DDRM.multTransA(a, a, g);
        for (int j = 0; j < c; j++) {
            g.add(j, j, alpha);
        }
        CommonOps_DDRM.invert(g);
        DMatrixRMaj ay = new DMatrixRMaj(c, p.m());
        CommonOps_DDRM.multTransA(a, y, ay);
        DMatrixRMaj wt = new DMatrixRMaj(c, p.m());
        CommonOps_DDRM.mult(g, ay, wt);
        double[] w = new double[p.m() * c];
        for (int o = 0; o < p.m(); o++) {
            for (int j = 0; j < c; j++) {
                w[o * c + j] = wt.get(j, o);
            }
        }
        return w;
    }

    @Test
    void ridgeMatchesEjmlsDirectSolution() {
        Design p = problem(200, 5, 2, 0.1, 7);
        double alpha = 3.0;
        double[] w = LeastSquares.fit(p, alpha);
        // Direct solution with the bias unpenalised: D = diag(1, …, 1, 0) in (AᵀA + αD)⁻¹AᵀY.
        DMatrixRMaj a = LeastSquares.augmented(p);
        DMatrixRMaj g = new DMatrixRMaj(6, 6);
        CommonOps_DDRM.multTransA(a, a, g);
        for (int j = 0; j < 5; j++) {
            g.add(j, j, alpha);
        }
        CommonOps_DDRM.invert(g);
        DMatrixRMaj ay = new DMatrixRMaj(6, 2);
        CommonOps_DDRM.multTransA(a, DMatrixRMaj.wrap(200, 2, p.y().clone()), ay);
        DMatrixRMaj wt = new DMatrixRMaj(6, 2);
        CommonOps_DDRM.mult(g, ay, wt);
        for (int o = 0; o < 2; o++) {
            for (int j = 0; j < 6; j++) {
                assertEquals(wt.get(j, o), w[o * 6 + j], 1e-12, "w[" + o + "][" + j + "]");
            }
        }
    }

    @Test
    void leastSquaresRecoversANoiselessModelAndHandlesRankDeficiency() {
        Design p = problem(50, 4, 1, 0.0, 3);
        // y = 0.3 + Σ (j − 1.5) x_j exactly.
        assertArrayEquals(new double[] {-1.5, -0.5, 0.5, 1.5, 0.3}, LeastSquares.fit(p, 0.0), 1e-12);
        // A duplicated column: the pivoted QR still fits the data exactly.
        double[] x = new double[50 * 5];
        for (int r = 0; r < 50; r++) {
            System.arraycopy(p.x(), r * 4, x, r * 5, 4);
            x[r * 5 + 4] = p.x()[r * 4];
        }
        Design dup = new Design(x, p.y(), 50, 5, 1);
        assertEquals(0.0, dup.meanSquaredError(LeastSquares.fit(dup, 0.0)), 1e-20);
    }

    @Test
    void rlsAfterOnePassEqualsBatchRegularisedLeastSquares() {
        // Well conditioned: 400 samples of 6 independent features plus the bias.
        Design p = problem(400, 6, 2, 0.2, 11);
        double alpha = 0.5;
        RlsFilter rls = new RlsFilter(7, alpha);
        double[] w = new double[2 * 7];
        double[] r = new double[7];
        for (int s = 0; s < p.n(); s++) {
            System.arraycopy(p.x(), s * 6, r, 0, 6);
            r[6] = 1.0;
            double[] e = new double[2];
            for (int o = 0; o < 2; o++) {
                double z = 0;
                for (int j = 0; j < 7; j++) {
                    z += w[o * 7 + j] * r[j];
                }
                e[o] = z - p.y()[s * 2 + o];
            }
            rls.update(r);
            for (int o = 0; o < 2; o++) {
                rls.correct(w, o * 7, e[o]);
            }
        }
        // The exact fixed point: W = YᵀA (AᵀA + αI)⁻¹, every column (bias too) penalised by α.
        assertArrayEquals(ridgeAllColumns(p, alpha, true), w, 1e-9);
        assertEquals(400, rls.updates());
    }

    @Test
    void lassoOnAnOrthogonalDesignIsSoftThresholding() {
        // X columns orthogonal with xᵀx/n = 1 and zero mean: w_j = S(x_jᵀy/n, α) (Tibshirani 1996, eq. 3).
        double[] x = {1, 1, -1, 1, 1, -1, -1, -1};       // 4 samples × 2 features, columns ±1, orthogonal
        double[] y = {2.0, -1.0, 1.0, -2.0};
        // x_0ᵀy/4 = (2 + 1 + 1 + 2)/4 = 1.5; x_1ᵀy/4 = (2 − 1 − 1 + 2)/4 = 0.5; mean y = 0.
        Design p = new Design(x, y, 4, 2, 1);
        assertArrayEquals(new double[] {1.0, 0.0, 0.0}, CoordinateDescent.fit(p, 0.5, 1.0, 1000, 1e-12), 1e-12);
        assertArrayEquals(new double[] {1.3, 0.3, 0.0}, CoordinateDescent.fit(p, 0.2, 1.0, 1000, 1e-12), 1e-12);
        // Elastic net, α = 0.4, ρ = 0.5: w_j = S(z_j, 0.2)/(1 + 0.2) → [1.3/1.2, 0.3/1.2].
        assertArrayEquals(new double[] {1.3 / 1.2, 0.3 / 1.2, 0.0}, CoordinateDescent.fit(p, 0.4, 0.5, 1000, 1e-12),
                1e-12);
        // α = 0 is least squares.
        Design q = problem(60, 3, 1, 0.1, 5);
        assertArrayEquals(LeastSquares.fit(q, 0.0), CoordinateDescent.fit(q, 0.0, 1.0, 100000, 1e-14), 1e-9);
    }

    @Test
    void logisticRegressionZeroesThePenalisedGradient() {
        Design p = problem(300, 3, 1, 0.0, 9);
        double[] labels = new double[300];
        CounterRandom rnd = new CounterRandom(4);
        for (int r = 0; r < 300; r++) {
            // Labels drawn from the logistic model itself, so the classes overlap and the optimum is finite.
            labels[r] = rnd.uniform(3, r, 0) < 1 / (1 + Math.exp(-p.y()[r])) ? 1 : 0;
        }
        Design d = new Design(p.x(), labels, 300, 3, 1);
        double alpha = 0.1;
        double[] w = LogisticRegression.fit(d, alpha, 50, 1e-12);
        double[] grad = new double[4];
        for (int r = 0; r < 300; r++) {
            double z = w[3];
            for (int j = 0; j < 3; j++) {
                z += w[j] * p.x()[r * 3 + j];
            }
            double e = 1 / (1 + Math.exp(-z)) - labels[r];
            for (int j = 0; j < 3; j++) {
                grad[j] += e * p.x()[r * 3 + j];
            }
            grad[3] += e;
        }
        for (int j = 0; j < 3; j++) {
            grad[j] += alpha * w[j];
        }
        assertArrayEquals(new double[4], grad, 1e-9);
        assertThrows(BrainjException.class, () -> LogisticRegression.fit(new Design(p.x(), p.y(), 300, 3, 1), 0.1,
                50, 1e-12));
    }

    @Test
    void polynomialRegressionRecoversAQuadratic() {
        PolynomialFeatures f = new PolynomialFeatures(2, 2);
        double[] out = new double[5];
        f.expand(new double[] {2, 3}, 0, out, 0);
        assertArrayEquals(new double[] {2, 3, 4, 6, 9}, out, 0);
        double[] x = new double[40 * 2];
        double[] y = new double[40];
        for (int r = 0; r < 40; r++) {
            double a = Math.sin(r);
            double b = Math.cos(1.7 * r);
            x[2 * r] = a;
            x[2 * r + 1] = b;
            y[r] = 1 + 2 * a - b + 0.5 * a * b + 3 * b * b;
        }
        PolynomialRegression pr = new PolynomialRegression(2, 2, 0.0).fit(new Design(x, y, 40, 2, 1));
        assertArrayEquals(new double[] {2, -1, 0, 0.5, 3, 1}, pr.weights(), 1e-9);
        assertArrayEquals(y, pr.predict(x, 40), 1e-9);
        // A small ridge penalty moves the weights only slightly.
        double[] rw = new PolynomialRegression(2, 2, 1e-6).fit(new Design(x, y, 40, 2, 1)).weights();
        assertArrayEquals(new double[] {2, -1, 0, 0.5, 3, 1}, rw, 1e-4);
    }

    @Test
    void lmsConvergesToTheLeastSquaresSolution() {
        Design p = problem(2000, 3, 1, 0.0, 13);
        LmsFilter lms = new LmsFilter(0.01);
        double[] w = new double[4];
        double[] r = new double[4];
        for (int pass = 0; pass < 5; pass++) {
            for (int s = 0; s < p.n(); s++) {
                System.arraycopy(p.x(), s * 3, r, 0, 3);
                r[3] = 1;
                double z = 0;
                for (int j = 0; j < 4; j++) {
                    z += w[j] * r[j];
                }
                lms.correct(w, 0, r, 4, z - p.y()[s]);
            }
        }
        assertArrayEquals(new double[] {-1.5, -0.5, 0.5, 0.3}, w, 1e-6);
    }

    @Test
    void recurrentRlsIdentifiesTeacherWeights() {
        int n = 12;
        CounterRandom rnd = new CounterRandom(21);
        double[] teacher = new double[n * n];
        for (int k = 0; k < teacher.length; k++) {
            teacher[k] = rnd.normal(1, k, 0) * 1.2 / Math.sqrt(n);
        }
        double[] j = new double[n * n];
        double[] r = new double[n];
        double[] drive = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.normal(2, i, 0);
        }
        RecurrentRls rls = new RecurrentRls(n, 1e-3);
        for (int t = 0; t < 400; t++) {
            for (int i = 0; i < n; i++) {
                r[i] = Math.tanh(x[i]);
            }
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += teacher[i * n + k] * r[k];
                }
                drive[i] = s;
            }
            rls.update(r, j, drive);
            for (int i = 0; i < n; i++) {
                // The teacher network, driven by independent noise so the rates span every direction.
                x[i] += 0.2 * (-x[i] + drive[i] + rnd.normal(3, i, t));
            }
        }
        assertArrayEquals(teacher, j, 1e-4);
    }
}
