package org.brainj.analysis.internal.dynamics;

/** Both components of a 2-D vector field on a res × res grid; node (i, j) at index j·res + i (x fastest). */
final class Grid2D {

    final double[] xs;
    final double[] ys;
    final double[] f0;
    final double[] f1;

    private Grid2D(double[] xs, double[] ys, double[] f0, double[] f1) {
        this.xs = xs;
        this.ys = ys;
        this.f0 = f0;
        this.f1 = f1;
    }

    static Grid2D evaluate(Subsystem sys, int res) {
        double[] xs = Roots.grid(sys.lo[0], sys.hi[0], res);
        double[] ys = Roots.grid(sys.lo[1], sys.hi[1], res);
        double[] f0 = new double[res * res];
        double[] f1 = new double[res * res];
        double[] u = new double[2];
        double[] out = new double[2];
        for (int j = 0; j < res; j++) {
            u[1] = ys[j];
            for (int i = 0; i < res; i++) {
                u[0] = xs[i];
                sys.f(u, out);
                f0[j * res + i] = out[0];
                f1[j * res + i] = out[1];
            }
        }
        return new Grid2D(xs, ys, f0, f1);
    }
}
