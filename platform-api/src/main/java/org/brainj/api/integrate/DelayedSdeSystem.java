package org.brainj.api.integrate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * dy = f(t, y(t), y(t − τ<sub>1</sub>), ...) dt + g(t, y) dW: a stochastic delay differential equation, Itô unless
 * {@link #calculus()} says Stratonovich. The drift is {@link #derivatives(double, double[], PastValues, double[])} with the past as for a
 * {@link DelayedOdeSystem}, the history before t0 is deterministic ({@link #history}), and the noise enters as for an
 * {@link SdeSystem}: the stepper draws the Wiener increments from the counter-based generator keyed by (seed, Wiener
 * process, step), so runs are reproducible. Integrated by {@code dde_euler_maruyama} or {@code dde:<any SDE
 * method>}; the deterministic {@code dde_*} methods refuse it rather than drop the noise.
 */
@ConsumerType
public interface DelayedSdeSystem extends DelayedOdeSystem {

    /** @return how the Wiener increments enter; fixes the length of the diffusion buffer */
    NoiseForm noiseForm();

    /** @return the number of Wiener processes m: 1 for SCALAR, n for DIAGONAL, m for GENERAL */
    int wienerDimension();

    /**
     * Evaluates the diffusion coefficient, in the calculus {@link #calculus()} names.
     *
     * @param t time [ms]
     * @param y state at t (not modified)
     * @param g receives g(t, y) in state units per √ms, laid out as {@link #noiseForm()} says (modified)
     */
    void diffusion(double t, double[] y, double[] g);

    /**
     * The calculus the noise term is written in, as {@link SdeSystem#calculus()}: methods named {@code dde:<method>}
     * hand it to the inner SDE method (e.g. {@code dde:heun} needs {@link SdeCalculus#STRATONOVICH}).
     *
     * @return {@link SdeCalculus#ITO} unless overridden
     */
    default SdeCalculus calculus() {
        return SdeCalculus.ITO;
    }
}
