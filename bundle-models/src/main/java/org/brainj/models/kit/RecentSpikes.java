package org.brainj.models.kit;

import java.util.Arrays;

/**
 * The neurons that fired in each of the last K steps, as one ring of indices: what an integrate-and-fire population
 * needs to hold refractory neurons without testing every neuron's last spike time in its hot loop (at 20 Hz and
 * τ_ref = 5 ms a tenth of the neurons are refractory, at random, which costs a mispredicted branch or a select per
 * neuron). Memory is proportional to the spikes of K steps, not to the population.
 */
public final class RecentSpikes {

    private int depth;
    private int[] ring = new int[1024];
    private int start;
    private int size;
    private int[] counts = new int[1];
    private int oldest;
    private int steps;

    /** @param depth K, the number of past steps remembered, ≥ 0 */
    public RecentSpikes(int depth) {
        setDepth(depth);
    }

    /**
     * Changes K and forgets everything.
     *
     * @param k the number of past steps remembered
     */
    public void setDepth(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("depth = " + k + " must be >= 0");
        }
        depth = k;
        counts = new int[Math.max(1, k)];
        clear();
    }

    /** @return K */
    public int depth() {
        return depth;
    }

    /** Forgets every step. */
    public void clear() {
        start = 0;
        size = 0;
        oldest = 0;
        steps = 0;
        Arrays.fill(counts, 0);
    }

    /**
     * Remembers one step's spikes, forgetting the step K + 1 back.
     *
     * @param fired indices that fired, ascending (as a population's fired list is)
     * @param n     how many
     */
    public void push(int[] fired, int n) {
        if (depth == 0) {
            return;
        }
        if (steps == depth) {
            int drop = counts[oldest];
            start = (start + drop) & (ring.length - 1);
            size -= drop;
            steps--;
            oldest = (oldest + 1) % depth;
        }
        if (size + n > ring.length) {
            grow(size + n);
        }
        int mask = ring.length - 1;
        int end = (start + size) & mask;
        for (int k = 0; k < n; k++) {
            ring[(end + k) & mask] = fired[k];
        }
        size += n;
        counts[(oldest + steps) % depth] = n;
        steps++;
    }

    private void grow(int needed) {
        int cap = ring.length;
        while (cap < needed) {
            cap <<= 1;
        }
        int[] bigger = new int[cap];
        int mask = ring.length - 1;
        for (int k = 0; k < size; k++) {
            bigger[k] = ring[(start + k) & mask];
        }
        ring = bigger;
        start = 0;
    }

    /**
     * Sets {@code values[i] = value} for every remembered i in [from, to). Each step's list is ascending (a
     * population's fired list), so a slice finds its part of each list by binary search and touches only its own
     * entries: at 10⁶ neurons the ring holds ~10⁵ entries, which every slice would otherwise scan every step.
     *
     * @param values the array (modified)
     * @param value  the value
     * @param from   first index, inclusive
     * @param to     last index, exclusive
     */
    public void fill(double[] values, double value, int from, int to) {
        int mask = ring.length - 1;
        int pos = start;
        for (int s = 0; s < steps; s++) {
            int c = counts[(oldest + s) % depth];
            int lo = lowerBound(pos, c, from, mask);
            int hi = lowerBound(pos, c, to, mask);
            for (int k = lo; k < hi; k++) {
                values[ring[(pos + k) & mask]] = value;
            }
            pos += c;
        }
    }

    /** First k in [0, c) with ring[pos + k] ≥ key, c when none. */
    private int lowerBound(int pos, int c, int key, int mask) {
        int lo = 0;
        int hi = c;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ring[(pos + mid) & mask] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
