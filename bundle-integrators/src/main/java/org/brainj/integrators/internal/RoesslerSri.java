package org.brainj.integrators.internal;

import org.brainj.api.integrate.NoiseForm;
import org.brainj.api.integrate.SdeCalculus;
import org.brainj.api.integrate.SdeSystem;

/**
 * Rößler's SRI stochastic Runge–Kutta methods ({@code srk1w1}, {@code srk2w1}) of strong order 1.5 for Itô equations
 * with scalar or diagonal noise:
 *
 * <pre>
 * H0_i = y + h Σ_j A0_ij f(t + c0_j h, H0_j) + (I10/h) Σ_j B0_ij g(t + c1_j h, H1_j)
 * H1_i = y + h Σ_j A1_ij f(t + c0_j h, H0_j) + √h   Σ_j B1_ij g(t + c1_j h, H1_j)
 * y'   = y + h Σ_i α_i f(H0_i) + Σ_i (β1_i I1 + β2_i I11/√h + β3_i I10/h + β4_i I111/h) g(H1_i)
 * </pre>
 *
 * with I1 = ΔW, I11 = (ΔW² − h)/2, I111 = (ΔW³ − 3hΔW)/6 and I10 = ∫(W(s) − W(t))ds from the Wiener source. For
 * DIAGONAL noise each g<sub>i</sub> must depend on y<sub>i</sub> only; the iterated integrals are then taken per
 * component.
 */
final class RoesslerSri extends SdeStepper {

    private final int s;
    private final double[] c0;
    private final double[] c1;
    private final double[][] a0;
    private final double[][] a1;
    private final double[][] b0;
    private final double[][] b1;
    private final double[] alpha;
    private final double[] beta1;
    private final double[] beta2;
    private final double[] beta3;
    private final double[] beta4;
    /** f at the drift stages H0_j. */
    private final double[][] fs;
    /** g at the diffusion stages H1_j. */
    private final double[][] gs;
    private final double[] i10;
    private final double[] h0;
    private final double[] h1;

    RoesslerSri(SriTableau tableau, SdeSystem system, WienerSource wiener) {
        super(tableau.name(), system, wiener);
        requireScalarOrDiagonal(name, system);
        requireCalculus(name, system, SdeCalculus.ITO);
        this.s = tableau.stages();
        this.c0 = tableau.c0().clone();
        this.c1 = tableau.c1().clone();
        this.a0 = deepCopy(tableau.a0());
        this.a1 = deepCopy(tableau.a1());
        this.b0 = deepCopy(tableau.b0());
        this.b1 = deepCopy(tableau.b1());
        this.alpha = tableau.alpha().clone();
        this.beta1 = tableau.beta1().clone();
        this.beta2 = tableau.beta2().clone();
        this.beta3 = tableau.beta3().clone();
        this.beta4 = tableau.beta4().clone();
        this.fs = new double[s][n];
        this.gs = new double[s][n];
        this.i10 = new double[m];
        this.h0 = new double[n];
        this.h1 = new double[n];
    }

    private static double[][] deepCopy(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    @Override
    public void step(long step, double t, double dt, double[] y) {
        check(dt, y);
        wiener.incrementsAndAreas(step, dt, dw, i10);
        final double sq = Math.sqrt(dt);
        final boolean scalar = form == NoiseForm.SCALAR;
        for (int stage = 0; stage < s; stage++) {
            // Both stage states start from y and add the earlier stages' slopes; stage 0 is y itself.
            for (int i = 0; i < n; i++) {
                double d0 = 0.0;
                double d1 = 0.0;
                double n0 = 0.0;
                double n1 = 0.0;
                for (int j = 0; j < stage; j++) {
                    double fj = fs[j][i];
                    double gj = gs[j][i];
                    d0 += a0[stage][j] * fj;
                    d1 += a1[stage][j] * fj;
                    n0 += b0[stage][j] * gj;
                    n1 += b1[stage][j] * gj;
                }
                double area = scalar ? i10[0] : i10[i];
                h0[i] = y[i] + dt * d0 + (area / dt) * n0;
                h1[i] = y[i] + dt * d1 + sq * n1;
            }
            system.derivatives(t + c0[stage] * dt, h0, fs[stage]);
            system.diffusion(t + c1[stage] * dt, h1, gs[stage]);
        }
        final double invSq = 1.0 / sq;
        final double invDt = 1.0 / dt;
        for (int i = 0; i < n; i++) {
            double w = scalar ? dw[0] : dw[i];
            double area = scalar ? i10[0] : i10[i];
            double j1 = w;
            double j11 = 0.5 * (w * w - dt) * invSq;
            double j10 = area * invDt;
            double j111 = (w * w * w - 3.0 * dt * w) / 6.0 * invDt;
            double drift = 0.0;
            double diff = 0.0;
            for (int stage = 0; stage < s; stage++) {
                drift += alpha[stage] * fs[stage][i];
                diff += (beta1[stage] * j1 + beta2[stage] * j11 + beta3[stage] * j10 + beta4[stage] * j111)
                        * gs[stage][i];
            }
            y[i] += dt * drift + diff;
        }
    }
}
