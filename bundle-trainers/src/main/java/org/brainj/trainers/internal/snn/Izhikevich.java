package org.brainj.trainers.internal.snn;

import java.util.Objects;

import org.brainj.trainers.internal.autodiff.SpikeFunction;
import org.brainj.trainers.internal.autodiff.Tape;

/**
 * Izhikevich (2003) neurons, forward Euler with step dt [ms], V in mV:
 * <pre>
 *   V ← V + dt (0.04 V² + 5 V + 140 − u + I)
 *   u ← u + dt a (b V − u)                   (with the V before this step)
 *   z = spike((V − 30) / 30)
 *   V ← V (1 − z) + c z,   u ← u + d z
 * </pre>
 * Regular spiking is a = 0.02, b = 0.2, c = −65, d = 8; the state starts at V = −65 mV, u = b·V.
 */
public final class Izhikevich extends FixedBlock {

    /** Spike cut-off of the model [mV]. */
    public static final double PEAK = 30.0;

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double dt;
    private final boolean detachReset;
    private final SpikeFunction spike;

    /**
     * @param name        block name
     * @param size        neurons
     * @param a           recovery rate [1/ms], &gt; 0
     * @param b           recovery sensitivity
     * @param c           reset potential [mV], below 30
     * @param d           recovery jump per spike
     * @param dt          time step [ms], &gt; 0 (≤ 0.5 keeps Euler stable)
     * @param detachReset no gradient through the reset
     * @param spike       the spike function
     */
    public Izhikevich(String name, int size, double a, double b, double c, double d, double dt,
                      boolean detachReset, SpikeFunction spike) {
        super(name, size, size);
        this.a = Layers.positive(name, "a", a);
        this.b = Layers.finite(name, "b", b);
        this.c = Layers.finite(name, "c", c);
        if (!(c < PEAK)) {
            throw new org.brainj.api.core.ParameterException(name + ".c", c + " mV", "must be below 30 mV");
        }
        this.d = Layers.finite(name, "d", d);
        this.dt = Layers.positive(name, "dt", dt);
        this.detachReset = detachReset;
        this.spike = Objects.requireNonNull(spike, "spike");
    }

    @Override
    public String[] stateNames() {
        return new String[] {"v", "u"};
    }

    @Override
    public double initialState(int state) {
        return state == 0 ? -65.0 : b * -65.0;
    }

    @Override
    public int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input) {
        int v = state[sBase];
        int u = state[sBase + 1];
        int dv = tape.addScalar(tape.combine(tape.square(v), v, 0.04, 5.0), 140.0);
        dv = tape.add(tape.sub(dv, u), input);
        int du = tape.combine(v, u, a * b, -a);
        int vNext = tape.combine(v, dv, 1.0, dt);
        int uNext = tape.combine(u, du, 1.0, dt);
        int z = tape.spike(tape.scale(tape.addScalar(vNext, -PEAK), 1.0 / PEAK), spike);
        state[sBase] = tape.reset(vNext, z, c, false, detachReset);
        state[sBase + 1] = tape.combine(uNext, detachReset ? tape.detach(z) : z, 1.0, d);
        return z;
    }
}
