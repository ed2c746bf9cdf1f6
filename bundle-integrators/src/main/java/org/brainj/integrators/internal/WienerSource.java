package org.brainj.integrators.internal;

/**
 * Where an SDE stepper gets the Wiener increments of a step. Production steppers use {@link CounterWiener}; tests
 * substitute a fixed Brownian path so one path can be integrated at several step sizes.
 */
interface WienerSource {

    /**
     * @param step the step index
     * @param dt   the step size [ms]
     * @param dw   receives ΔW<sub>k</sub> = W<sub>k</sub>(t + dt) − W<sub>k</sub>(t) [√ms] for every Wiener process k
     *             (modified)
     */
    void increments(long step, double dt, double[] dw);

    /**
     * Increments together with the iterated integral I<sub>(1,0)</sub> = ∫<sub>t</sub><sup>t+dt</sup>
     * (W<sub>k</sub>(s) − W<sub>k</sub>(t)) ds that strong order 1.5 schemes need.
     *
     * @param step the step index
     * @param dt   the step size [ms]
     * @param dw   receives ΔW<sub>k</sub> [√ms] (modified)
     * @param i10  receives I<sub>(1,0),k</sub> [ms·√ms] (modified)
     */
    void incrementsAndAreas(long step, double dt, double[] dw, double[] i10);
}
