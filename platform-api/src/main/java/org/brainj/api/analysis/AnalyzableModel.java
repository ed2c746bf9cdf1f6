package org.brainj.api.analysis;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A low- or high-dimensional model exposed for analysis: a time-independent right-hand side over named variables and
 * named parameters.
 */
@ConsumerType
public interface AnalyzableModel {

    /** @return the state variables' names, in state-vector order */
    List<String> variables();

    /** @return the parameters' names, in parameter-vector order */
    List<String> parameters();

    /** @return the parameters' default values, in order */
    double[] defaultParameters();

    /**
     * @param x      state (not modified)
     * @param params parameter values (not modified)
     * @param dxdt   receives the derivative (modified)
     */
    void derivatives(double[] x, double[] params, double[] dxdt);

    /**
     * Writes the Jacobian ∂f<sub>i</sub>/∂x<sub>j</sub> when known analytically.
     *
     * @param x        state (not modified)
     * @param params   parameter values (not modified)
     * @param jacobian receives the n × n Jacobian, row-major (modified)
     * @return false when the model has no analytic Jacobian (analyzers then differentiate numerically)
     */
    default boolean jacobian(double[] x, double[] params, double[] jacobian) {
        return false;
    }
}
