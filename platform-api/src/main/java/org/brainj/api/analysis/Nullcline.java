package org.brainj.api.analysis;

/**
 * The curve where one variable's derivative vanishes, as points in the (x, y) plane of the first two analysed
 * variables; separate pieces are split by a NaN pair.
 *
 * @param variable the variable whose derivative is zero on it
 * @param x        abscissae
 * @param y        ordinates
 */
public record Nullcline(String variable, double[] x, double[] y) {
}
