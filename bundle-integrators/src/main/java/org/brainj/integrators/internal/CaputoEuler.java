package org.brainj.integrators.internal;

import org.brainj.api.integrate.FractionalOdeSystem;

/**
 * BrainPy's fractional {@code euler} (CaputoEuler; the fractional rectangle / Adams–Bashforth predictor of Li and Zeng
 * and of Diethelm): y<sub>k+1</sub> = y<sub>0</sub> + h<sup>α</sup>/Γ(α+1) Σ<sub>j≤k</sub>
 * ((k+1−j)<sup>α</sup> − (k−j)<sup>α</sup>) f(t<sub>j</sub>, y<sub>j</sub>), registered as {@code caputo_euler}.
 * First order for smooth solutions (order α when the solution is not smooth at t<sub>0</sub>).
 *
 * <p>Only the last {@code memoryLength} values of f enter the sum; for long runs with α near 1 that truncation drops
 * weights close to 1, so choose the memory to cover the run. Components of order exactly 1 are advanced by forward
 * Euler y ← y + h f, which is what the untruncated sum reduces to, so they never lose memory.
 */
final class CaputoEuler extends FractionalStepper {

    /** weights[g][r] = r^α − (r−1)^α: weight of the r-th most recent f. */
    private final double[][] weights;
    /** Γ(α + 1) per group. */
    private final double[] gammaPlusOne;
    /** h^α / Γ(α + 1) per group, set on a run's first step. */
    private final double[] scale;
    private final double[] y0;
    private final double[] f;
    private final double[] acc;

    CaputoEuler(FractionalOdeSystem system, int memoryLength) {
        super("caputo_euler", system, memoryLength);
        int groups = groupAlpha.length;
        this.weights = new double[groups][memory + 1];
        this.gammaPlusOne = new double[groups];
        for (int g = 0; g < groups; g++) {
            double a = groupAlpha[g];
            for (int r = 1; r <= memory; r++) {
                weights[g][r] = Math.pow(r, a) - Math.pow(r - 1.0, a);
            }
            gammaPlusOne[g] = GammaFunction.gamma(a + 1.0);
        }
        this.scale = new double[groups];
        this.y0 = new double[n];
        this.f = new double[n];
        this.acc = new double[n];
    }

    @Override
    public void step(long step, double t, double dt, double[] y) {
        check(dt, y);
        if (steps == 0) {
            System.arraycopy(y, 0, y0, 0, n);
            for (int g = 0; g < scale.length; g++) {
                scale[g] = Math.pow(dt, groupAlpha[g]) / gammaPlusOne[g];
            }
        }
        system.derivatives(t, y, f);
        push(f);
        weightedMemory(weights, acc);
        for (int i = 0; i < n; i++) {
            if (alpha[i] == 1.0) {
                y[i] += dt * f[i];
            } else {
                y[i] = y0[i] + scale[group[i]] * acc[i];
            }
        }
        steps++;
    }
}
