package org.brainj.models.kit;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.StepContext;

/**
 * Electrical synapses, BrainPy's {@code GapJunction}: every step each postsynaptic neuron j receives the current
 * I_j = Σ<sub>i</sub> w<sub>ij</sub> (V<sub>i</sub> − V<sub>j</sub>) = (W<sup>T</sup>V<sub>pre</sub>)<sub>j</sub> −
 * V<sub>j</sub>·(W<sup>T</sup>1)<sub>j</sub> from the presynaptic potentials of the previous step, with the
 * weights as junction conductances (in the unit that makes w·mV the post population's input). The coupling is
 * one-way, from pre to post; a symmetric junction is two projections (or one within a population, whose matrix is
 * symmetric). Spikes play no part, so the delay must be 0.
 */
public final class GapJunctionProjection extends Projection {

    private final double[] conductance;
    private final double[] coupled;
    private boolean counted;

    /**
     * @param name unique name
     * @param pre  presynaptic population (its potential is read)
     * @param post postsynaptic population (its input receives the current)
     * @param comm connectivity with the junction conductances as weights
     */
    public GapJunctionProjection(String name, GroupRange pre, GroupRange post, Communication comm) {
        super(name, pre, post, comm, 0);
        if (pre.group().potential() == null || post.group().potential() == null) {
            throw new ModelException(name + ": a gap junction needs membrane potentials on both sides; "
                    + (pre.group().potential() == null ? pre : post) + " is a spike source");
        }
        if (!pre.whole() || !post.whole()) {
            throw new ModelException(name + ": gap junctions connect whole populations");
        }
        this.conductance = new double[post.size()];
        this.coupled = new double[post.size()];
    }

    @Override
    protected boolean countsEvents() {
        return false;
    }

    @Override
    protected void deliver(StepContext ctx, int[] fired, int count) {
        if (!counted) {
            // Σ_i w_ij: the total junction conductance onto each post neuron, constant for the run.
            double[] ones = new double[pre().size()];
            java.util.Arrays.fill(ones, 1.0);
            communication().values(ones, conductance);
            counted = true;
        }
        java.util.Arrays.fill(coupled, 0.0);
        communication().values(pre().potential(), coupled);
        double[] v = post().potential();
        double[] in = post().input();
        for (int j = 0; j < coupled.length; j++) {
            in[j] += coupled[j] - v[j] * conductance[j];
        }
    }
}
