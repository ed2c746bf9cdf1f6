package org.brainj.models.kit;

/**
 * All-to-all connectivity with one scalar weight, in O(N) per step rather than O(N²): every postsynaptic neuron
 * receives w times the number of presynaptic spikes (or w times the sum of presynaptic values), less its own
 * contribution when self-connections are excluded.
 */
public final class AllToAll implements Communication {

    private final int rows;
    private final int cols;
    private final double weight;
    private final boolean includeSelf;

    /**
     * @param rows        presynaptic size
     * @param cols        postsynaptic size
     * @param weight      the weight of every synapse
     * @param includeSelf whether i → i synapses exist (only meaningful when pre and post are one population)
     */
    public AllToAll(int rows, int cols, double weight, boolean includeSelf) {
        this.rows = rows;
        this.cols = cols;
        this.weight = weight;
        this.includeSelf = includeSelf;
    }

    @Override
    public void events(long step, int[] fired, int count, double[] target) {
        if (count == 0) {
            return;
        }
        double s = weight * count;
        for (int j = 0; j < cols; j++) {
            target[j] += s;
        }
        if (!includeSelf) {
            for (int k = 0; k < count; k++) {
                int i = fired[k];
                if (i < cols) {
                    target[i] -= weight;
                }
            }
        }
    }

    @Override
    public boolean ranged() {
        return true;
    }

    @Override
    public boolean events(int[] fired, int count, double[] target, int from, int to) {
        if (count == 0) {
            return true;
        }
        double s = weight * count;
        for (int j = from; j < to; j++) {
            target[j] += s;
        }
        if (!includeSelf) {
            for (int k = 0; k < count; k++) {
                int i = fired[k];
                if (i >= from && i < to) {
                    target[i] -= weight;
                }
            }
        }
        return true;
    }

    @Override
    public void values(double[] pre, double[] target) {
        double sum = 0.0;
        for (int i = 0; i < rows; i++) {
            sum += pre[i];
        }
        values(sum, pre, target);
    }

    /**
     * Value delivery when the presynaptic sum is already known (shared by several projections from one population).
     *
     * @param sum    Σ pre[i]
     * @param pre    presynaptic values (read only to remove self-connections)
     * @param target postsynaptic accumulator (modified)
     */
    public void values(double sum, double[] pre, double[] target) {
        values(sum, pre, target, 0, cols);
    }

    /** {@link #values(double, double[], double[])} into the columns [from, to) only (one rank's slice). */
    void values(double sum, double[] pre, double[] target, int from, int to) {
        double s = weight * sum;
        if (includeSelf) {
            for (int j = from; j < to; j++) {
                target[j] += s;
            }
        } else {
            int n = Math.min(Math.min(rows, cols), to);
            for (int j = from; j < n; j++) {
                target[j] += s - weight * pre[j];
            }
            for (int j = Math.max(from, n); j < to; j++) {
                target[j] += s;
            }
        }
    }

    @Override
    public long eventCount(int[] fired, int count) {
        return (long) count * (includeSelf ? cols : cols - 1);
    }

    @Override
    public long synapses() {
        return (long) rows * cols - (includeSelf ? 0 : Math.min(rows, cols));
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public String describe() {
        return "all-to-all " + rows + "x" + cols + ", w = " + weight + (includeSelf ? "" : ", no self");
    }
}
