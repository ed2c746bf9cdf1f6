package org.brainj.integrators.internal;

import org.brainj.api.integrate.FractionalOdeSystem;

/**
 * BrainPy's {@code l1} (CaputoL1Schema): the explicit Caputo L1 scheme
 * x<sub>N</sub> = x<sub>N−1</sub> + h<sup>α</sup>Γ(2−α) f(t<sub>N−1</sub>, x<sub>N−1</sub>)
 * − Σ<sub>r≥1</sub> ((r+1)<sup>1−α</sup> − r<sup>1−α</sup>) (x<sub>N−r</sub> − x<sub>N−r−1</sub>),
 * the sum running over the last {@code memoryLength} increments. First order; forward Euler at α = 1, where every
 * memory weight vanishes.
 */
final class CaputoL1 extends FractionalStepper {

    /** weights[g][r] = (r+1)^(1−α) − r^(1−α). */
    private final double[][] weights;
    /** Γ(2 − α) per group. */
    private final double[] gammaTwoMinus;
    /** h^α Γ(2 − α) per group, set on a run's first step. */
    private final double[] scale;
    private final double[] f;
    private final double[] acc;

    CaputoL1(FractionalOdeSystem system, int memoryLength) {
        super("l1", system, memoryLength);
        int groups = groupAlpha.length;
        this.weights = new double[groups][memory + 1];
        this.gammaTwoMinus = new double[groups];
        for (int g = 0; g < groups; g++) {
            double e = 1.0 - groupAlpha[g];
            for (int r = 1; r <= memory; r++) {
                weights[g][r] = Math.pow(r + 1.0, e) - Math.pow(r, e);
            }
            gammaTwoMinus[g] = GammaFunction.gamma(2.0 - groupAlpha[g]);
        }
        this.scale = new double[groups];
        this.f = new double[n];
        this.acc = new double[n];
    }

    @Override
    public void step(long step, double t, double dt, double[] y) {
        check(dt, y);
        if (steps == 0) {
            for (int g = 0; g < scale.length; g++) {
                scale[g] = Math.pow(dt, groupAlpha[g]) * gammaTwoMinus[g];
            }
        }
        system.derivatives(t, y, f);
        weightedMemory(weights, acc);
        for (int i = 0; i < n; i++) {
            double increment = scale[group[i]] * f[i] - acc[i];
            y[i] += increment;
            // acc becomes the increment x_N − x_{N−1}, the next step's most recent memory entry.
            acc[i] = increment;
        }
        push(acc);
        steps++;
    }
}
