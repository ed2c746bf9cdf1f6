package org.brainj.api.run;

/**
 * The spikes of one population during a run, as (index, time) pairs in time order.
 *
 * @param population the population's name
 * @param size       the population's size
 * @param indices    member index of each spike
 * @param times      time of each spike [ms]
 */
public record SpikeRecord(String population, int size, int[] indices, double[] times) {

    /** Checks both arrays have one entry per spike. */
    public SpikeRecord {
        if (indices.length != times.length) {
            throw new IllegalArgumentException("indices and times must have the same length");
        }
    }

    /** @return the number of spikes */
    public int count() {
        return times.length;
    }

    /**
     * @param duration the run's duration [ms]
     * @return the mean firing rate per member [Hz]
     */
    public double meanRate(double duration) {
        return size == 0 || duration <= 0 ? 0.0 : times.length / (size * duration * 1e-3);
    }
}
