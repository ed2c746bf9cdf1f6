package org.brainj.api.integrate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * dy/dt = f(t, y), vectorised over a whole population: the right-hand side writes into a caller's buffer and must
 * not allocate.
 */
@ConsumerType
public interface OdeSystem extends EquationSystem {

    /**
     * Evaluates the right-hand side.
     *
     * @param t    time [ms]
     * @param y    state, length {@link #dimension()} (not modified)
     * @param dydt receives f(t, y) in state units per ms (modified)
     */
    void derivatives(double t, double[] y, double[] dydt);

    /**
     * Writes the diagonal of the Jacobian, ∂f<sub>i</sub>/∂y<sub>i</sub>, when the system knows it analytically.
     * Exponential Euler uses it as the linear part; without it an integrator falls back to differentiation.
     *
     * @param t    time [ms]
     * @param y    state (not modified)
     * @param diag receives ∂f<sub>i</sub>/∂y<sub>i</sub> [1/ms] (modified)
     * @return true if {@code diag} was written, false if the system has no analytic diagonal
     */
    default boolean diagonalJacobian(double t, double[] y, double[] diag) {
        return false;
    }
}
