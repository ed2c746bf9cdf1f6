package org.brainj.integrators.internal;

import org.brainj.api.integrate.NoiseForm;
import org.brainj.api.integrate.SdeCalculus;
import org.brainj.api.integrate.SdeSystem;

/**
 * dX = μ X dt + σ X dW per component, with X<sub>T</sub> = X<sub>0</sub> exp((μ − σ²/2)T + σW<sub>T</sub>) (Itô) or
 * X<sub>0</sub> exp(μT + σW<sub>T</sub>) (Stratonovich). SCALAR: every component shares one W; DIAGONAL: each has its
 * own; GENERAL: an n×n diagonal mixing matrix, which must reproduce DIAGONAL exactly.
 */
class GeometricBrownianMotion implements SdeSystem {

    final double mu;
    final double sigma;
    private final int n;
    private final NoiseForm form;
    private final SdeCalculus calculus;
    private final boolean analyticJacobian;

    GeometricBrownianMotion(int n, double mu, double sigma, NoiseForm form, SdeCalculus calculus,
                            boolean analyticJacobian) {
        this.n = n;
        this.mu = mu;
        this.sigma = sigma;
        this.form = form;
        this.calculus = calculus;
        this.analyticJacobian = analyticJacobian;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public NoiseForm noiseForm() {
        return form;
    }

    @Override
    public int wienerDimension() {
        return form == NoiseForm.SCALAR ? 1 : n;
    }

    @Override
    public SdeCalculus calculus() {
        return calculus;
    }

    @Override
    public void derivatives(double t, double[] y, double[] dydt) {
        for (int i = 0; i < n; i++) {
            dydt[i] = mu * y[i];
        }
    }

    @Override
    public boolean diagonalJacobian(double t, double[] y, double[] diag) {
        if (!analyticJacobian) {
            return false;
        }
        java.util.Arrays.fill(diag, mu);
        return true;
    }

    @Override
    public void diffusion(double t, double[] y, double[] g) {
        if (form == NoiseForm.GENERAL) {
            java.util.Arrays.fill(g, 0.0);
            for (int i = 0; i < n; i++) {
                g[i * n + i] = sigma * y[i];
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            g[i] = sigma * y[i];
        }
    }

    /** @return the exact solution at T from x0 given W(T) */
    double exact(double x0, double t, double w) {
        double drift = calculus == SdeCalculus.ITO ? mu - 0.5 * sigma * sigma : mu;
        return x0 * Math.exp(drift * t + sigma * w);
    }
}
