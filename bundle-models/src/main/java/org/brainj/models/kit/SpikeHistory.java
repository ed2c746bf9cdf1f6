package org.brainj.models.kit;

/**
 * The spike lists of a population's last steps, for projections with a delay: a ring of fired-index lists, pushed
 * once per step after the population's update. Delay 0 needs no history: it reads the population's own list.
 */
final class SpikeHistory {

    private final NeuronGroup group;
    private final int[][] lists;
    private final int[] counts;
    private long pushed;

    SpikeHistory(NeuronGroup group, int maxDelay) {
        this.group = group;
        this.lists = new int[maxDelay + 1][group.size()];
        this.counts = new int[maxDelay + 1];
    }

    NeuronGroup group() {
        return group;
    }

    int depth() {
        return lists.length - 1;
    }

    void push() {
        int slot = (int) (pushed % lists.length);
        int n = group.firedCount();
        System.arraycopy(group.fired(), 0, lists[slot], 0, n);
        counts[slot] = n;
        pushed++;
    }

    /** Spikes of the step {@code delay} steps before the last one; empty before the run has that many steps. */
    int[] list(int delay) {
        return lists[slot(delay)];
    }

    int count(int delay) {
        long age = pushed - 1 - delay;
        return age < 0 ? 0 : counts[slot(delay)];
    }

    private int slot(int delay) {
        long s = (pushed - 1 - delay) % lists.length;
        return (int) (s < 0 ? s + lists.length : s);
    }

    /**
     * Overwrites the list of the step {@code age} steps before the last pushed one (0: the last), for a partitioned
     * network whose other ranks' spikes of a window arrive after the window's steps were pushed.
     */
    void replace(int age, int[] list, int from, int count) {
        int slot = slot(age);
        System.arraycopy(list, from, lists[slot], 0, count);
        counts[slot] = count;
    }

    void reset() {
        pushed = 0;
        java.util.Arrays.fill(counts, 0);
    }
}
