package org.brainj.trainers.internal.task;

import org.brainj.api.core.ParameterException;

/**
 * The Mackey–Glass delay equation (Mackey &amp; Glass 1977) in its chaotic benchmark setting,
 * <pre>  dx/dt = β x(t − τ) / (1 + x(t − τ)^n) − γ x(t),   β = 0.2, γ = 0.1, n = 10, τ = 17</pre>
 * with x(t) = 1.2 for t ≤ 0, integrated by the classical fourth-order Runge–Kutta method at step h = τ/170 = 0.1.
 * The delayed values RK4's stages need fall on grid points (t − τ, t − τ + h) or half-way between them
 * (t − τ + h/2); the half-way value comes from the cubic Hermite interpolant of the stored x and dx/dt at the two
 * neighbouring grid points, which is fourth-order accurate and so keeps the method's order.
 */
public final class MackeyGlass {

    static final double BETA = 0.2;
    static final double GAMMA = 0.1;
    static final double POWER = 10.0;
    static final double TAU = 17.0;
    static final double HISTORY = 1.2;
    static final int STEPS_PER_TAU = 170;

    private MackeyGlass() {
    }

    private static double rhs(double x, double delayed) {
        return BETA * delayed / (1.0 + Math.pow(delayed, POWER)) - GAMMA * x;
    }

    /**
     * @param samples   values to return
     * @param interval  time between returned values, a multiple of h = 0.1
     * @param discard   time to integrate before the first returned value (transient)
     * @return x(discard), x(discard + interval), …
     */
    public static double[] series(int samples, double interval, double discard) {
        double h = TAU / STEPS_PER_TAU;
        long every = Math.round(interval / h);
        if (samples < 1 || every < 1 || Math.abs(every * h - interval) > 1e-9) {
            throw new ParameterException("interval", String.valueOf(interval), "must be a positive multiple of " + h);
        }
        long skip = Math.round(discard / h);
        long total = skip + (samples - 1) * every;
        if (total + 1 > Integer.MAX_VALUE - 8) {
            throw new ParameterException("samples", String.valueOf(samples), "too long a series");
        }
        int d = STEPS_PER_TAU;
        double[] x = new double[(int) total + 1];
        double[] f = new double[(int) total + 1];
        x[0] = HISTORY;
        for (int i = 0; i < total; i++) {
            // Delayed values at t_i − τ, t_i − τ + h/2, t_i − τ + h; the history is constant (zero slope).
            int j = i - d;
            double x0 = j >= 0 ? x[j] : HISTORY;
            double f0 = j >= 0 ? f[j] : 0.0;
            double x1 = j + 1 >= 0 ? x[j + 1] : HISTORY;
            // At j + 1 = 0 the interval [−h, 0] is still history: its slope at t = 0 is the history's 0, not the
            // stored f[0], which is the slope just after x starts to move.
            double f1 = j + 1 > 0 ? f[j + 1] : 0.0;
            double xm = 0.5 * (x0 + x1) + h / 8.0 * (f0 - f1);
            double xi = x[i];
            double k1 = rhs(xi, x0);
            f[i] = k1;
            double k2 = rhs(xi + 0.5 * h * k1, xm);
            double k3 = rhs(xi + 0.5 * h * k2, xm);
            // f[j + 1] is needed before it is computed only when j + 1 == i, impossible since τ > h.
            double k4 = rhs(xi + h * k3, x1);
            x[i + 1] = xi + h / 6.0 * (k1 + 2 * k2 + 2 * k3 + k4);
        }
        double[] out = new double[samples];
        for (int s = 0; s < samples; s++) {
            out[s] = x[(int) (skip + s * every)];
        }
        return out;
    }
}
