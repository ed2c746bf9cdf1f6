package org.brainj.api.run;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/** SPI: builds runnable simulations from a declarative network spec or from a model assembled in Java. */
@ConsumerType
public interface Simulator extends Provider {

    /**
     * @param spec    the network, described
     * @param options dt, seed, backend, default method, threads
     * @return the built simulation
     * @throws org.brainj.api.core.ModelException naming the part of the spec that cannot be built
     */
    Simulation build(NetworkSpec spec, SimulationOptions options);

    /**
     * @param root    a model assembled in Java
     * @param options dt, seed, backend, default method, threads
     * @return a simulation driving it
     */
    Simulation wrap(DynamicalSystem root, SimulationOptions options);
}
