package org.brainj.api.train;

import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: a surrogate gradient for the spike function. The forward pass is the Heaviside step of x = V − V_th; the
 * backward pass uses this smooth derivative instead of the Dirac delta.
 */
@ConsumerType
public interface Surrogate extends Provider {

    /** @return the default sharpness α */
    double defaultAlpha();

    /**
     * @param x     the membrane distance to threshold, V − V_th (scaled)
     * @param alpha sharpness
     * @return the surrogate derivative dS/dx at x
     */
    double derivative(double x, double alpha);
}
