package org.brainj.api.run;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives what a run records as it is recorded, one chunk at a time, so that a long run's spikes and traces go to
 * disk (or anywhere) instead of accumulating in memory. Called from the computing thread between steps; the arrays
 * are reused after the call returns, so a sink copies or writes what it keeps.
 */
@ConsumerType
public interface RecordingSink {

    /**
     * Spikes of one population, in time order.
     *
     * @param population the population's name
     * @param indices    member indices
     * @param times      spike times [ms]
     * @param count      how many entries of the arrays are used
     */
    void spikes(String population, int[] indices, double[] times, int count);

    /**
     * Samples of one monitored variable, row-major: row r, column c at {@code r * width + c}.
     *
     * @param target  {@code population.variable}
     * @param indices the recorded members, one per column
     * @param times   sample times [ms], one per row
     * @param values  the samples
     * @param rows    how many rows are used
     */
    void samples(String target, int[] indices, double[] times, double[] values, int rows);
}
