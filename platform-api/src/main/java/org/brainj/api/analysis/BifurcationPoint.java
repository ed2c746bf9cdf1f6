package org.brainj.api.analysis;

/**
 * A located, refined bifurcation.
 *
 * @param type       its kind
 * @param parameters the parameter values where it occurs
 * @param state      the fixed point there
 */
public record BifurcationPoint(BifurcationType type, double[] parameters, double[] state) {
}
