package org.brainj.analysis.internal.slowpoints;

/**
 * Optional face of an {@link org.brainj.api.analysis.AnalyzableModel}: the product vᵀJ = Jᵀv of a vector with the
 * Jacobian of its right-hand side, without forming J. The slow-point finder uses it for the gradient of
 * q = ½|F|², which then costs as much as one evaluation of F instead of a full n × n Jacobian.
 */
public interface VectorJacobianProduct {

    /**
     * @param x      state (not modified)
     * @param params parameter values (not modified)
     * @param v      the vector (not modified)
     * @param out    receives Jᵀv, J = ∂f/∂x at x (modified)
     */
    void vectorJacobian(double[] x, double[] params, double[] v, double[] out);
}
