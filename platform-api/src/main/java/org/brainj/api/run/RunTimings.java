package org.brainj.api.run;

/**
 * Where a run's wall time went, and how much work it did.
 *
 * @param buildSeconds    wall time to build the model (allocation, connectivity) [s]
 * @param runSeconds      wall time of the step loop [s]
 * @param steps           steps taken
 * @param synapticEvents  spikes delivered to synapses (one per spike and outgoing synapse)
 */
public record RunTimings(double buildSeconds, double runSeconds, long steps, long synapticEvents) {

    /**
     * Timings of a run that does not count synaptic events.
     *
     * @param buildSeconds build wall time [s]
     * @param runSeconds   loop wall time [s]
     * @param steps        steps taken
     */
    public RunTimings(double buildSeconds, double runSeconds, long steps) {
        this(buildSeconds, runSeconds, steps, 0L);
    }
}
