package org.brainj.api.run;

/**
 * Where a run's wall time went.
 *
 * @param buildSeconds wall time to build the model (allocation, connectivity) [s]
 * @param runSeconds   wall time of the step loop [s]
 * @param steps        steps taken
 */
public record RunTimings(double buildSeconds, double runSeconds, long steps) {
}
