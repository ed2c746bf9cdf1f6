package org.brainj.api.distributed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Several ranks in one JVM, one thread per rank: the {@link SpikeExchange} for tests (a K-partition run against the
 * one-process run) and for running a partitioned network on threads. Collectives meet at a barrier; a rank that does
 * not arrive within the timeout makes the waiting ranks fail with an {@link ExchangeException} naming it.
 */
public final class InProcessExchange implements SpikeExchange {

    private final Group group;
    private final int rank;

    private InProcessExchange(Group group, int rank) {
        this.group = group;
        this.rank = rank;
    }

    /**
     * @param ranks         number of ranks, ≥ 1
     * @param timeoutMillis how long a rank waits at an exchange for the others, &gt; 0
     * @return one exchange per rank, index = rank; each must be used from its own thread
     */
    public static List<SpikeExchange> create(int ranks, long timeoutMillis) {
        if (ranks < 1) {
            throw new org.brainj.api.core.ParameterException("ranks", String.valueOf(ranks), "must be >= 1");
        }
        if (timeoutMillis <= 0) {
            throw new org.brainj.api.core.ParameterException("timeout", timeoutMillis + " ms", "must be > 0 ms");
        }
        Group g = new Group(ranks, timeoutMillis);
        List<SpikeExchange> all = new ArrayList<>(ranks);
        for (int r = 0; r < ranks; r++) {
            all.add(new InProcessExchange(g, r));
        }
        return all;
    }

    @Override
    public int rank() {
        return rank;
    }

    @Override
    public int ranks() {
        return group.ranks;
    }

    @Override
    public void allGather(int[] send, int count, Gathered into) {
        if (count < 0 || count > send.length) {
            throw new IllegalArgumentException("count " + count + " outside [0, " + send.length + "]");
        }
        group.ints[rank] = send;
        group.counts[rank] = count;
        group.await(rank);
        int[] data = into.layout(group.counts);
        for (int r = 0; r < group.ranks; r++) {
            System.arraycopy(group.ints[r], 0, data, into.offset(r), group.counts[r]);
        }
        // Nobody may reuse its send buffer (or start the next exchange) before every rank has copied.
        group.await(rank);
    }

    @Override
    public byte[][] allGatherBytes(byte[] send) {
        group.bytes[rank] = send.clone();
        group.await(rank);
        byte[][] all = new byte[group.ranks][];
        for (int r = 0; r < group.ranks; r++) {
            all[r] = group.bytes[r].clone();
        }
        group.await(rank);
        return all;
    }

    @Override
    public String describe() {
        return "in-process, " + group.ranks + " ranks";
    }

    /** What the ranks of one group share. */
    private static final class Group {
        final int ranks;
        final long timeoutMillis;
        final CyclicBarrier barrier;
        final int[][] ints;
        final int[] counts;
        final byte[][] bytes;
        /** How many barriers each rank has reached, to name the missing ones after a timeout. */
        final long[] arrivals;

        Group(int ranks, long timeoutMillis) {
            this.ranks = ranks;
            this.timeoutMillis = timeoutMillis;
            this.barrier = new CyclicBarrier(ranks);
            this.ints = new int[ranks][];
            this.counts = new int[ranks];
            this.bytes = new byte[ranks][];
            this.arrivals = new long[ranks];
        }

        void await(int rank) {
            long mine;
            synchronized (arrivals) {
                mine = ++arrivals[rank];
            }
            try {
                barrier.await(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | BrokenBarrierException e) {
                List<Integer> missing = new ArrayList<>();
                synchronized (arrivals) {
                    for (int r = 0; r < ranks; r++) {
                        if (arrivals[r] < mine) {
                            missing.add(r);
                        }
                    }
                }
                int culprit = missing.isEmpty() ? -1 : missing.get(0);
                throw new ExchangeException(culprit, "rank " + rank + ": rank" + (missing.size() == 1 ? " " : "s ")
                        + (missing.isEmpty() ? "?" : join(missing)) + " did not reach exchange " + mine + " within "
                        + timeoutMillis + " ms (failed, died or hung)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExchangeException(rank, "rank " + rank + " was interrupted while exchanging", e);
            }
        }

        private static String join(List<Integer> ranks) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < ranks.size(); k++) {
                b.append(k == 0 ? "" : ", ").append(ranks.get(k));
            }
            return b.toString();
        }
    }
}
