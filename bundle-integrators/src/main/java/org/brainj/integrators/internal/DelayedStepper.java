package org.brainj.integrators.internal;

import java.util.Objects;
import java.util.function.Function;

import org.brainj.api.integrate.DelayInterpolation;
import org.brainj.api.integrate.DelayedOdeSystem;
import org.brainj.api.integrate.DelayedSdeSystem;
import org.brainj.api.integrate.NoiseForm;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.integrate.PastValues;
import org.brainj.api.integrate.SdeCalculus;
import org.brainj.api.integrate.SdeSystem;
import org.brainj.api.integrate.Stepper;

/**
 * A delay differential equation advanced by any ODE or SDE method (the method of steps with a stored past): the inner
 * stepper sees the delayed system as an {@link OdeSystem} (an {@link SdeSystem} for a {@link DelayedSdeSystem}: drift
 * reading the past, diffusion and calculus as the system gives them) whose right-hand side reads delayed values
 * through this stepper's {@link PastValues}; this stepper stores the state after each of its steps. The inner method
 * may take several evaluations or even several error-controlled substeps per step (the adaptive pairs): all of them
 * lie in [t<sub>n</sub>, t<sub>n</sub> + dt], so their delayed reads stay inside the window below.
 *
 * <p>The past is a ring of K = ⌈maxDelay/dt⌉ + 2 states on the step grid, flat and slot-major, filled on a run's first
 * step with the system's history at t<sub>0</sub> − r·dt (r = 1..K−1) and the initial state at t<sub>0</sub>; each
 * step then overwrites the oldest slot with the new state, so steps allocate nothing. A read at time τ is served
 * from the two neighbouring grid states (LINEAR), the nearest one (ROUND), or the cubic Hermite interpolant of the
 * two neighbouring states and their stored slopes (HERMITE; when the newer slope is the one the current step is still
 * computing, which only a delay shorter than a step asks for, the quadratic through both states and the older slope).
 * Reads later than the newest stored state (t<sub>n</sub>), which only stages of a step longer than the delay make,
 * are extrapolated linearly from the last two states, up to t<sub>n</sub> + dt. Anything outside
 * [t<sub>n</sub> − (K−1)dt, t<sub>n</sub> + dt] throws. {@link #atStep} reads a grid state exactly (length delays).
 *
 * <p>Neutral delays: a second ring keeps the right-hand side at the same grid times (y'(t<sub>n</sub>) is taken from
 * the inner method's first evaluation at (t<sub>n</sub>, y<sub>n</sub>), stage 0 of a tableau; a method that makes
 * none, such as a first-same-as-last pair reusing its previous last stage, costs one evaluation after the step;
 * before t<sub>0</sub> a central difference of the history), served by
 * {@link PastValues#derivativeAt} (interpolated linearly under LINEAR and HERMITE, rounded under ROUND); a neutral
 * delay must be at least one step. The stored slope at a grid point is
 * its right limit (stage 0 of the step starting there), except at t0 where reads from the left get the history's.
 * A derivative jump that a neutral term propagates to a later grid point is therefore seen from the right by the
 * last stage of the step ending there, which limits such problems to first order; when the history's derivative
 * matches the right-hand side at t0 there is no jump and the order is as for retarded delays.
 *
 * <p>Order: the inner method's p when delayed reads fall on grid points, otherwise min(p, 2) with LINEAR, 1 with
 * ROUND and min(p, 4) with HERMITE interpolation (the stored states and slopes carry the method's O(dt<sup>p</sup>)
 * error, the cubic its own O(dt⁴)); with derivative jumps of the solution off the grid, HERMITE drops to the order
 * of the jump's smoothness, so grids that contain the jump points (dt dividing the delay) keep the full order.
 *
 * <p>Delays shorter than a step: stages after t<sub>n</sub> then read past t<sub>n</sub>, served by the linear
 * extrapolation above (so the order drops to 1 or 2), and never beyond t<sub>n</sub> + dt since no inner method
 * evaluates outside its step; a delay that is at least dt needs no extrapolation.
 *
 * <p>Stochastic delays: with a {@link DelayedSdeSystem} the inner stepper is an SDE method (Euler–Maruyama for
 * {@code dde_euler_maruyama}) over the same past and with the same counter-based Wiener increments as the SDE
 * methods; only the drift reads the past. The step must stay fixed within a run and consecutive steps must be
 * contiguous in time;
 * {@link #reset()} starts a new run (reallocating the ring only when dt changed).
 */
