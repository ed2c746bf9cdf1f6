package org.brainj.api.integrate;

import java.util.Objects;

import org.brainj.api.core.ParameterException;

/**
 * Times threshold crossings inside the last accepted step of an {@link AdaptiveStepper}, from its dense output
 * ({@link AdaptiveStepper#interpolate}), so a spike is timed between step ends rather than rounded to one.
 *
 * <p>Usage: drive the stepper with {@link AdaptiveStepper#attempt}; after an attempt from t accepted with size h,
 * call {@link #locate}(event, t, t + h). The root is found by the Illinois variant of regula falsi (superlinear)
 * with a bisection step whenever an iteration fails to halve the bracket, so it always converges.
 *
 * <p>Holds one state-sized scratch buffer; {@link #locate} allocates nothing. Not thread-safe.
 */
public final class EventLocator {

    /** Iteration cap: bisection alone reaches any tolerance ≥ 2<sup>-100</sup> of the step within it. */
    private static final int MAX_ITERATIONS = 200;

    private final AdaptiveStepper stepper;
    private final double[] scratch;
    private final double timeTolerance;

    /**
     * @param stepper       the stepper whose last accepted step is searched
     * @param dimension     the length of its state vector
     * @param timeTolerance width of the final bracket [ms], &gt; 0
     * @throws ParameterException if the dimension is negative or the tolerance not positive and finite
     */
    public EventLocator(AdaptiveStepper stepper, int dimension, double timeTolerance) {
        this.stepper = Objects.requireNonNull(stepper, "stepper");
        if (dimension < 0) {
            throw new ParameterException("dimension", String.valueOf(dimension), "must be >= 0");
        }
        if (!(timeTolerance > 0) || timeTolerance == Double.POSITIVE_INFINITY) {
            throw new ParameterException("timeTolerance", timeTolerance + " ms", "must be finite and > 0 ms");
        }
        this.scratch = new double[dimension];
        this.timeTolerance = timeTolerance;
    }

    /**
     * Finds where the watched component rises through the threshold within [t0, t1].
     *
     * @param event the component and level
     * @param t0    start of the last accepted step [ms]
     * @param t1    its end [ms], &gt; t0
     * @return the first time within {@code timeTolerance} at or after which the interpolated component is at or above
     *     the threshold [ms], in (t0, t1]; NaN when it is not below the threshold at t0 and at or above it at t1
     * @throws IllegalArgumentException if the component is outside the state, or t1 ≤ t0
     */
    public double locate(ThresholdEvent event, double t0, double t1) {
        int k = event.component();
        if (k >= scratch.length) {
            throw new IllegalArgumentException("event component = " + k + " is out of range: must be < "
                    + scratch.length + " (the state length)");
        }
        if (!(t1 > t0)) {
            throw new IllegalArgumentException("step end t1 = " + t1 + " ms must be > start t0 = " + t0 + " ms");
        }
        double level = event.threshold();
        double a = t0;
        double fa = value(a, k) - level;
        double b = t1;
        double fb = value(b, k) - level;
        if (!(fa < 0 && fb >= 0)) {
            return Double.NaN;
        }
        int side = 0;
        double width = b - a;
        boolean bisect = false;
        for (int i = 0; i < MAX_ITERATIONS && b - a > timeTolerance; i++) {
            double c = bisect ? 0.5 * (a + b) : (a * fb - b * fa) / (fb - fa);
            if (!(c > a && c < b)) {
                c = 0.5 * (a + b);
            }
            double fc = value(c, k) - level;
            if (fc >= 0) {
                b = c;
                fb = fc;
                // Illinois: the lower end stayed twice in a row, so halve its weight to pull the secant towards it.
                if (side == 1) {
                    fa *= 0.5;
                }
                side = 1;
            } else {
                a = c;
                fa = fc;
                if (side == -1) {
                    fb *= 0.5;
                }
                side = -1;
            }
            double next = b - a;
            bisect = next > 0.5 * width;
            width = next;
            if (fc == 0) {
                break;
            }
        }
        return b;
    }

    private double value(double t, int k) {
        stepper.interpolate(t, scratch);
        return scratch[k];
    }
}
