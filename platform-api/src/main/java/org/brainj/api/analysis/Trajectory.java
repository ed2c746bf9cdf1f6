package org.brainj.api.analysis;

/**
 * A simulated orbit.
 *
 * @param times  sample times [ms]
 * @param states samples, row-major: sample s, variable v at {@code s * width + v}
 * @param width  number of variables
 */
public record Trajectory(double[] times, double[] states, int width) {
}
