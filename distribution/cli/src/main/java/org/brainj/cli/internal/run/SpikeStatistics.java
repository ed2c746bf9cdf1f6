package org.brainj.cli.internal.run;

import org.brainj.api.run.SpikeRecord;

/**
 * Firing statistics of one population, computed as {@code shared/bench/brian2/bench_brian2.py} computes them for the
 * reference simulators, so BrainJ's numbers compare one to one with Brian2's and BrainPy's.
 *
 * @param population the population
 * @param size       its members
 * @param spikes     spikes in the run
 * @param rateHz     mean rate per member over the simulated time [Hz]
 * @param cvIsi      mean over members with at least 3 spikes of their ISIs' coefficient of variation (population
 *                   standard deviation over mean); NaN when no member has 3 spikes
 * @param cvNeurons  the members that entered {@code cvIsi}
 */
record SpikeStatistics(String population, int size, long spikes, double rateHz, double cvIsi, int cvNeurons) {

    /**
     * @param record     a population's spikes, in time order
     * @param durationMs the simulated time they cover [ms]
     * @return its statistics
     */
    static SpikeStatistics of(SpikeRecord record, double durationMs) {
        return of(record.population(), record.size(), record.indices(), record.times(), durationMs);
    }

    /**
     * @param population the population's name
     * @param size       its members
     * @param indices    member of each spike
     * @param times      time of each spike [ms], in time order
     * @param durationMs the simulated time [ms]
     * @return the statistics
     */
    static SpikeStatistics of(String population, int size, int[] indices, double[] times, double durationMs) {
        double rate = rate(times.length, size, durationMs);
        int n = size;
        for (int i : indices) {
            n = Math.max(n, i + 1);
        }
        // Per member: last spike, ISI count, and sums of ISIs shifted by the member's first ISI (the shift keeps
        // the variance free of cancellation when ISIs are nearly equal; the result equals the reference's formula).
        double[] last = new double[n];
        int[] spikes = new int[n];
        double[] shift = new double[n];
        double[] s1 = new double[n];
        double[] s2 = new double[n];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0) {
                continue;
            }
            if (spikes[i] > 0) {
                double isi = times[k] - last[i];
                if (spikes[i] == 1) {
                    shift[i] = isi;
                }
                double d = isi - shift[i];
                s1[i] += d;
                s2[i] += d * d;
            }
            spikes[i]++;
            last[i] = times[k];
        }
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            if (spikes[i] < 3) {
                continue;
            }
            int isis = spikes[i] - 1;
            double meanShifted = s1[i] / isis;
            double mean = shift[i] + meanShifted;
            double var = Math.max(s2[i] / isis - meanShifted * meanShifted, 0.0);
            if (mean > 0) {
                sum += Math.sqrt(var) / mean;
                counted++;
            }
        }
        return new SpikeStatistics(population, size, times.length, rate, counted == 0 ? Double.NaN : sum / counted,
                counted);
    }

    /**
     * @param spikes     spike count
     * @param members    population size
     * @param durationMs simulated time [ms]
     * @return spikes per member per second [Hz]; 0 for an empty population or no time
     */
    static double rate(long spikes, long members, double durationMs) {
        return members <= 0 || !(durationMs > 0) ? 0.0 : spikes / (members * durationMs * 1e-3);
    }
}
