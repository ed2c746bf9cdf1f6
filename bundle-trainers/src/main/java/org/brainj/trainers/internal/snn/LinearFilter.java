package org.brainj.trainers.internal.snn;

import org.brainj.trainers.internal.autodiff.Tape;

/**
 * A parameter-free first-order linear filter stepped exactly, {@code x ← a x + b input} with a = e^{−dt/τ}: the
 * common body of an exponential synapse (b = 1) and a leaky integrator (b = 1 − a), which differ only in how the
 * input enters.
 */
abstract class LinearFilter extends FixedBlock {

    private final double decay;
    private final double inputGain;
    private final String stateName;

    /**
     * @param name      block name
     * @param size      members
     * @param tau       time constant [ms], &gt; 0
     * @param dt        time step [ms], &gt; 0
     * @param stateName the filtered variable's name
     * @param leaky     true: the input is scaled by 1 − a (a leaky integrator); false: added as is (a jump)
     */
    LinearFilter(String name, int size, double tau, double dt, String stateName, boolean leaky) {
        super(name, size, size);
        this.decay = Math.exp(-Layers.positive(name, "dt", dt) / Layers.positive(name, "tau", tau));
        this.inputGain = leaky ? 1.0 - decay : 1.0;
        this.stateName = stateName;
    }

    @Override
    public final String[] stateNames() {
        return new String[] {stateName};
    }

    @Override
    public final int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input) {
        state[sBase] = tape.combine(state[sBase], input, decay, inputGain);
        return state[sBase];
    }
}
