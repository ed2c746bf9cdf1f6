package org.brainj.api.integrate;

import org.osgi.annotation.versioning.ProviderType;

/** Read access to a delayed system's past, kept by the stepper (history before t0 comes from the system). */
@ProviderType
public interface PastValues {

    /**
     * @param component state component index
     * @param t         a past time, t0 − maxDelay ≤ t ≤ now [ms]
     * @return y<sub>component</sub>(t), interpolated as the integrator's options say
     */
    double at(int component, double t);

    /**
     * The past derivative, for neutral delay equations (y'(t) depending on y'(t − σ)). Steppers that store the past
     * right-hand sides override this with their stored values; the default differentiates {@link #at} backwards over
     * 10<sup>-6</sup>·max(1, |t|) ms, which is exact inside one linear interpolation segment up to rounding.
     *
     * @param component state component index
     * @param t         a past time, t0 − maxDelay &lt; t ≤ now [ms]
     * @return dy<sub>component</sub>/dt at t [state units per ms]
     */
    default double derivativeAt(int component, double t) {
        double h = 1e-6 * Math.max(1.0, Math.abs(t));
        return (at(component, t) - at(component, t - h)) / h;
    }
}
