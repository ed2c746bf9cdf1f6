package org.brainj.api.distributed;

import java.util.Arrays;

/**
 * The result of {@link SpikeExchange#allGather}: every rank's block of ints back to back in {@link #data()}, rank r's
 * at [{@link #offset(int) offset(r)}, offset(r) + {@link #count(int) count(r)}). Its arrays grow when needed and are
 * kept, so exchanging every window allocates nothing in steady state.
 */
public final class Gathered {

    private int[] data = new int[0];
    private int[] offsets = new int[1];
    private int ranks;

    /** An empty result, to be filled by an exchange. */
    public Gathered() {
    }

    /**
     * For implementations: sets the block sizes and returns the array to write the blocks into (rank r's from
     * {@link #offset(int) offset(r)}).
     *
     * @param counts one count per rank, each ≥ 0
     * @return the data array, at least the sum of the counts long
     */
    public int[] layout(int[] counts) {
        int n = counts.length;
        if (offsets.length < n + 1) {
            offsets = new int[n + 1];
        }
        long total = 0;
        for (int r = 0; r < n; r++) {
            if (counts[r] < 0) {
                throw new IllegalArgumentException("rank " + r + " sent a negative count " + counts[r]);
            }
            offsets[r] = (int) total;
            total += counts[r];
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new ExchangeException(-1, "an exchange of " + total + " ints exceeds one Java array");
        }
        offsets[n] = (int) total;
        ranks = n;
        if (data.length < total) {
            data = Arrays.copyOf(data, (int) Math.max(total, Math.min(Integer.MAX_VALUE - 8, 2L * data.length)));
        }
        return data;
    }

    /** @return the number of ranks of the last exchange */
    public int ranks() {
        return ranks;
    }

    /** @return the blocks, back to back (live; longer than {@link #total()}) */
    public int[] data() {
        return data;
    }

    /**
     * @param rank a rank
     * @return where its block starts in {@link #data()}
     */
    public int offset(int rank) {
        return offsets[rank];
    }

    /**
     * @param rank a rank
     * @return its block's length
     */
    public int count(int rank) {
        return offsets[rank + 1] - offsets[rank];
    }

    /** @return the length of all blocks together */
    public int total() {
        return offsets[ranks];
    }
}
