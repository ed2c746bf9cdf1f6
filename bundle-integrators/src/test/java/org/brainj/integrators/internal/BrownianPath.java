package org.brainj.integrators.internal;

/**
 * One fixed Brownian path of m Wiener processes on a fine grid, readable at any coarser step size: a step of a
 * coarse level sums the fine increments it covers, and its I<sub>(1,0)</sub> = ∫(W(s) − W(t))ds is assembled exactly
 * from the fine sub-steps' areas plus the rectangles of the path already travelled. A stepper fed by
 * {@link #level(int)} at several strides therefore integrates the same path at several step sizes, which is what a
 * strong convergence test needs. The fine level is the production noise: {@link CounterWiener} with the given seed.
 */
final class BrownianPath {

    private final int m;
    private final int fineSteps;
    private final double fineDt;
    /** dw[k][s], i10[k][s]: fine increments and areas. */
    private final double[][] dw;
    private final double[][] i10;

    BrownianPath(long seed, int m, int fineSteps, double fineDt) {
        this.m = m;
        this.fineSteps = fineSteps;
        this.fineDt = fineDt;
        this.dw = new double[m][fineSteps];
        this.i10 = new double[m][fineSteps];
        CounterWiener source = new CounterWiener(seed);
        double[] w = new double[m];
        double[] a = new double[m];
        for (int s = 0; s < fineSteps; s++) {
            source.incrementsAndAreas(s, fineDt, w, a);
            for (int k = 0; k < m; k++) {
                dw[k][s] = w[k];
                i10[k][s] = a[k];
            }
        }
    }

    /** @return W<sub>k</sub>(T) − W<sub>k</sub>(0) over the whole fine grid */
    double total(int k) {
        double s = 0.0;
        for (int i = 0; i < fineSteps; i++) {
            s += dw[k][i];
        }
        return s;
    }

    /** @param stride fine steps per coarse step @return the path seen at step size stride · fineDt */
    WienerSource level(int stride) {
        return new WienerSource() {
            @Override
            public void increments(long step, double dt, double[] out) {
                checkDt(dt, stride);
                for (int k = 0; k < m; k++) {
                    double sum = 0.0;
                    int first = (int) step * stride;
                    for (int j = 0; j < stride; j++) {
                        sum += dw[k][first + j];
                    }
                    out[k] = sum;
                }
            }

            @Override
            public void incrementsAndAreas(long step, double dt, double[] out, double[] areas) {
                checkDt(dt, stride);
                for (int k = 0; k < m; k++) {
                    double travelled = 0.0;
                    double area = 0.0;
                    int first = (int) step * stride;
                    for (int j = 0; j < stride; j++) {
                        area += i10[k][first + j] + travelled * fineDt;
                        travelled += dw[k][first + j];
                    }
                    out[k] = travelled;
                    areas[k] = area;
                }
            }
        };
    }

    private void checkDt(double dt, int stride) {
        if (Math.abs(dt - stride * fineDt) > 1e-12) {
            throw new IllegalStateException("level of stride " + stride + " used with dt = " + dt);
        }
    }
}
