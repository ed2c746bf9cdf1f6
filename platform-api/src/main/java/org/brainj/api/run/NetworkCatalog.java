package org.brainj.api.run;

import java.util.List;
import java.util.Map;

import org.brainj.api.model.Initializer;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: named networks ready to run ({@code coba}, {@code cuba}, {@code cobahh}, {@code coba-brainpy},
 * {@code decision-making}, and whatever a lab's bundle adds), described as {@link NetworkSpec}s.
 */
@ConsumerType
public interface NetworkCatalog extends Provider {

    /** The network-level parameter every catalogue network accepts: the total number of neurons. */
    String NEURONS = "neurons";

    /**
     * @return the networks this catalogue describes, each of kind {@link org.brainj.api.model.ModelKind#NETWORK},
     *     with the parameters it accepts ({@value #NEURONS}, weights, connectivity storage, and the parameters of its
     *     neuron model, which apply to every population of that model)
     */
    List<ModelDescriptor> networks();

    /**
     * @param name   a name from {@link #networks()}
     * @param params parameter values; unknown names and out-of-range values are rejected, naming the valid ones
     * @param init   initial values by state variable, applied to every neuron population
     * @return the network, described
     * @throws IllegalArgumentException for an unknown network name, listing the known ones
     * @throws org.brainj.api.core.ParameterException for a bad parameter
     */
    NetworkSpec network(String name, Parameters params, Map<String, Initializer> init);

    /**
     * @param name a name from {@link #networks()}
     * @return the simulated time a run of it covers unless told otherwise [ms]
     */
    double defaultDuration(String name);
}
