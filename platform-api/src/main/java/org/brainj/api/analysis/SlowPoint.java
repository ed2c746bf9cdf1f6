package org.brainj.api.analysis;

/**
 * A fixed or slow point of a high-dimensional system found by minimising q(x) = ½|F(x)|².
 *
 * @param state     the point
 * @param loss      q at the point
 * @param eigenReal real parts of the Jacobian's eigenvalues
 * @param eigenImag imaginary parts
 */
public record SlowPoint(double[] state, double loss, double[] eigenReal, double[] eigenImag) {
}
