package org.brainj.api.distributed;

import org.brainj.api.platform.Provider;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.Simulation;
import org.brainj.api.run.SimulationOptions;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: builds one rank's part of a network that several ranks simulate together. Every rank builds from the same
 * spec and options; the spike trains of the whole run are identical to a one-process run with the same seed.
 */
@ConsumerType
public interface PartitionedSimulator extends Provider {

    /**
     * @param spec        the network
     * @param options     dt, seed, backend, method, threads (per rank)
     * @param exchange    this rank's exchange
     * @param windowSteps steps between exchanges; 0 for the longest the network allows (its shortest delay + 1 step)
     * @return the rank's simulation; its result holds the spikes of the whole network on rank 0 (other ranks: spike
     *     counts only)
     * @throws org.brainj.api.core.ParameterException when {@code windowSteps} exceeds what the shortest delay allows,
     *     naming the projection
     * @throws org.brainj.api.core.ModelException when a part of the network cannot be partitioned
     */
    Simulation build(NetworkSpec spec, SimulationOptions options, SpikeExchange exchange, int windowSteps);
}
