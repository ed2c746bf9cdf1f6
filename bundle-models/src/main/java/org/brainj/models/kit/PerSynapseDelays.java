package org.brainj.models.kit;

import java.util.Arrays;

import org.brainj.api.core.ModelException;
import org.brainj.api.ops.CsrMatrix;

/**
 * A stored matrix whose synapses each have their own delay (heterogeneous delays, a long-standing request of
 * BrainPy's users, #595/#690). A spike read at step s reaches synapse k's target at step s + d<sub>k</sub>: the
 * weights are scattered into a ring of postsynaptic accumulators, one per step of the largest delay, and the slot of
 * the current step is delivered and cleared. Memory: (max delay + 1) × post doubles.
 */
public final class PerSynapseDelays implements Communication {

    private final CsrMatrix matrix;
    private final int[] delaySteps;
    private final double[][] ring;
    private final int maxDelay;

    /**
     * @param matrix     the connectivity (rows = pre) with its weights
     * @param delaySteps one delay per synapse, in steps ≥ 0, in the matrix's entry order
     */
    public PerSynapseDelays(CsrMatrix matrix, int[] delaySteps) {
        if (delaySteps.length != matrix.nnz()) {
            throw new ModelException("per-synapse delays: " + delaySteps.length + " delays for " + matrix.nnz()
                    + " synapses");
        }
        int max = 0;
        for (int d : delaySteps) {
            if (d < 0) {
                throw new ModelException("per-synapse delays: negative delay " + d + " steps");
            }
            max = Math.max(max, d);
        }
        this.matrix = matrix;
        this.delaySteps = delaySteps;
        this.maxDelay = max;
        this.ring = new double[max + 1][matrix.cols()];
    }

    /** @return the largest delay [steps] */
    public int maxDelay() {
        return maxDelay;
    }

    @Override
    public void events(long step, int[] fired, int count, double[] target) {
        int slots = ring.length;
        int now = (int) (step % slots);
        int[] indptr = matrix.indptr();
        int[] indices = matrix.indices();
        double[] data = matrix.data();
        boolean homogeneous = matrix.homogeneous();
        double w0 = data[0];
        for (int k = 0; k < count; k++) {
            int i = fired[k];
            for (int e = indptr[i]; e < indptr[i + 1]; e++) {
                int slot = now + delaySteps[e];
                if (slot >= slots) {
                    slot -= slots;
                }
                ring[slot][indices[e]] += homogeneous ? w0 : data[e];
            }
        }
        double[] due = ring[now];
        for (int j = 0; j < due.length; j++) {
            target[j] += due[j];
        }
        Arrays.fill(due, 0.0);
    }

    @Override
    public void values(double[] pre, double[] target) {
        throw new ModelException("per-synapse delays apply to spikes (align-post and delta projections), "
                + "not to align-pre values");
    }

    @Override
    public long eventCount(int[] fired, int count) {
        return CsrConnectivity.rowEntries(matrix, fired, count);
    }

    @Override
    public long synapses() {
        return matrix.nnz();
    }

    @Override
    public int rows() {
        return matrix.rows();
    }

    @Override
    public int cols() {
        return matrix.cols();
    }

    @Override
    public void reset() {
        for (double[] slot : ring) {
            Arrays.fill(slot, 0.0);
        }
    }

    @Override
    public String describe() {
        return "csr " + matrix.rows() + "x" + matrix.cols() + ", " + matrix.nnz() + " synapses, per-synapse delays up to "
                + maxDelay + " steps";
    }
}
