package org.brainj.integrators.internal;

import org.brainj.api.integrate.SdeCalculus;
import org.brainj.api.integrate.SdeSystem;

/**
 * BrainPy's SDE {@code exp_euler}: y ← y + h φ<sub>1</sub>(hA) f + e<sup>hA</sup> g ΔW with A<sub>i</sub> =
 * ∂f<sub>i</sub>/∂y<sub>i</sub> and φ<sub>1</sub>(z) = (e<sup>z</sup> − 1)/z. The linear part of the drift is
 * integrated exactly (stable for stiff leaks); the noise is Euler, so the strong order is 0.5 (1 for additive
 * noise). Itô equations only.
 *
 * <p>A comes from {@link SdeSystem#diagonalJacobian} when the system provides it; otherwise from one forward
 * difference perturbing every component at once, which yields the diagonal only for element-wise drifts (f<sub>i</sub>
 * depending on y<sub>i</sub> alone, BrainPy's per-variable convention).
 */
final class StochasticExponentialEuler extends SdeStepper {

    /** √(machine ε): the forward-difference step balancing truncation O(δ) against rounding O(u/δ). */
    private static final double FORWARD_STEP = 1.4901161193847656e-8;

    private final double[] f;
    private final double[] a;
    private final double[] g;
    private final double[] incr;
    private final double[] work;

    StochasticExponentialEuler(SdeSystem system, WienerSource wiener) {
        super("exp_euler", system, wiener);
        requireCalculus("exp_euler", system, SdeCalculus.ITO);
        this.f = new double[n];
        this.a = new double[n];
        this.g = new double[diffusionLength()];
        this.incr = new double[n];
        this.work = new double[n];
    }

    @Override
    public void step(long step, double t, double dt, double[] y) {
        check(dt, y);
        system.derivatives(t, y, f);
        if (!system.diagonalJacobian(t, y, a)) {
            for (int i = 0; i < n; i++) {
                work[i] = y[i] + FORWARD_STEP * (1.0 + Math.abs(y[i]));
            }
            system.derivatives(t, work, a);
            for (int i = 0; i < n; i++) {
                a[i] = (a[i] - f[i]) / (work[i] - y[i]);
            }
        }
        system.diffusion(t, y, g);
        wiener.increments(step, dt, dw);
        noise(g, incr);
        for (int i = 0; i < n; i++) {
            double z = dt * a[i];
            y[i] += dt * phi1(z) * f[i] + Math.exp(z) * incr[i];
        }
    }

    /** (e<sup>z</sup> − 1)/z without cancellation near 0: expm1 keeps full relative accuracy there. */
    static double phi1(double z) {
        return z == 0.0 ? 1.0 : Math.expm1(z) / z;
    }
}
