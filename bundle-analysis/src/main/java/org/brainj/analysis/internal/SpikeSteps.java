package org.brainj.analysis.internal;

import org.brainj.api.run.RunResult;
import org.brainj.api.run.SpikeRecord;

/**
 * Maps recorded spike times back to the steps of the run that produced them. Spikes are stamped with the time at
 * the start of their step, t = i·dt, with runs starting at t = 0 (the convention of the platform's runners and of
 * BrainPy's monitors), so step i = round(t / dt).
 */
final class SpikeSteps {

    private SpikeSteps() {
    }

    /**
     * @param result a run's records
     * @return the number of steps the run covered, round(duration / dt)
     */
    static int stepCount(RunResult result) {
        double dt = result.dt();
        if (!(dt > 0.0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("the run's dt = " + dt + " ms is out of range: must be > 0");
        }
        long steps = Math.round(result.duration() / dt);
        if (steps < 0 || steps > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the run's duration " + result.duration() + " ms at dt = " + dt
                    + " ms gives " + steps + " steps, outside [0, " + (Integer.MAX_VALUE - 8) + "]");
        }
        return (int) steps;
    }

    /**
     * @param record a spike record
     * @param k      the spike's position in the record
     * @param dt     the step size [ms]
     * @param steps  the run's step count
     * @return the step index of that spike
     * @throws IllegalArgumentException when the spike lies outside the run
     */
    static int stepOf(SpikeRecord record, int k, double dt, int steps) {
        double t = record.times()[k];
        long s = Math.round(t / dt);
        if (!Double.isFinite(t) || s < 0 || s >= steps) {
            throw new IllegalArgumentException("spike " + k + " of '" + record.population() + "' at t = " + t
                    + " ms lies outside the run's steps [0, " + steps + ") at dt = " + dt
                    + " ms; measures expect spike times t = i*dt from a run starting at t = 0");
        }
        return (int) s;
    }

    /**
     * @param record a spike record
     * @param dt     the step size [ms]
     * @param steps  the run's step count
     * @return the number of spikes of the whole population at each step
     */
    static long[] countsPerStep(SpikeRecord record, double dt, int steps) {
        long[] counts = new long[steps];
        int n = record.count();
        for (int k = 0; k < n; k++) {
            counts[stepOf(record, k, dt, steps)]++;
        }
        return counts;
    }

    /**
     * @param i      the neuron index spike k carries
     * @param n      the population's size
     * @param k      the spike's position in the record, for the message
     * @param target the population, for the message
     * @return i
     * @throws IllegalArgumentException when i is not a neuron of the population
     */
    static int checkedNeuron(int i, int n, int k, String target) {
        if (i < 0 || i >= n) {
            throw new IllegalArgumentException("spike " + k + " of '" + target + "' has neuron index " + i
                    + ", outside [0, " + n + ")");
        }
        return i;
    }
}
