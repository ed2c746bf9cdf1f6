package org.brainj.api.integrate;

import org.osgi.annotation.versioning.ConsumerType;

/** dy/dt = f(t, y(t), y(t − τ<sub>1</sub>), ...): a delay differential equation with bounded delays. */
@ConsumerType
public interface DelayedOdeSystem extends EquationSystem {

    /** @return the largest delay the right-hand side reads [ms]; fixes the history length */
    double maxDelay();

    /**
     * Writes the state before the start time.
     *
     * @param t   a time before t0 [ms]
     * @param out receives y(t) (modified)
     */
    void history(double t, double[] out);

    /**
     * Evaluates the right-hand side.
     *
     * @param t    time [ms]
     * @param y    state at t (not modified)
     * @param past the past, for the delayed terms
     * @param dydt receives the derivative (modified)
     */
    void derivatives(double t, double[] y, PastValues past, double[] dydt);

    /**
     * Writes the diagonal of the Jacobian with respect to the current state, ∂f<sub>i</sub>/∂y<sub>i</sub>(t), the
     * delayed values held fixed, when the system knows it analytically: as {@link OdeSystem#diagonalJacobian}, it is
     * the linear part of exponential Euler ({@code dde:exp_auto}), which otherwise differentiates numerically at
     * 2n evaluations per step.
     *
     * @param t    time [ms]
     * @param y    state at t (not modified)
     * @param past the past, for the delayed terms
     * @param diag receives ∂f<sub>i</sub>/∂y<sub>i</sub> [1/ms] (modified)
     * @return true if {@code diag} was written, false (the default) if the system has no analytic diagonal
     */
    default boolean diagonalJacobian(double t, double[] y, PastValues past, double[] diag) {
        return false;
    }
}
