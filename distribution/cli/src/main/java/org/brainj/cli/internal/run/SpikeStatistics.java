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
        Accumulator a = new Accumulator(size);
        a.add(indices, times, times.length);
        return a.statistics(population, size, durationMs);
    }

    /**
     * The statistics of a population computed online, chunk by chunk as a run streams its spikes, in memory
     * proportional to the population (five numbers per member) however long the run. Chunks must arrive in time
     * order; the result equals {@link SpikeStatistics#of} over the concatenated chunks, bit for bit.
     */
    static final class Accumulator {

        // Per member: last spike, spike count, and sums of ISIs shifted by the member's first ISI (the shift keeps
        // the variance free of cancellation when ISIs are nearly equal; the result equals the reference's formula).
        private double[] last;
        private int[] spikes;
        private double[] shift;
        private double[] s1;
        private double[] s2;
        private long total;

        /** @param size the population's size (members beyond it grow the arrays) */
        Accumulator(int size) {
            int n = Math.max(size, 0);
            last = new double[n];
            spikes = new int[n];
            shift = new double[n];
            s1 = new double[n];
            s2 = new double[n];
        }

        /**
         * @param indices member of each spike (negative entries are counted but belong to no member)
         * @param times   time of each spike [ms], in time order and after every earlier chunk's
         * @param count   entries used
         */
        void add(int[] indices, double[] times, int count) {
            total += count;
            for (int k = 0; k < count; k++) {
                int i = indices[k];
                if (i < 0) {
                    continue;
                }
                if (i >= spikes.length) {
                    grow(i + 1);
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
        }

        private void grow(int min) {
            int n = Math.max(min, 2 * spikes.length);
            last = java.util.Arrays.copyOf(last, n);
            spikes = java.util.Arrays.copyOf(spikes, n);
            shift = java.util.Arrays.copyOf(shift, n);
            s1 = java.util.Arrays.copyOf(s1, n);
            s2 = java.util.Arrays.copyOf(s2, n);
        }

        /** @return spikes added so far */
        long count() {
            return total;
        }

        /**
         * @param population the population's name
         * @param size       its members
         * @param durationMs the simulated time [ms]
         * @return the statistics of every spike added
         */
        SpikeStatistics statistics(String population, int size, double durationMs) {
            double sum = 0;
            int counted = 0;
            for (int i = 0; i < spikes.length; i++) {
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
            return new SpikeStatistics(population, size, total, rate(total, size, durationMs),
                    counted == 0 ? Double.NaN : sum / counted, counted);
        }
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
