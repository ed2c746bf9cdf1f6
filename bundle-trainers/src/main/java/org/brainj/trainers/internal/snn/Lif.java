package org.brainj.trainers.internal.snn;

import java.util.Objects;
import java.util.SplittableRandom;

import org.brainj.trainers.internal.autodiff.SpikeFunction;
import org.brainj.trainers.internal.autodiff.Tape;

/**
 * A layer of leaky integrate-and-fire neurons, τ dV/dt = −(V − V_rest) + R·I with V_rest = 0 and R = 1
 * (dimensionless units), integrated exactly over a step for an input held constant:
 * <pre>
 *   V ← α V + (1 − α) I,   α = e^{−dt/τ}
 *   z = spike((V − V_th) / V_th)
 *   V ← V (1 − z) + V_reset z   (hard reset)   or   V ← V − (V_th − V_reset) z   (soft reset)
 * </pre>
 * The output is z. With {@code recurrent}, I also receives z of the previous step through a trainable
 * size × size matrix. With {@code detachReset} the reset passes no gradient into z.
 */
public final class Lif extends Block {

    private final double alpha;
    private final double threshold;
    private final double resetPotential;
    private final boolean softReset;
    private final boolean detachReset;
    private final SpikeFunction spike;
    private final double[] recurrentWeight;

    /**
     * @param name        block name
     * @param size        neurons
     * @param tau         membrane time constant [ms], &gt; 0
     * @param dt          time step [ms], &gt; 0
     * @param threshold   V_th, &gt; 0
     * @param reset       V_reset, below V_th
     * @param softReset   subtract V_th − V_reset instead of setting V_reset
     * @param detachReset no gradient through the reset
     * @param spike       the spike function (Heaviside with a surrogate for training)
     * @param recurrent   whether a trainable recurrent matrix feeds back the previous spikes
     * @param random      source of the recurrent weights (unused without recurrence)
     */
    public Lif(String name, int size, double tau, double dt, double threshold, double reset, boolean softReset,
               boolean detachReset, SpikeFunction spike, boolean recurrent, SplittableRandom random) {
        super(name, size, size);
        this.alpha = Math.exp(-Layers.positive(name, "dt", dt) / Layers.positive(name, "tau", tau));
        this.threshold = Layers.positive(name, "threshold", threshold);
        this.resetPotential = Layers.finite(name, "reset", reset);
        if (!(reset < threshold)) {
            throw new org.brainj.api.core.ParameterException(name + ".reset", String.valueOf(reset),
                    "must be below the threshold " + threshold);
        }
        this.softReset = softReset;
        this.detachReset = detachReset;
        this.spike = Objects.requireNonNull(spike, "spike");
        this.recurrentWeight = recurrent ? new double[size * size] : null;
        if (recurrent) {
            Layers.uniform(recurrentWeight, size, 1.0, random);
        }
    }

    /** @return the decay per step, e^{−dt/τ} */
    public double alpha() {
        return alpha;
    }

    @Override
    public double[][] parameters() {
        return recurrentWeight == null ? new double[0][] : new double[][] {recurrentWeight};
    }

    @Override
    public String[] parameterNames() {
        return recurrentWeight == null ? new String[0] : new String[] {name() + ".recurrent_weight"};
    }

    @Override
    public int[][] parameterShapes() {
        return recurrentWeight == null ? new int[0][] : new int[][] {{outputSize(), outputSize()}};
    }

    @Override
    public String[] stateNames() {
        return recurrentWeight == null ? new String[] {"v"} : new String[] {"v", "spike"};
    }

    @Override
    public int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input) {
        int current = input;
        if (recurrentWeight != null) {
            current = tape.add(current, tape.matmul(state[sBase + 1], params[pBase]));
        }
        int v = tape.combine(state[sBase], current, alpha, 1.0 - alpha);
        int z = tape.spike(tape.scale(tape.addScalar(v, -threshold), 1.0 / threshold), spike);
        state[sBase] = softReset
                ? tape.reset(v, z, threshold - resetPotential, true, detachReset)
                : tape.reset(v, z, resetPotential, false, detachReset);
        if (recurrentWeight != null) {
            state[sBase + 1] = z;
        }
        return z;
    }
}
