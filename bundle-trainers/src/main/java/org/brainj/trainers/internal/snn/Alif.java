package org.brainj.trainers.internal.snn;

import java.util.Objects;

import org.brainj.trainers.internal.autodiff.SpikeFunction;
import org.brainj.trainers.internal.autodiff.Tape;

/**
 * Adaptive LIF neurons of Bellec et al. 2020 (e-prop, Nat. Commun. 11:3625, ALIF model of the Methods), whose
 * threshold rises with each spike and relaxes with τ_a, giving the long memory of LSNNs:
 * <pre>
 *   V ← α V + (1 − α) I,          α = e^{−dt/τ_m}
 *   A = V_th + β a                (adaptive threshold)
 *   z = spike((V − A) / V_th)
 *   V ← V − z A                   (reset by subtracting the threshold; z detached when asked)
 *   a ← ρ a + z,                  ρ = e^{−dt/τ_a}
 * </pre>
 * Input convention as in {@link Lif} ((1 − α) I instead of I, so a constant input I drives V towards I).
 */
public final class Alif extends FixedBlock {

    private final double alpha;
    private final double rho;
    private final double beta;
    private final double threshold;
    private final boolean detachReset;
    private final SpikeFunction spike;

    /**
     * @param name        block name
     * @param size        neurons
     * @param tauMembrane τ_m [ms], &gt; 0
     * @param tauAdapt    τ_a [ms], &gt; 0
     * @param beta        adaptation strength β ≥ 0 (0 makes it a LIF with soft reset)
     * @param dt          time step [ms], &gt; 0
     * @param threshold   baseline V_th, &gt; 0
     * @param detachReset no gradient through the reset
     * @param spike       the spike function
     */
    public Alif(String name, int size, double tauMembrane, double tauAdapt, double beta, double dt,
                double threshold, boolean detachReset, SpikeFunction spike) {
        super(name, size, size);
        Layers.positive(name, "dt", dt);
        this.alpha = Math.exp(-dt / Layers.positive(name, "tau_membrane", tauMembrane));
        this.rho = Math.exp(-dt / Layers.positive(name, "tau_adapt", tauAdapt));
        if (!(beta >= 0.0) || Double.isInfinite(beta)) {
            throw new org.brainj.api.core.ParameterException(name + ".beta", String.valueOf(beta),
                    "must be >= 0 and finite");
        }
        this.beta = beta;
        this.threshold = Layers.positive(name, "threshold", threshold);
        this.detachReset = detachReset;
        this.spike = Objects.requireNonNull(spike, "spike");
    }

    @Override
    public String[] stateNames() {
        return new String[] {"v", "a"};
    }

    @Override
    public int step(Tape tape, int[] params, int pBase, int[] state, int sBase, int input) {
        int v = tape.combine(state[sBase], input, alpha, 1.0 - alpha);
        int a = state[sBase + 1];
        int adaptive = tape.addScalar(tape.scale(a, beta), threshold);
        int z = tape.spike(tape.scale(tape.sub(v, adaptive), 1.0 / threshold), spike);
        int resetBy = tape.mul(detachReset ? tape.detach(z) : z, adaptive);
        state[sBase] = tape.sub(v, resetBy);
        state[sBase + 1] = tape.combine(a, z, rho, 1.0);
        return z;
    }
}
