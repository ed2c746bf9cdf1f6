package org.brainj.integrators.internal;

import java.util.Arrays;
import java.util.Objects;

import org.brainj.api.core.BrainjException;
import org.brainj.api.integrate.AdaptiveStepper;
import org.brainj.api.integrate.ButcherTableau;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.OdeSystem;

/**
 * Any embedded explicit Runge–Kutta pair with error control, driven by its Butcher tableau: b propagates the solution,
 * the difference b − b̂ estimates the local error.
 *
 * <p><b>Error norm.</b> The root-mean-square norm of Hairer, Nørsett and Wanner:
 * err = sqrt((1/n) Σ<sub>i</sub> (e<sub>i</sub> / sc<sub>i</sub>)²) with
 * sc<sub>i</sub> = absTolerance + relTolerance · max(|y<sub>i</sub>|, |y<sub>new,i</sub>|) and
 * e<sub>i</sub> = h Σ<sub>j</sub> (b<sub>j</sub> − b̂<sub>j</sub>) k<sub>j,i</sub>. RMS rather than max so that a
 * population's tolerance means the same whatever its size; a step is accepted when err ≤ 1.
 *
 * <p><b>Error per unit step without local extrapolation.</b> When b is the lower-order row (rkf12, Fehlberg's
 * design: the first-order solution propagates, the second-order one only estimates), the estimate is the propagated
 * solution's own local error, not a bound far above it as with local extrapolation. Held to tol per step, N such
 * errors add up to a global error of about N·tol, which grows without bound as tol shrinks (N ∝ tol<sup>−1/q</sup>):
 * on Lorenz and Van der Pol that was 100-700× tol. Such pairs are therefore controlled per unit step: a step of h ms
 * is accepted when its error norm is at most h / {@value #UNIT_STEP} ms (never looser than per step, for h ≥ 1 ms),
 * so the local errors over a run of T ms sum to about T·tol (tolerance proportionality, Shampine 1977), and the
 * controller exponent is 1/q instead of 1/(q+1).
 *
 * <p><b>Controller.</b> h<sub>new</sub> = h · clamp(0.9 · err<sup>−1/(q+1)</sup>, 0.2, 5), q = min(order,
 * embedded order) (the order of the estimate), with growth capped at 1 right after a rejection (otherwise the controller
 * oscillates around the stability limit), then clamped to [minStep, maxStep]. A rejected step already at minStep
 * throws a {@link BrainjException} naming t, the step and the tolerances.
 *
 * <p><b>First same as last.</b> When the last stage is evaluated at the new solution (rkdp, bs), its slope becomes the
 * next step's first stage. Because a caller may change y between calls (a spike reset), the reuse is checked: it
 * applies only when y still equals the state the slope was computed at.
 *
 * <p><b>Dense output.</b> {@link #interpolate} uses the cubic Hermite interpolant of the last accepted step's end
 * values and slopes: third-order accurate (local error O(h⁴)), continuous, and exact at both ends. Without first
 * same as last, the end slope costs one extra evaluation, made only when {@link #interpolate} is first called for the
 * step.
 *
 * <p>Every buffer is allocated at construction; {@link #attempt}, {@link #step} and {@link #interpolate} allocate
 * nothing. Not thread-safe: one instance per system.
 */
final class EmbeddedRungeKutta implements AdaptiveStepper {

    /** Safety factor of the step-size controller: aims slightly below the size the estimate allows. */
    static final double SAFETY = 0.9;
    /** Smallest factor the controller shrinks a step by in one go. */
    static final double MIN_FACTOR = 0.2;
    /** Largest factor the controller grows a step by in one go. */
    static final double MAX_FACTOR = 5.0;
    /** The time unit of error-per-unit-step control [ms]. */
    static final double UNIT_STEP = 1.0;

