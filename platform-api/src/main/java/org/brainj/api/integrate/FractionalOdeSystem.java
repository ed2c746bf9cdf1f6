package org.brainj.api.integrate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * D<sup>α</sup> y = f(t, y) with Caputo derivatives of order 0 &lt; α ≤ 1 per component; the right-hand side is
 * {@link #derivatives}.
 */
@ConsumerType
public interface FractionalOdeSystem extends OdeSystem {

    /** @return the order α<sub>i</sub> of each component, each in (0, 1]; length {@link #dimension()} */
    double[] orders();
}