final class DelayedStepper implements Stepper, PastValues {

    private final String name;
    private final DelayedOdeSystem system;
    private final int n;
    private final double maxDelay;
    private final DelayInterpolation interpolation;
    private final Stepper inner;

    /** K·n doubles; slot r holds the state at {@link #newest} − (age of slot)·dt. */
    private double[] ring;
    private int capacity;
    /** Slot of the newest state. */
    private int head;
    /** Time of the newest state [ms]. */
    private double newest;
    /** K·n doubles: the right-hand side at the same grid times as {@link #ring}, for neutral reads. */
    private double[] slopes;
    /** False while the newest state's right-hand side is still being computed (stage 0 of the current step). */
    private boolean newestSlopeReady;
    /** The history's value and derivative just before t0: the past may jump at t0 (y(t0) ≠ history, or y' ≠ h'). */
    private final double[] leftState;
    private final double[] leftSlope;
    private double t0;
    /** Time of the stage being evaluated [ms]: tells which side of t0 a read exactly at t0 belongs to. */
    private double stageTime;
    private double dt = Double.NaN;
    private long steps;
    private final double[] scratch;
    private final double[] scratch2;

    /**
     * @param method        the registered name, for messages
     * @param system        the delayed equations; a {@link DelayedSdeSystem} is presented to the inner method as an
     *                      {@link SdeSystem} (drift reading the past, diffusion and calculus as the system gives them),
     *                      any other as an {@link OdeSystem}
     * @param interpolation how reads between grid points are served
     * @param innerMethod   builds the inner stepper for the presented system, once, here
     * @throws IllegalArgumentException if the dimension or maxDelay is out of range, or as the inner method refuses
     *     the presented system (e.g. a calculus or noise form it does not support)
     */
    DelayedStepper(String method, DelayedOdeSystem system, DelayInterpolation interpolation,
                   Function<OdeSystem, Stepper> innerMethod) {
        this.name = Objects.requireNonNull(method, "method");
        this.system = Objects.requireNonNull(system, "system");
        this.n = system.dimension();
        if (n < 0) {
            throw new IllegalArgumentException(name + ": system dimension = " + n + " is out of range: must be >= 0");
        }
        this.maxDelay = system.maxDelay();
        if (!(maxDelay >= 0) || maxDelay == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + ": maxDelay = " + maxDelay
                    + " ms is out of range: must be finite and >= 0");
        }
        this.interpolation = Objects.requireNonNull(interpolation, "interpolation");
        this.scratch = new double[n];
        this.scratch2 = new double[n];
        this.leftState = new double[n];
        this.leftSlope = new double[n];
        OdeSystem drift = new Adapter();
        this.inner = Objects.requireNonNull(innerMethod.apply(system instanceof DelayedSdeSystem sdde
                ? new StochasticAdapter(sdde, drift) : drift), "inner stepper");
    }

    /** Presents a delayed SDE to the SDE engine: drift through {@link Adapter}, diffusion as the system gives it. */
    private static final class StochasticAdapter implements SdeSystem {
        private final DelayedSdeSystem system;
        private final OdeSystem drift;

        StochasticAdapter(DelayedSdeSystem system, OdeSystem drift) {
            this.system = system;
            this.drift = drift;
        }

        @Override
        public int dimension() {
            return drift.dimension();
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            drift.derivatives(t, y, dydt);
        }

        @Override
        public NoiseForm noiseForm() {
            return system.noiseForm();
        }

        @Override
        public int wienerDimension() {
            return system.wienerDimension();
        }

        @Override
        public boolean diagonalJacobian(double t, double[] y, double[] diag) {
            return drift.diagonalJacobian(t, y, diag);
        }

        @Override
        public SdeCalculus calculus() {
            return system.calculus();
        }

        @Override
        public void diffusion(double t, double[] y, double[] g) {
            system.diffusion(t, y, g);
        }
    }

    /** Presents the delayed system to the inner method as an ODE whose past is this stepper. */
    private final class Adapter implements OdeSystem {
        @Override
        public int dimension() {
            return n;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            stageTime = t;
            system.derivatives(t, y, DelayedStepper.this, dydt);
            if (!newestSlopeReady && t == newest && isNewestState(y)) {
                // Most methods evaluate (t_n, y_n) first (stage 0 of a tableau, the drift of an SDE step): that is
                // y'(t_n), kept for Hermite and neutral reads by later stages and steps. Methods that skip it (first
                // same as last) or evaluate elsewhere first get it after the step (see step()).
                System.arraycopy(dydt, 0, slopes, head * n, n);
                newestSlopeReady = true;
            }
        }

        @Override
        public boolean diagonalJacobian(double t, double[] y, double[] diag) {
            stageTime = t;
            return system.diagonalJacobian(t, y, DelayedStepper.this, diag);
        }
    }

    @Override
    public void step(long step, double t, double h, double[] y) {
        if (y.length != n) {
            throw new IllegalArgumentException(name + ": state length = " + y.length
                    + " does not match the system dimension " + n);
        }
        if (!(h > 0) || h == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + ": dt = " + h + " ms is out of range: must be finite and > 0");
        }
        if (steps == 0) {
            start(t, h, y);
        } else {
            if (Math.abs(h - dt) > 1e-9 * dt) {
                throw new IllegalArgumentException(name + ": dt = " + h + " ms differs from this run's step " + dt
                        + " ms: the delay buffer is on a fixed grid; call reset() to start a run with another");
            }
            if (Math.abs(t - newest) > 1e-6 * dt) {
                throw new IllegalArgumentException(name + ": t = " + t + " ms does not continue the run, whose "
                        + "state is at " + newest + " ms; call reset() to start a new run");
            }
        }
        newestSlopeReady = false;
        inner.step(step, newest, dt, y);
        if (!newestSlopeReady) {
            // The inner method never evaluated (t_n, y_n) itself: one evaluation from the stored state, so the past
            // keeps its slopes whatever the method.
            stageTime = newest;
            System.arraycopy(ring, head * n, scratch, 0, n);
            system.derivatives(newest, scratch, this, scratch2);
            System.arraycopy(scratch2, 0, slopes, head * n, n);
        }
        head = head + 1 == capacity ? 0 : head + 1;
        System.arraycopy(y, 0, ring, head * n, n);
        newestSlopeReady = false;
        newest += dt;
        steps++;
    }

    private void start(double t0, double h, double[] y) {
        int k = (int) Math.min(Integer.MAX_VALUE, Math.ceil(maxDelay / h - 1e-9) + 2);
        if ((long) k * n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + ": dt = " + h + " ms needs " + k + " stored steps of "
                    + n + " components for maxDelay = " + maxDelay + " ms, more than one array holds: use a larger dt");
        }
        if (ring == null || k != capacity) {
            ring = new double[k * n];
            slopes = new double[k * n];
            capacity = k;
        }
        dt = h;
        newest = t0;
        this.t0 = t0;
        // Left limits at t0 by the second-order backward difference, so reads before t0 never see the jump.
        double d0 = Math.min(1e-5 * Math.max(1.0, Math.abs(t0)), 0.25 * h);
        system.history(t0, leftState);
        system.history(t0 - d0, scratch);
        system.history(t0 - 2.0 * d0, scratch2);
        for (int i = 0; i < n; i++) {
            leftSlope[i] = (3.0 * leftState[i] - 4.0 * scratch[i] + scratch2[i]) / (2.0 * d0);
        }
        // Slot r holds t0 − (K−1−r)·dt, so the newest (t0) is at slot K−1.
        for (int r = 0; r < k - 1; r++) {
            double tr = t0 - (k - 1 - r) * h;
            system.history(tr, scratch);
            System.arraycopy(scratch, 0, ring, r * n, n);
            // The history's derivative by a central difference (error ~1e-10 relative), kept inside (tr − h, tr + h)
            // so it never straddles t0, where the derivative may jump.
            double d = Math.min(1e-5 * Math.max(1.0, Math.abs(tr)), 0.25 * h);
            system.history(tr + d, scratch);
            system.history(tr - d, scratch2);
            int base = r * n;
            for (int i = 0; i < n; i++) {
                slopes[base + i] = (scratch[i] - scratch2[i]) / (2.0 * d);
            }
        }
        System.arraycopy(y, 0, ring, (k - 1) * n, n);
        head = k - 1;
    }

    /**
     * @param component state component index
     * @param t         a past time within the stored window [ms]
     * @return y<sub>component</sub>(t), interpolated as configured
     * @throws IllegalArgumentException naming the component, the time and the available window when t is outside it
     */
    @Override
    public double at(int component, double t) {
        if (interpolation == DelayInterpolation.HERMITE) {
            return hermite(component, t);
        }
        return read(ring, leftState, component, t, true, interpolation == DelayInterpolation.LINEAR);
    }

    /**
     * @param component state component index
     * @param stepsBack steps back from the state at the start of the current step, 0 ≤ stepsBack &lt; K
     * @return the stored state, exactly
     * @throws IllegalArgumentException naming the component, the steps asked and the buffer length K when out of range
     */
    @Override
    public double atStep(int component, int stepsBack) {
        if (ring == null || component < 0 || component >= n || stepsBack < 0 || stepsBack > capacity - 1) {
            throw new IllegalArgumentException(name + ": delayed read of component " + component + " at "
                    + stepsBack + " steps back is out of range: " + (ring == null
                    ? "the past is only available inside step()"
                    : "the buffer holds " + capacity + " steps (0.." + (capacity - 1) + " back) of components 0.."
                    + (n - 1) + " (maxDelay = " + maxDelay + " ms, dt = " + dt + " ms)"));
        }
        return ring[slot(stepsBack) + component];
    }

    /**
     * The stored right-hand side at the grid times, interpolated like {@link #at}: for neutral delays. Needs the
     * neutral delay to be at least one step, since y'(t<sub>n</sub>) only exists once stage 0 of the step has run.
     *
     * @param component state component index
     * @param t         a past time within the stored window [ms]
     * @return y'<sub>component</sub>(t) [state units per ms]
     * @throws IllegalArgumentException naming the component, the time and the window when t is outside it, or when
     *     it needs the derivative at the current time while that is being computed
     */
    @Override
    public double derivativeAt(int component, double t) {
        return read(slopes, leftSlope, component, t, newestSlopeReady,
                interpolation != DelayInterpolation.ROUND);
    }

    /** Cubic Hermite read of the state (see the class comment), falling back to {@link #read} on grid points. */
    private double hermite(int component, double t) {
        double back = (newest - t) / dt;
        if (component < 0 || component >= n || !(back >= -1.0 - 1e-9) || back > capacity - 1 + 1e-9) {
            throw outside(component, t);
        }
        if (back <= 0.0) {
            return read(ring, leftState, component, t, true, true);
        }
        int r = (int) Math.floor(back);
        if (r > capacity - 2) {
            r = capacity - 2;
        }
        double frac = back - r;
        if (frac == 0.0 || frac == 1.0) {
            return read(ring, leftState, component, t, true, true);
        }
        double tol = 1e-9 * dt;
        boolean fromLeft = t < t0 - tol || (t <= t0 + tol && stageTime > newest + tol);
        // Segment from the older grid point (r + 1) to the newer (r); at t0 from the left the newer end is the
        // history's left limit, so the cubic never straddles the jump at t0.
        int newer = slot(r) + component;
        int older = slot(r + 1) + component;
        boolean leftAtT0 = r == steps && fromLeft;
        double y0 = ring[older];
        double f0 = slopes[older];
        double y1 = leftAtT0 ? leftState[component] : ring[newer];
        double s = 1.0 - frac;                            // position from the older point, in (0, 1)
        double diff = y1 - y0;
        double g = s * (s - 1.0);
        if (r == 0 && !newestSlopeReady) {
            // The newer slope is being computed (a delay shorter than a step): the quadratic through both states
            // with the older slope, third-order accurate.
            return y0 + s * dt * f0 + s * s * (diff - dt * f0);
        }
        double f1 = leftAtT0 ? leftSlope[component] : slopes[newer];
        // Hermite form of Hairer–Nørsett–Wanner (II.6.7): exact at both ends.
        return y0 + s * diff + g * ((1.0 - 2.0 * s) * diff + (s - 1.0) * dt * f0 + s * dt * f1);
    }

    private double read(double[] buffer, double[] left, int component, double t, boolean newestReady,
                        boolean linear) {
        double back = (newest - t) / dt;                  // steps back from the newest state, < 0 in the future
        if (component < 0 || component >= n || !(back >= -1.0 - 1e-9) || back > capacity - 1 + 1e-9) {
            throw outside(component, t);
        }
        int r;
        double frac;
        if (linear) {
            r = (int) Math.floor(back);
            if (r < 0) {
                r = 0;
            } else if (r > capacity - 2) {
                r = capacity - 2;
            }
            frac = back - r;
            if (frac == 1.0) {                            // exactly on the older grid point
                r++;
                frac = 0.0;
            }
        } else {
            r = (int) Math.max(0, Math.min(capacity - 1, Math.round(back)));
            frac = 0.0;
        }
        if (r == 0 && !newestReady) {
            throw new IllegalArgumentException(name + ": past derivative of component " + component + " at t = " + t
                    + " ms needs y'(" + newest + " ms), which this step is computing: a neutral delay must be at least "
                    + "one step (dt = " + dt + " ms)");
        }
        // Slot r is t0 when r == steps. A read before t0 takes the history's left limit there; a read at t0 (up to
        // rounding) does too when it comes from a stage after the step's start, since that stage integrates the
        // past up to t0 from the left, while stage 0 of a step starting at t0 + delay looks to the right.
        double tol = 1e-9 * dt;
        boolean fromLeft = t < t0 - tol || (t <= t0 + tol && stageTime > newest + tol);
        double near = r == steps && fromLeft ? left[component] : buffer[slot(r) + component];
        if (frac == 0.0) {
            return near;
        }
        double far = buffer[slot(r + 1) + component];
        return near + frac * (far - near);
    }

    /** @return whether y holds exactly the newest stored state (the one the current step starts from) */
    private boolean isNewestState(double[] y) {
        int base = head * n;
        for (int i = 0; i < n; i++) {
            if (y[i] != ring[base + i]) {
                return false;
            }
        }
        return true;
    }

    /** @return the array offset of the state r steps back from the newest */
    private int slot(int r) {
        int s = head - r;
        return (s < 0 ? s + capacity : s) * n;
    }

    private IllegalArgumentException outside(int component, double t) {
        if (steps == 0 && ring == null) {
            return new IllegalArgumentException(name + ": delayed read of component " + component + " at t = " + t
                    + " ms before the first step: the past is only available inside step()");
        }
        if (component < 0 || component >= n) {
            return new IllegalArgumentException(name + ": delayed read of component " + component + " at t = " + t
                    + " ms: component is out of range [0, " + (n - 1) + "]");
        }
        return new IllegalArgumentException(name + ": delayed read of component " + component + " at t = " + t
                + " ms is outside the stored window [" + (newest - (capacity - 1) * dt) + ", " + (newest + dt)
                + "] ms (maxDelay = " + maxDelay + " ms, dt = " + dt + " ms)");
    }

    /** @return the inner method's stepper, for tests */
    Stepper inner() {
        return inner;
    }

    @Override
    public void reset() {
        steps = 0;
        inner.reset();
    }

    @Override
    public String toString() {
        return "DelayedStepper[" + name + " over " + inner + ", " + interpolation + ", maxDelay " + maxDelay
                + " ms, dimension " + n + "]";
    }
}
