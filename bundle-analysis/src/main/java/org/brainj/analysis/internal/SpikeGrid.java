package org.brainj.analysis.internal;

import org.brainj.api.run.RunResult;
import org.brainj.api.run.SpikeRecord;

/**
 * A population's spike record on the step grid of the run that produced it, as the spike measures read it: the
 * step size and the step count come from the run, each spike's step from {@link SpikeSteps#stepOf}.
 *
 * @param record the population's spikes
 * @param dt     the run's step size [ms]
 * @param steps  the run's step count
 */
record SpikeGrid(SpikeRecord record, double dt, int steps) {

    /**
     * @param result     a run's records
     * @param population the population whose spikes are read
     * @return its spikes with the run's grid
     * @throws IllegalArgumentException when the population was not recorded or the run's dt or duration is out of
     *                                  range
     */
    static SpikeGrid of(RunResult result, String population) {
        SpikeRecord record = result.spikes(population);
        return new SpikeGrid(record, result.dt(), SpikeSteps.stepCount(result));
    }

    /**
     * @param k the spike's position in the record
     * @return its step index
     * @throws IllegalArgumentException when the spike lies outside the run
     */
    int stepOf(int k) {
        return SpikeSteps.stepOf(record, k, dt, steps);
    }

    /**
     * @param bin a bin length [ms]
     * @return the whole steps in it, {@code int(bin / dt)}: truncated as BrainPy does, so both pick the same bins
     */
    long stepsPer(double bin) {
        return (long) (bin / dt);
    }
}
