package org.brainj.api.integrate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An embedded Runge–Kutta stepper with error control: a step whose estimated error exceeds the tolerances is
 * rejected and retried with a smaller size. {@link #step} of the parent interface loops internally until it has
 * covered the full dt.
 */
@ConsumerType
public interface AdaptiveStepper extends Stepper {

    /**
     * Tries one step with error control.
     *
     * @param t  the time at the start of the step [ms]
     * @param dt the size to try [ms]
     * @param y  the state; advanced to t + dt only when the step is accepted (modified)
     * @return when accepted, the positive size to try next [ms]; when rejected, the negated smaller size to retry
     *     with, y untouched
     */
    double attempt(double t, double dt, double[] y);

    /**
     * Dense output inside the last accepted step, for locating events (spikes) between step ends.
     *
     * @param t   a time within the last accepted step [ms]
     * @param out receives y(t) (modified)
     */
    void interpolate(double t, double[] out);
}
