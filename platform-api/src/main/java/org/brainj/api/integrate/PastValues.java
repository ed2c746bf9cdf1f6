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

    /**
     * A length (step) delay: the state a whole number of steps back on the stepper's fixed step grid, exactly as
     * stored, without interpolation. Step 0 is the state at the start of the step being taken (t<sub>n</sub>), step
     * k the one at t<sub>n</sub> − k·dt; steps before t0 are the history sampled on the same grid. Steppers with a
     * fixed-grid ring buffer override this; a past kept without a step grid stores no steps, so the default refuses
     * every request.
     *
     * @param component state component index
     * @param stepsBack how many steps back, 0 ≤ stepsBack &lt; the number of stored steps (about maxDelay/dt + 2)
     * @return y<sub>component</sub>(t<sub>n</sub> − stepsBack·dt)
     * @throws IllegalArgumentException naming the component, the steps asked and the stored length when out of range
     */
    default double atStep(int component, int stepsBack) {
        throw new IllegalArgumentException("delayed read of component " + component + " at " + stepsBack
                + " steps back: this past (" + getClass().getName() + ") keeps no fixed step grid, its buffer holds 0"
                + " steps; read it by time with at(component, t)");
    }
}
