package org.brainj.integrators.internal;

import org.brainj.api.integrate.SdeCalculus;
import org.brainj.api.integrate.SdeSystem;

/**
 * Milstein's scheme for scalar or diagonal noise, strong order 1: y ← y + f h + g ΔW + ½ (g'g) ((ΔW)² − h) for Itô
 * and + ½ (g'g) (ΔW)² for Stratonovich equations.
 *
 * <ul>
 * <li>{@code milstein}: (g'g)<sub>i</sub> = Σ<sub>j</sub> g<sub>j</sub> ∂g<sub>i</sub>/∂y<sub>j</sub> is the
 * derivative of g along g, taken by one central difference (g(y + εg) − g(y − εg)) / 2ε, which costs two diffusion
 * evaluations instead of a Jacobian and has error O(ε²) ≈ 1e-11 relative.</li>
 * <li>{@code milstein2} (derivative-free, BrainPy's {@code milstein_grad_free}): for Itô, ȳ = y + f h + g√h and
 * g'g ≈ (g(ȳ) − g(y)) / √h (Kloeden &amp; Platen's derivative-free scheme); for Stratonovich, g'g ≈ (g(y + g√h) −
 * g(y − g√h)) / 2√h. BrainPy uses the one-sided form for both, which for Stratonovich equations leaves an O(√h) bias
 * in each (ΔW)² term and only strong order 0.5.</li>
 * </ul>
 *
 * <p>For DIAGONAL noise each g<sub>i</sub> must depend on y<sub>i</sub> only (BrainPy's element-wise convention);
 * then the directional derivative is g<sub>i</sub> ∂g<sub>i</sub>/∂y<sub>i</sub> and the scheme is exact to order 1.
 */
final class Milstein extends SdeStepper {

    /** ∛(machine ε): the step that balances truncation O(ε²) against rounding O(u/ε) in a central difference. */
    private static final double CENTRAL_STEP = 6.0554544523933395e-6;

    private final boolean derivativeFree;
    private final boolean ito;
    private final double[] f;
    private final double[] g;
    private final double[] gPlus;
    private final double[] gMinus;
    private final double[] work;

    /**
     * @param system         scalar or diagonal noise
     * @param wiener         increments
     * @param derivativeFree true for {@code milstein2}
     */
    Milstein(SdeSystem system, WienerSource wiener, boolean derivativeFree) {
        super(derivativeFree ? "milstein2" : "milstein", system, wiener);
        requireScalarOrDiagonal(name, system);
        this.derivativeFree = derivativeFree;
        this.ito = calculus == SdeCalculus.ITO;
        this.f = new double[n];
        this.g = new double[n];
        this.gPlus = new double[n];
        this.gMinus = derivativeFree && ito ? null : new double[n];
        this.work = new double[n];
    }

    @Override
    public void step(long step, double t, double dt, double[] y) {
        check(dt, y);
        system.derivatives(t, y, f);
        system.diffusion(t, y, g);
        wiener.increments(step, dt, dw);
        // After this block gPlus holds g'g, the derivative of g along g.
        if (derivativeFree && ito) {
            double sq = Math.sqrt(dt);
            for (int i = 0; i < n; i++) {
                work[i] = y[i] + dt * f[i] + sq * g[i];
            }
            system.diffusion(t, work, gPlus);
            double inv = 1.0 / sq;
            for (int i = 0; i < n; i++) {
                gPlus[i] = (gPlus[i] - g[i]) * inv;
            }
        } else if (derivativeFree) {
            // Stratonovich: the correction multiplies (ΔW)², whose mean is h, so the O(√h) error of a one-sided
            // difference would bias every step and cap the order at 0.5; the central difference's error is O(h).
            double sq = Math.sqrt(dt);
            for (int i = 0; i < n; i++) {
                work[i] = y[i] + sq * g[i];
            }
            system.diffusion(t, work, gPlus);
            for (int i = 0; i < n; i++) {
                work[i] = y[i] - sq * g[i];
            }
            system.diffusion(t, work, gMinus);
            double inv = 0.5 / sq;
            for (int i = 0; i < n; i++) {
                gPlus[i] = (gPlus[i] - gMinus[i]) * inv;
            }
        } else {
            directionalDerivative(t, y);
        }
        for (int i = 0; i < n; i++) {
            double w = incrementOf(i);
            double iterated = ito ? w * w - dt : w * w;
            y[i] += dt * f[i] + g[i] * w + 0.5 * gPlus[i] * iterated;
        }
    }

    private void directionalDerivative(double t, double[] y) {
        double yMax = 0.0;
        double gMax = 0.0;
        for (int i = 0; i < n; i++) {
            yMax = Math.max(yMax, Math.abs(y[i]));
            gMax = Math.max(gMax, Math.abs(g[i]));
        }
        if (gMax == 0.0) {
            java.util.Arrays.fill(gPlus, 0.0);
            return;
        }
        // Scale the step so the perturbation εg is ∛u relative to the state's magnitude.
        double eps = CENTRAL_STEP * (1.0 + yMax) / gMax;
        for (int i = 0; i < n; i++) {
            work[i] = y[i] + eps * g[i];
        }
        system.diffusion(t, work, gPlus);
        for (int i = 0; i < n; i++) {
            work[i] = y[i] - eps * g[i];
        }
        system.diffusion(t, work, gMinus);
        double inv = 0.5 / eps;
        for (int i = 0; i < n; i++) {
            gPlus[i] = (gPlus[i] - gMinus[i]) * inv;
        }
    }
}
