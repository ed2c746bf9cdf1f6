package org.brainj.api.analysis;

/**
 * A fixed point with its linear stability.
 *
 * @param state      the point, in {@link AnalyzableModel#variables()} order
 * @param parameters the parameter values it belongs to
 * @param stability  its class
 * @param eigenReal  real parts of the Jacobian's eigenvalues
 * @param eigenImag  imaginary parts, same order
 */
public record FixedPoint(double[] state, double[] parameters, StabilityType stability, double[] eigenReal,
                         double[] eigenImag) {
}