    private final String name;
    private final OdeSystem system;
    private final int dimension;
    private final int stages;
    private final double[] c;
    private final double[][] a;
    private final double[] b;
    /** b − b̂: the error weights. */
    private final double[] d;
    private final double exponent;
    /** True when b is the lower-order row (no local extrapolation): the error is controlled per unit step. */
    private final boolean perUnitStep;
    private final boolean firstSameAsLast;
    private final double absTolerance;
    private final double relTolerance;
    private final double minStep;
    private final double maxStep;

    /** k[i]: slope of stage i [state units / ms]; arrays are swapped with the dense-output buffers, never replaced. */
    private final double[][] k;
    private final double[] work;
    /** The candidate solution of the current attempt. */
    private double[] yNew;
    /** The state k[0] was computed at (time k0Time), for checking first-same-as-last reuse. */
    private double[] yStart;
    private double k0Time;
    private boolean k0Valid;

    // Dense output of the last accepted step: [t0, t1], end values and slopes.
    private double[] y0;
    private double[] f0;
    private double[] y1;
    private double[] f1;
    private double t0;
    private double t1;
    private boolean hasStep;
    private boolean f1Valid;

    /** The size the controller proposes for the next attempt of {@link #step}, or 0 before the first. */
    private double nextStep;
    private long accepted;
    private long rejected;
    private long evaluations;

    /**
     * @param tableau an embedded pair ({@link ButcherTableau#embedded()})
     * @param system  the equations
     * @param options tolerances and step bounds
     * @throws IllegalArgumentException if the tableau has no embedded weights or the dimension is negative
     */
    EmbeddedRungeKutta(ButcherTableau tableau, OdeSystem system, IntegratorOptions options) {
        Objects.requireNonNull(tableau, "tableau");
        this.system = Objects.requireNonNull(system, "system");
        Objects.requireNonNull(options, "options");
        if (!tableau.embedded()) {
            throw new IllegalArgumentException("tableau '" + tableau.name()
                    + "' has no embedded weights bHat: an adaptive stepper needs an embedded pair");
        }
        int n = system.dimension();
        if (n < 0) {
            throw new IllegalArgumentException("system dimension = " + n + " is out of range: must be >= 0");
        }
        this.name = tableau.name();
        this.dimension = n;
        this.stages = tableau.stages();
        this.c = tableau.c();
        this.a = tableau.a();
        this.b = tableau.b();
        double[] bHat = tableau.bHat();
        this.d = new double[stages];
        for (int i = 0; i < stages; i++) {
            d[i] = b[i] - bHat[i];
        }
        this.perUnitStep = tableau.order() < tableau.embeddedOrder();
        // The estimate is O(h^(q+1)); per unit step (divided by h) it is O(h^q).
        int q = Math.min(tableau.order(), tableau.embeddedOrder());
        this.exponent = perUnitStep ? 1.0 / q : 1.0 / (q + 1);
        this.firstSameAsLast = isFirstSameAsLast(c, a, b);
        this.absTolerance = options.absTolerance();
        this.relTolerance = options.relTolerance();
        this.minStep = options.minStep();
        this.maxStep = options.maxStep();
        this.k = new double[stages][n];
        this.work = new double[n];
        this.yNew = new double[n];
        this.yStart = new double[n];
        this.y0 = new double[n];
        this.f0 = new double[n];
        this.y1 = new double[n];
        this.f1 = new double[n];
    }

