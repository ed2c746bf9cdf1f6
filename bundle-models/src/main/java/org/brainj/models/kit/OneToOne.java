package org.brainj.models.kit;

/** One-to-one connectivity (i → i) with one scalar weight. */
public final class OneToOne implements Communication {

    private final int size;
    private final double weight;

    /**
     * @param size   the size of both sides
     * @param weight the weight of every synapse
     */
    public OneToOne(int size, double weight) {
        this.size = size;
        this.weight = weight;
    }

    @Override
    public void events(long step, int[] fired, int count, double[] target) {
        double w = weight;
        for (int k = 0; k < count; k++) {
            target[fired[k]] += w;
        }
    }

    @Override
    public boolean ranged() {
        return true;
    }

    @Override
    public boolean events(int[] fired, int count, double[] target, int from, int to) {
        double w = weight;
        for (int k = 0; k < count; k++) {
            int i = fired[k];
            if (i >= from && i < to) {
                target[i] += w;
            }
        }
        return true;
    }

    @Override
    public void values(double[] pre, double[] target) {
        double w = weight;
        for (int j = 0; j < size; j++) {
            target[j] += w * pre[j];
        }
    }

    @Override
    public long eventCount(int[] fired, int count) {
        return count;
    }

    @Override
    public long synapses() {
        return size;
    }

    @Override
    public int rows() {
        return size;
    }

    @Override
    public int cols() {
        return size;
    }

    @Override
    public String describe() {
        return "one-to-one " + size + ", w = " + weight;
    }
}
