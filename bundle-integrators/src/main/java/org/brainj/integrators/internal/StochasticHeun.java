package org.brainj.integrators.internal;

import org.brainj.api.integrate.SdeCalculus;
import org.brainj.api.integrate.SdeSystem;

/**
 * BrainPy's SDE {@code heun}, the stochastic Heun (trapezoidal) method for Stratonovich equations: predictor
 * ȳ = y + f h + g ΔW, corrector y ← y + ½(f(y) + f(ȳ)) h + ½(g(y) + g(ȳ)) ΔW. Strong order 1 for scalar or diagonal
 * (commutative) noise, 0.5 otherwise. Itô equations are refused: the trapezoidal noise term converges to the
 * Stratonovich integral.
 */
final class StochasticHeun extends SdeStepper {

    private final double[] f;
    private final double[] f2;
    private final double[] g;
    private final double[] g2;
    private final double[] incr;
    private final double[] work;

    StochasticHeun(SdeSystem system, WienerSource wiener) {
        super("heun", system, wiener);
        requireCalculus("heun", system, SdeCalculus.STRATONOVICH);
        this.f = new double[n];
        this.f2 = new double[n];
        this.g = new double[diffusionLength()];
        this.g2 = new double[diffusionLength()];
        this.incr = new double[n];
        this.work = new double[n];
    }

    @Override
    public void step(long step, double t, double dt, double[] y) {
        check(dt, y);
        system.derivatives(t, y, f);
        system.diffusion(t, y, g);
        wiener.increments(step, dt, dw);
        noise(g, incr);
        for (int i = 0; i < n; i++) {
            work[i] = y[i] + dt * f[i] + incr[i];
        }
        system.derivatives(t + dt, work, f2);
        system.diffusion(t + dt, work, g2);
        noise(g2, work);
        for (int i = 0; i < n; i++) {
            y[i] += 0.5 * (dt * (f[i] + f2[i]) + incr[i] + work[i]);
        }
    }
}
