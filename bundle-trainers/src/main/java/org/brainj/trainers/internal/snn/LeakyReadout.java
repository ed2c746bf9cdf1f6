package org.brainj.trainers.internal.snn;

/**
 * A non-spiking leaky integrator readout, τ dV/dt = −V + I, exact over a step: {@code V ← α V + (1 − α) I},
 * α = e^{−dt/τ}; the output is V. The network's {@link Readout} turns its trajectory into predictions.
 */
public final class LeakyReadout extends LinearFilter {

    /**
     * @param name block name
     * @param size outputs
     * @param tau  time constant [ms], &gt; 0
     * @param dt   time step [ms], &gt; 0
     */
    public LeakyReadout(String name, int size, double tau, double dt) {
        super(name, size, tau, dt, "v", true);
    }
}
