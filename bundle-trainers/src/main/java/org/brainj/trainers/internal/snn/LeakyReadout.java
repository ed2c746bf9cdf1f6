package org.brainj.trainers.internal.snn;

import org.brainj.trainers.internal.autodiff.Tape;

/**
 * A non-spiking leaky integrator readout, τ dV/dt = −V + I, exact over a step: {@code V ← α V + (1 − α) I},
 * α = e^{−dt/τ}; the output is V. The network's {@link Readout} turns its trajectory into predictions.
 */
public final class LeakyReadout extends Block {

    private final double alpha;

    /**
     * @param name block name
     * @param size outputs
     * @param tau  time constant [ms], &gt; 0
     * @param dt   time step [ms], &gt; 0
     */
    public LeakyReadout(String name, int size, double tau, double dt) {
        super(name, size, size);
        this.alpha = Math.exp(-Layers.positive(name, "dt", dt) / Layers.positive(name, "tau", tau));
    }

    @Override
    public double[][] parameters() {
        return new double[0][];
    }

    @Override
    public String[] parameterNames() {
        return new String[0];
    }

    @Override
    public int[][] parameterShapes() {
        return new int[0][];
    }

    @Override
    public String[] stateNames() {
        return new String[] {"v"};
    }

    @Override
    public int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input) {
        state[sBase] = tape.combine(state[sBase], input, alpha, 1.0 - alpha);
        return state[sBase];
    }
}
