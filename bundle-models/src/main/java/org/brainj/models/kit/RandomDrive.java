package org.brainj.models.kit;

import org.brainj.api.random.CounterRandom;

/** A drive that draws random numbers (noise, Poisson spikes): the network gives it the run's generator and a stream. */
public interface RandomDrive {

    /**
     * @param random the run's generator
     * @param stream this drive's stream id, unique within the network
     */
    void bindRandom(CounterRandom random, int stream);
}
