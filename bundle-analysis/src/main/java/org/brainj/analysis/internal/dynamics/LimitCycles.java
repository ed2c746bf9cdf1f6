package org.brainj.analysis.internal.dynamics;

import java.util.Arrays;

import org.brainj.api.analysis.Trajectory;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.integrate.Stepper;
import org.brainj.api.model.ParameterSpec;

/**
 * Limit cycles by simulation: from a start (typically next to an unstable fixed point) the analysed variables are
 * integrated past a transient, then over a window in which the orbit is tested for a sustained oscillation. The
 * integrator is the platform's {@code rk4} reached through {@link Integrators} (the integrator bundle), so analysis
 * and simulation step the same equations the same way.
 *
 * <p>An orbit counts as a cycle when, over the window, the first analysed variable crosses the middle of its range
 * upwards at least three times, the swing of the window's second half is at least 95 % of its first half's (a slowly
 * spiralling-in focus is not a cycle) and the swing exceeds {@code 1e-4} of the variable's analysed width. The period
 * is the mean interval between upward crossings; the orbit over the last full period is kept.
 */
final class LimitCycles {

    static final ParameterSpec CYCLE_TRANSIENT = new ParameterSpec("cycle_transient", "ms", 500, 0, 1e7, false,
            "simulated time discarded before a limit cycle is measured");
    static final ParameterSpec CYCLE_WINDOW = ParameterSpec.positive("cycle_window", "ms", 300,
            "simulated time over which a limit cycle's extrema and period are measured");

    /** Largest number of RK4 steps of one search, to keep a mistaken dt from running for hours. */
    private static final long MAX_STEPS = 20_000_000L;

    /** A found cycle. */
    record Cycle(double[] max, double[] min, double period, Trajectory orbit) {
    }

    private final Subsystem sys;
    private final int n;
    private final double dt;
    private final long transientSteps;
    private final int windowSteps;
    private final Stepper stepper;
    private final double[] y;
    private final double[] xs;
    private final double[] states;

    LimitCycles(Subsystem sys, double dt, double transientMs, double windowMs) {
        this.sys = sys;
        this.n = sys.n;
        this.dt = dt;
        this.transientSteps = Math.round(transientMs / dt);
        long w = Math.round(windowMs / dt);
        if (w < 10 || transientSteps + w > MAX_STEPS) {
            throw new org.brainj.api.core.ParameterException("cycle_window", String.valueOf(windowMs),
                    "(cycle_transient + cycle_window) / dt must be 10 to " + MAX_STEPS + " steps (dt " + dt + ")");
        }
        this.windowSteps = (int) w;
        this.stepper = Integrators.create("rk4", new OdeSystem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void derivatives(double t, double[] u, double[] dudt) {
                sys.f(u, dudt);
            }
        }, IntegratorOptions.DEFAULTS);
        this.y = new double[n];
        this.xs = new double[windowSteps + 1];
        this.states = new double[(windowSteps + 1) * n];
    }

    /**
     * @param start analysed state to start from (not modified)
     * @return the cycle reached, or null when the orbit settles, diverges or leaves ten box widths around the box
     */
    Cycle find(double[] start) {
        System.arraycopy(start, 0, y, 0, n);
        stepper.reset();
        long step = 0;
        for (; step < transientSteps; step++) {
            stepper.step(step, step * dt, dt, y);
            if ((step & 1023) == 0 && !sys.inBox(y, 10)) {
                return null;
            }
        }
        for (int s = 0; s <= windowSteps; s++) {
            if (s > 0) {
                stepper.step(step, step * dt, dt, y);
                step++;
            }
            System.arraycopy(y, 0, states, s * n, n);
            xs[s] = y[0];
        }
        if (!sys.inBox(y, 10)) {
            return null;
        }
        double[] max = new double[n];
        double[] min = new double[n];
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        for (int s = 0; s <= windowSteps; s++) {
            for (int i = 0; i < n; i++) {
                double v = states[s * n + i];
                if (!Double.isFinite(v)) {
                    return null;
                }
                max[i] = Math.max(max[i], v);
                min[i] = Math.min(min[i], v);
            }
        }
        double swing = max[0] - min[0];
        if (!(swing > 1e-4 * sys.width[0])) {
            return null;
        }
        int half = windowSteps / 2;
        if (range(half, windowSteps + 1) < 0.95 * range(0, half)) {
            return null;
        }
        double mid = 0.5 * (max[0] + min[0]);
        int first = -1;
        int previous = -1;
        int last = -1;
        int crossings = 0;
        for (int s = 1; s <= windowSteps; s++) {
            if (xs[s - 1] < mid && xs[s] >= mid) {
                crossings++;
                if (first < 0) {
                    first = s;
                }
                previous = last;
                last = s;
            }
        }
        if (crossings < 3) {
            return null;
        }
        double period = (last - first) * dt / (crossings - 1);
        int count = last - previous + 1;
        int width = sys.model.variables().size();
        double[] times = new double[count];
        double[] orbit = new double[count * width];
        double[] u = new double[n];
        for (int s = 0; s < count; s++) {
            times[s] = s * dt;
            System.arraycopy(states, (previous + s) * n, u, 0, n);
            System.arraycopy(sys.fullState(u), 0, orbit, s * width, width);
        }
        return new Cycle(sys.fullState(max), sys.fullState(min), period, new Trajectory(times, orbit, width));
    }

    private double range(int from, int to) {
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        for (int s = from; s < to; s++) {
            hi = Math.max(hi, xs[s]);
            lo = Math.min(lo, xs[s]);
        }
        return hi - lo;
    }

    /**
     * A start next to a fixed point: displaced by 1 % of each analysed width, so the orbit leaves an unstable point
     * along its unstable directions.
     */
    static double[] near(Subsystem sys, double[] fixedAnalysed) {
        double[] s = fixedAnalysed.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] += 0.01 * sys.width[i];
        }
        return s;
    }
}
