package org.brainj.models.kit;

import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.JitConnSpec;

/**
 * Just-in-time connectivity: a firing presynaptic neuron's row is regenerated from (seed, row) by the counter-based
 * generator, so memory is O(neurons), not O(synapses).
 */
public final class JitConnectivity implements Communication {

    private final JitConnSpec spec;
    private final JitConnOps ops;
    private double[] scratch;

    /**
     * @param spec the matrix, defined by its seed
     * @param ops  the backend's operators
     */
    public JitConnectivity(JitConnSpec spec, JitConnOps ops) {
        this.spec = spec;
        this.ops = ops;
    }

    /** @return the matrix definition */
    public JitConnSpec spec() {
        return spec;
    }

    @Override
    public void events(long step, int[] fired, int count, double[] target) {
        if (count > 0) {
            ops.eventMv(spec, fired, count, target);
        }
    }

    /**
     * Delivers into the postsynaptic members [from, to) only, generating just the row segments that reach them; each
     * member gets the same sum as from {@link #events(long, int[], int, double[])}, bit for bit.
     */
    @Override
    public boolean events(int[] fired, int count, double[] target, int from, int to) {
        if (count > 0) {
            ops.eventMv(spec, fired, count, target, from, to);
        }
        return true;
    }

    /**
     * @return true: one rank of a partitioned run delivers into its own slice (the threads of a one-process
     *     parallel step do not, see {@link Communication#rangedPerRank()})
     */
    @Override
    public boolean rangedPerRank() {
        return true;
    }

    @Override
    public void values(double[] pre, double[] target) {
        if (scratch == null) {
            scratch = new double[spec.cols()];
        }
        ops.mv(spec, pre, scratch, true);
        for (int j = 0; j < scratch.length; j++) {
            target[j] += scratch[j];
        }
    }

    @Override
    public long eventCount(int[] fired, int count) {
        return Math.round(count * spec.cols() * spec.prob());
    }

    @Override
    public long synapses() {
        return Math.round((double) spec.rows() * spec.cols() * spec.prob());
    }

    @Override
    public int rows() {
        return spec.rows();
    }

    @Override
    public int cols() {
        return spec.cols();
    }

    @Override
    public String describe() {
        return "jit " + spec.rows() + "x" + spec.cols() + ", p = " + spec.prob() + ", ~" + synapses() + " synapses";
    }
}
