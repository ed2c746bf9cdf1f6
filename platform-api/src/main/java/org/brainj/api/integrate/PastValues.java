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
}
