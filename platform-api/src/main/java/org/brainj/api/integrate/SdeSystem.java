package org.brainj.api.integrate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * dy = f(t, y) dt + g(t, y) dW: the drift is {@link #derivatives}, the diffusion {@link #diffusion}. Noise is drawn by
 * the stepper from the counter-based generator keyed by (seed, component, step), so runs are reproducible.
 */
@ConsumerType
public interface SdeSystem extends OdeSystem {

    /** @return how the Wiener increments enter; fixes the length of the diffusion buffer */
    NoiseForm noiseForm();

    /** @return the number of Wiener processes m: 1 for SCALAR, n for DIAGONAL, m for GENERAL */
    int wienerDimension();

    /** @return the calculus the equations are written in */
    default SdeCalculus calculus() {
        return SdeCalculus.ITO;
    }

    /**
     * Evaluates the diffusion coefficient.
     *
     * @param t time [ms]
     * @param y state (not modified)
     * @param g receives g(t, y) in state units per √ms, laid out as {@link #noiseForm()} says (modified)
     */
    void diffusion(double t, double[] y, double[] g);
}
