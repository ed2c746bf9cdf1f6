package org.brainj.integrators.internal;

import org.brainj.api.integrate.SdeCalculus;
import org.brainj.api.integrate.SdeSystem;

/**
 * BrainPy's SDE {@code euler}: Euler–Maruyama y ← y + f h + g ΔW for Itô equations (strong order 0.5) and the
 * Euler–Heun predictor–corrector ȳ = y + g ΔW, y ← y + f h + ½(g(y) + g(ȳ)) ΔW for Stratonovich ones (strong order
 * 0.5 in general, 1 for scalar or diagonal noise). Every noise form, GENERAL included.
 */
final class EulerMaruyama extends SdeStepper {

    private final boolean stratonovich;
    private final double[] f;
    private final double[] g;
    private final double[] g2;
    private final double[] incr;
    private final double[] work;

    EulerMaruyama(SdeSystem system, WienerSource wiener) {
        super("euler", system, wiener);
        this.stratonovich = calculus == SdeCalculus.STRATONOVICH;
        this.f = new double[n];
        this.g = new double[diffusionLength()];
        this.incr = new double[n];
        this.g2 = stratonovich ? new double[diffusionLength()] : null;
        this.work = stratonovich ? new double[n] : null;
    }

    @Override
    public void step(long step, double t, double dt, double[] y) {
        check(dt, y);
        system.derivatives(t, y, f);
        system.diffusion(t, y, g);
        wiener.increments(step, dt, dw);
        noise(g, incr);
        if (!stratonovich) {
            for (int i = 0; i < n; i++) {
                y[i] += dt * f[i] + incr[i];
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            work[i] = y[i] + incr[i];
        }
        system.diffusion(t, work, g2);
        noise(g2, work);
        for (int i = 0; i < n; i++) {
            y[i] += dt * f[i] + 0.5 * (incr[i] + work[i]);
        }
    }
}
