package org.brainj.analysis.internal.dynamics;

/**
 * Damped Newton iteration for f(u) = 0 on a {@link Subsystem}: full steps J δ = −f, halved while they do not reduce
 * |f|² (Armijo), so starts a grid cell away from a root converge instead of jumping off.
 */
final class Newton {

    private static final int MAX_ITER = 60;

    private final Subsystem sys;
    private final int n;
    private final double[] f;
    private final double[] ft;
    private final double[] jac;
    private final double[] step;
    private final double[] trial;

    Newton(Subsystem sys) {
        this.sys = sys;
        this.n = sys.n;
        this.f = new double[n];
        this.ft = new double[n];
        this.jac = new double[n * n];
        this.step = new double[n];
        this.trial = new double[n];
    }

    /**
     * @param u      start, receives the root (modified)
     * @param tolAux largest accepted max-norm of f at the root
     * @return whether it converged to a point with |f|∞ ≤ tolAux
     */
    boolean solve(double[] u, double tolAux) {
        sys.f(u, f);
        double norm = norm2(f);
        for (int iter = 0; iter < MAX_ITER; iter++) {
            if (!Double.isFinite(norm)) {
                return false;
            }
            if (norm == 0) {
                return true;
            }
            sys.jacobian(u, jac);
            for (int i = 0; i < n; i++) {
                step[i] = -f[i];
            }
            if (!Linear.solve(jac, step, n)) {
                return false;
            }
            double lambda = 1;
            double tn;
            while (true) {
                for (int i = 0; i < n; i++) {
                    trial[i] = u[i] + lambda * step[i];
                }
                sys.f(trial, ft);
                tn = norm2(ft);
                if (tn <= (1 - 1e-4 * lambda) * norm || lambda < 1e-6) {
                    break;
                }
                lambda *= 0.5;
            }
            double moved = 0;
            for (int i = 0; i < n; i++) {
                moved = Math.max(moved, Math.abs(trial[i] - u[i]) / sys.width[i]);
                u[i] = trial[i];
                f[i] = ft[i];
            }
            norm = tn;
            // converged: the step is at round-off level of the box, or no further decrease is possible
            if (moved <= 1e-14 || (lambda < 1e-6 && moved <= 1e-10)) {
                break;
            }
        }
        return Double.isFinite(norm) && maxAbs(f) <= tolAux;
    }

    private double maxAbs(double[] v) {
        return Linear.maxAbs(v, n);
    }

    private static double norm2(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }
}
