package org.brainj.api.integrate;

import org.osgi.annotation.versioning.ConsumerType;

/** Base of every equation system an integrator advances: a flat state vector of fixed length. */
@ConsumerType
public interface EquationSystem {

    /** @return the length of the state vector (e.g. number of variables × population size) */
    int dimension();
}
