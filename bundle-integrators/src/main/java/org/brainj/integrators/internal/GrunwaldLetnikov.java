package org.brainj.integrators.internal;

import org.brainj.api.integrate.FractionalOdeSystem;

/**
 * BrainPy's {@code short-memory} (GLShortMemory), registered as {@code gl_short_memory}: the Grünwald–Letnikov
 * scheme with the short-memory principle, z<sub>k</sub> = h<sup>α</sup> f(t<sub>k−1</sub>, x<sub>k−1</sub>)
 * − Σ<sub>j=1..v</sub> C<sub>j</sub> z<sub>k−j</sub>, C<sub>0</sub> = 1, C<sub>j</sub> = (1 − (1+α)/j)
 * C<sub>j−1</sub>, v = min(k, memoryLength). It is applied to z = x − x<sub>0</sub> so that it approximates the
 * Caputo (not the Riemann–Liouville) derivative when x<sub>0</sub> ≠ 0. First order; forward Euler at α = 1.
 */
final class GrunwaldLetnikov extends FractionalStepper {

    /** weights[g][j] = C_j. */
    private final double[][] weights;
    /** h^α per group, set on a run's first step. */
    private final double[] scale;
    private final double[] x0;
    private final double[] f;
    private final double[] acc;

    GrunwaldLetnikov(FractionalOdeSystem system, int memoryLength) {
        super("gl_short_memory", system, memoryLength);
        int groups = groupAlpha.length;
        this.weights = new double[groups][memory + 1];
        for (int g = 0; g < groups; g++) {
            double c = 1.0;
            for (int j = 1; j <= memory; j++) {
                c *= 1.0 - (1.0 + groupAlpha[g]) / j;
                weights[g][j] = c;
            }
        }
        this.scale = new double[groups];
        this.x0 = new double[n];
        this.f = new double[n];
        this.acc = new double[n];
    }

    @Override
    public void step(long step, double t, double dt, double[] y) {
        check(dt, y);
        if (steps == 0) {
            System.arraycopy(y, 0, x0, 0, n);
            for (int g = 0; g < scale.length; g++) {
                scale[g] = Math.pow(dt, groupAlpha[g]);
            }
            java.util.Arrays.fill(acc, 0.0);
            push(acc);                                   // z_0 = x_0 − x_0 = 0
        }
        system.derivatives(t, y, f);
        weightedMemory(weights, acc);
        for (int i = 0; i < n; i++) {
            double z = scale[group[i]] * f[i] - acc[i];
            y[i] = x0[i] + z;
            acc[i] = z;
        }
        push(acc);
        steps++;
    }
}