    /** The last stage is f(t + h, y + h Σ b k) exactly when c_s = 1, its row of a equals b, and b_s = 0. */
    private static boolean isFirstSameAsLast(double[] c, double[][] a, double[] b) {
        int s = b.length;
        if (s < 2 || c[s - 1] != 1.0 || b[s - 1] != 0.0) {
            return false;
        }
        for (int j = 0; j < s - 1; j++) {
            if (a[s - 1][j] != b[j]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double attempt(double t, double dt, double[] y) {
        check(t, dt, y);
        return tryStep(t, dt, y, false);
    }

    @Override
    public void step(long step, double t, double dt, double[] y) {
        check(t, dt, y);
        final double end = t + dt;
        double time = t;
        double h = nextStep > 0 ? Math.min(nextStep, maxStep) : Math.min(dt, maxStep);
        boolean known = false;
        while (time < end) {
            double remaining = end - time;
            // Stretch a step that would leave a sliver shorter than 1e-10 of itself, so the loop ends on `end`
            // exactly instead of taking a step of rounding size.
            boolean last = h >= remaining * (1.0 - 1e-10);
            double size = last ? remaining : h;
            double r = tryStep(time, size, y, known);
            known = true;
            if (r > 0) {
                time = last ? end : time + size;
                // A step cut short to hit `end` says little about the size the solution allows: keep the
                // proposal of the last unconstrained step unless the shortened one was itself rejected before.
                if (!last || size >= h) {
                    h = r;
                }
            } else {
                h = -r;
            }
        }
        nextStep = h;
    }

    /**
     * One attempt; {@code known} tells that y is exactly the state this stepper left after the previous attempt, so
     * the first-stage check can be skipped.
     */
    private double tryStep(double t, double h, double[] y, boolean known) {
        final int n = dimension;
        final double[] w = work;
        if (!(k0Valid && k0Time == t && (known || Arrays.equals(y, yStart)))) {
            System.arraycopy(y, 0, yStart, 0, n);
            system.derivatives(t, y, k[0]);
            evaluations++;
            k0Time = t;
            k0Valid = true;
        }
        for (int i = 1; i < stages; i++) {
            if (firstSameAsLast && i == stages - 1) {
                break;
            }
            stageState(a[i], i, y, h, w);
            system.derivatives(t + c[i] * h, w, k[i]);
            evaluations++;
        }
        stageState(b, firstSameAsLast ? stages - 1 : stages, y, h, yNew);
        if (firstSameAsLast) {
            system.derivatives(t + h, yNew, k[stages - 1]);
            evaluations++;
        }
        StageSums.accumulate(k, d, stages, w, n);
        double sum = 0.0;
        for (int e = 0; e < n; e++) {
            double sc = absTolerance + relTolerance * Math.max(Math.abs(y[e]), Math.abs(yNew[e]));
            double q = h * w[e] / sc;
            sum += q * q;
        }
        double err = n == 0 ? 0.0 : Math.sqrt(sum / n);
        if (perUnitStep && h < UNIT_STEP) {
            err /= h / UNIT_STEP;
        }
        if (err <= 1.0) {
            accept(t, h, y);
            double factor = err == 0.0 ? MAX_FACTOR
                    : Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, SAFETY * Math.pow(err, -exponent)));
            return Math.min(maxStep, Math.max(minStep, h * factor));
        }
        rejected++;
        if (h <= minStep) {
            throw new BrainjException(name + ": step size underflow at t = " + t + " ms: a step of " + h
                    + " ms (minStep " + minStep + " ms) still misses the tolerances absTolerance = " + absTolerance
                    + ", relTolerance = " + relTolerance + " (error norm " + err
                    + "); the system is too stiff or singular here, loosen the tolerances or lower minStep");
        }
        // NaN errors (an overflowing trial) shrink as hard as allowed.
        double factor = Double.isNaN(err) ? MIN_FACTOR
                : Math.min(1.0, Math.max(MIN_FACTOR, SAFETY * Math.pow(err, -exponent)));
        return -Math.max(minStep, h * factor);
    }

    /** Writes y + h Σ<sub>j&lt;count</sub> weights[j] k[j] into {@code out}. */
    private void stageState(double[] weights, int count, double[] y, double h, double[] out) {
        final int n = dimension;
        // Sum the weighted slopes before scaling by h, so rounding stays relative to the increment.
        StageSums.accumulate(k, weights, count, out, n);
        for (int e = 0; e < n; e++) {
            out[e] = y[e] + h * out[e];
        }
    }

    private void accept(double t, double h, double[] y) {
        final int n = dimension;
        double[] swap = y0;
        y0 = yStart;
        yStart = swap;
        swap = f0;
        f0 = k[0];
        k[0] = swap;
        swap = y1;
        y1 = yNew;
        yNew = swap;
        System.arraycopy(y1, 0, y, 0, n);
        t0 = t;
        t1 = t + h;
        hasStep = true;
        accepted++;
        if (firstSameAsLast) {
            swap = f1;
            f1 = k[stages - 1];
            k[stages - 1] = swap;
            f1Valid = true;
            System.arraycopy(f1, 0, k[0], 0, n);
            System.arraycopy(y1, 0, yStart, 0, n);
            k0Time = t1;
            k0Valid = true;
        } else {
            f1Valid = false;
            k0Valid = false;
        }
    }

    @Override
    public void interpolate(double t, double[] out) {
        if (!hasStep) {
            throw new IllegalStateException(name + ": no accepted step to interpolate in yet");
        }
        if (out == null || out.length != dimension) {
            throw new IllegalArgumentException(name + ": out length = " + (out == null ? "null" : out.length)
                    + " does not match the system dimension " + dimension);
        }
        double h = t1 - t0;
        // Admit rounding-size overshoots at either end, which event locators produce when they evaluate t0 + h.
        double slack = 1e-12 * Math.max(Math.abs(t0), Math.abs(t1)) + 1e-15;
        if (!(t >= t0 - slack && t <= t1 + slack)) {
            throw new IllegalArgumentException(name + ": t = " + t + " ms is outside the last accepted step ["
                    + t0 + ", " + t1 + "] ms");
        }
        if (!f1Valid) {
            system.derivatives(t1, y1, f1);
            evaluations++;
            f1Valid = true;
        }
        double theta = (t - t0) / h;
        double thetaM1 = theta - 1.0;
        // Hermite form of Hairer–Nørsett–Wanner (II.6.7): exact at both ends, whatever the rounding of theta.
        double g = theta * thetaM1;
        double cDiff = g * (1.0 - 2.0 * theta);
        double cF0 = g * thetaM1 * h;
        double cF1 = g * theta * h;
        for (int e = 0; e < dimension; e++) {
            double a0 = y0[e];
            double diff = y1[e] - a0;
            out[e] = a0 + theta * diff + cDiff * diff + cF0 * f0[e] + cF1 * f1[e];
        }
    }

    @Override
    public void reset() {
        nextStep = 0.0;
        k0Valid = false;
        hasStep = false;
        f1Valid = false;
    }

    private void check(double t, double dt, double[] y) {
        if (y == null || y.length != dimension) {
            throw new IllegalArgumentException(name + ": state length = " + (y == null ? "null" : y.length)
                    + " does not match the system dimension " + dimension);
        }
        if (!(dt > 0) || dt == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + ": dt = " + dt + " ms is out of range: must be finite and > 0");
        }
        if (!Double.isFinite(t)) {
            throw new IllegalArgumentException(name + ": t = " + t + " ms is out of range: must be finite");
        }
    }

    /** @return the start of the last accepted step [ms] (NaN before the first) */
    double lastStepStart() {
        return hasStep ? t0 : Double.NaN;
    }

    /** @return the end of the last accepted step [ms] (NaN before the first) */
    double lastStepEnd() {
        return hasStep ? t1 : Double.NaN;
    }

    /** @return accepted attempts since construction */
    long acceptedSteps() {
        return accepted;
    }

    /** @return rejected attempts since construction */
    long rejectedSteps() {
        return rejected;
    }

    /** @return right-hand-side evaluations since construction */
    long evaluations() {
        return evaluations;
    }

    /** @return true if the tableau's last stage is reused as the next first stage */
    boolean firstSameAsLast() {
        return firstSameAsLast;
    }

    @Override
    public String toString() {
        return "EmbeddedRungeKutta[" + name + ", " + stages + " stages, dimension " + dimension + ", tolerances "
                + absTolerance + "/" + relTolerance + "]";
    }
}
