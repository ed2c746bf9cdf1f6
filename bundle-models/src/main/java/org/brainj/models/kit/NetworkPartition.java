package org.brainj.models.kit;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StepContext;
import org.brainj.api.distributed.ExchangeException;
import org.brainj.api.distributed.Gathered;
import org.brainj.api.distributed.SpikeExchange;

/**
 * One rank's part of a network that several ranks simulate together, as NEST and NEURON do: every population is
 * split into as many contiguous slices as there are ranks, rank r integrates slice r of each, and every
 * {@link #window()} steps the ranks all-gather the spikes of the window, so each rank delivers every spike with
 * its delay.
 *
 * <p>Why the spike trains equal the one-process run's: a slice's members are stepped by exactly the code of the
 * parallel step ({@link Network} with the rank as the only slice); their inputs are the deliveries of the same spike
 * lists in the same (ascending) order, since slices are concatenated in rank order; and every random draw is keyed by
 * (seed, stream, index, step), not by who draws it. A spike emitted in step s acts in step s + 1 + delay, so a window
 * may be at most the shortest delay + 1 steps long: the spikes of a window are then all exchanged before the first
 * step that needs them. Spikes of the window are written into the populations' spike histories retroactively.
 *
 * <p>Only spikes cross between ranks, so parts that read other neurons' state every step are refused: gap junctions
 * and state couplings ({@link DelayCoupling}).
 *
 * <p>Each rank keeps, of the stored projections delivered by slice (CSR, per-synapse delays, align-pre), only the
 * columns that reach its own slice — connectivity made with a column draw ({@link CsrConnectivity.ColumnDraw},
 * {@link PerSynapseDelays.ColumnDraw}) draws only those — so that connectivity memory is divided (the state arrays,
 * O(N), are not). Every event-driven projection, ranges of populations and per-synapse delays included, is delivered
 * into the rank's slice only (a just-in-time row generates just the segments that reach it), and align-pre values
 * into the slice's columns; only plastic projections, and projections into the same array as one, are delivered
 * whole. Input drives compute the slice's members only. The integration of the populations is divided.
 */
public final class NetworkPartition {

    /** Header of a rank's message: status (0 running, 1 failed), failing step, message length. */
    private static final int HEADER = 3;

    private final Network network;
    private final SpikeExchange exchange;
    private final int rank;
    private final int ranks;
    private final int window;
    private final NeuronGroup[] groups;
    private final SpikeHistory[] historyOf;
    private final int[][] merged;
    private final int[] cursor;
    private final Gathered gathered = new Gathered();
    private int[] send;
    private int sendCount = HEADER;
    private int stepsInWindow;
    private BrainjException failure;
    private long failedStep = -1;
    private long exchangeNanos;
    private long exchanges;

    /** Receives the whole network's spikes of each step of a window, after the exchange. */
    @FunctionalInterface
    public interface SpikeSink {
        /**
         * @param stepInWindow the step's position in the window, from 0
         * @param group        the population's position in the network
         * @param fired        its spikes, ascending (live, valid during the call)
         * @param count        how many
         */
        void spikes(int stepInWindow, int group, int[] fired, int count);
    }

    /**
     * Binds {@code network} to this rank's part; call before {@link Network#reset()}.
     *
     * @param network     the whole network, built identically on every rank
     * @param exchange    this rank's exchange
     * @param windowSteps steps between exchanges, or 0 for the longest allowed ({@link #longestWindow})
     * @throws ParameterException when {@code windowSteps} is longer than the shortest delay allows, naming it
     * @throws ModelException     when the network has a part that cannot be split (gap junctions)
     */
    public NetworkPartition(Network network, SpikeExchange exchange, int windowSteps) {
        this.network = network;
        this.exchange = exchange;
        this.rank = exchange.rank();
        this.ranks = exchange.ranks();
        for (Projection p : network.projections()) {
            if (p instanceof GapJunctionProjection) {
                throw new ModelException("gap junction " + p.name() + " couples membrane potentials every step, which "
                        + "a partitioned run does not exchange; run " + network.name() + " in one process");
            }
        }
        for (InputDrive d : network.inputs()) {
            if (d instanceof DelayCoupling) {
                throw new ModelException("coupling into " + d.target().name() + " reads state variables of its source "
                        + "population, which a partitioned run does not exchange (only spikes); run " + network.name()
                        + " in one process");
            }
        }
        int longest = longestWindow(network);
        if (windowSteps < 0) {
            throw new ParameterException("exchange window", windowSteps + " steps", "must be >= 0 (0: automatic)");
        }
        if (windowSteps > longest) {
            Projection shortest = shortestDelay(network);
            throw new ParameterException("exchange window", windowSteps + " steps", "at most " + longest
                    + " steps: projection " + shortest.name() + " has a delay of " + shortest.delaySteps()
                    + " steps, so its spikes act " + longest + " steps after they are emitted and must have been "
                    + "exchanged by then");
        }
        this.window = windowSteps == 0 ? Math.min(longest, 1 << 16) : windowSteps;
        network.bindPart(rank, ranks);
        network.prepare();
        this.groups = network.groupArray();
        this.historyOf = new SpikeHistory[groups.length];
        this.merged = new int[groups.length][];
        long own = 0;
        for (int g = 0; g < groups.length; g++) {
            historyOf[g] = network.history(groups[g]);
            merged[g] = new int[groups[g].size()];
            own += groups[g].sliceFrom(rank + 1, ranks) - groups[g].sliceFrom(rank, ranks);
        }
        long capacity = HEADER + (long) window * (groups.length + own);
        if (capacity > Integer.MAX_VALUE - 8) {
            throw new ParameterException("exchange window", window + " steps", "too long for this rank's "
                    + own + " neurons: at most " + (Integer.MAX_VALUE / (groups.length + own)) + " steps");
        }
        this.send = new int[(int) capacity];
        this.cursor = new int[ranks];
    }

    /**
     * @param network a network
     * @return the longest exchange window it allows [steps]: its shortest projection delay + 1 (a spike of step s
     *     acts in step s + 1 + delay); {@link Integer#MAX_VALUE} without projections
     */
    public static int longestWindow(Network network) {
        Projection p = shortestDelay(network);
        return p == null ? Integer.MAX_VALUE : p.delaySteps() + 1;
    }

    private static Projection shortestDelay(Network network) {
        Projection shortest = null;
        for (Projection p : network.projections()) {
            if (shortest == null || p.delaySteps() < shortest.delaySteps()) {
                shortest = p;
            }
        }
        return shortest;
    }

    /** @return steps between exchanges */
    public int window() {
        return window;
    }

    /** @return this rank */
    public int rank() {
        return rank;
    }

    /** @return the number of ranks */
    public int ranks() {
        return ranks;
    }

    /** @return the exchange */
    public SpikeExchange exchange() {
        return exchange;
    }

    /**
     * Advances this rank's part one step and queues its spikes for the window's exchange. A model error (divergence)
     * is kept and sent with the exchange, so that every rank stops together; {@link #exchange} then throws it.
     *
     * @param ctx the step context
     * @return true when the window is complete (or this rank failed): call {@link #exchange} next
     */
    public boolean step(StepContext ctx) {
        try {
            network.update(ctx);
        } catch (BrainjException e) {
            failure = e;
            failedStep = ctx.step();
            return true;
        }
        int n = sendCount;
        int[] buf = send;
        for (NeuronGroup g : groups) {
            int c = g.firedCount();
            buf[n++] = c;
            System.arraycopy(g.fired(), 0, buf, n, c);
            n += c;
        }
        sendCount = n;
        stepsInWindow++;
        return stepsInWindow == window;
    }

    /**
     * @return seconds spent in exchanges since this partition was made: waiting for the slowest rank plus the
     *     transfer; the rest of a run's time is this rank's own work
     */
    public double exchangeSeconds() {
        return exchangeNanos * 1e-9;
    }

    /** @return exchanges since this partition was made */
    public long exchanges() {
        return exchanges;
    }

    /** @return steps advanced since the last exchange */
    public int pending() {
        return stepsInWindow;
    }

    /**
     * Exchanges the window's spikes with every rank, writes the other ranks' spikes into the spike histories and
     * fired lists, and hands the whole network's spikes of each step of the window to {@code sink}.
     *
     * @param sink receives the spikes, step by step (null: none)
     * @throws BrainjException this rank's own failure, or an {@link ExchangeException} naming the rank that failed
     */
    public void exchange(SpikeSink sink) {
        int[] buf = send;
        if (failure != null) {
            String text = String.valueOf(failure.getMessage());
            buf = new int[HEADER + text.length()];
            buf[0] = 1;
            buf[1] = (int) Math.min(Integer.MAX_VALUE, failedStep);
            buf[2] = text.length();
            for (int k = 0; k < text.length(); k++) {
                buf[HEADER + k] = text.charAt(k);
            }
            sendCount = buf.length;
        } else {
            buf[0] = 0;
            buf[1] = stepsInWindow;
            buf[2] = 0;
        }
        long t0 = System.nanoTime();
        exchange.allGather(buf, sendCount, gathered);
        exchangeNanos += System.nanoTime() - t0;
        exchanges++;
        int[] data = gathered.data();
        if (failure != null) {
            throw failure;
        }
        for (int r = 0; r < ranks; r++) {
            int at = gathered.offset(r);
            if (data[at] != 0) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < data[at + 2]; k++) {
                    text.append((char) data[at + HEADER + k]);
                }
                throw new ExchangeException(r, "rank " + r + " failed at step " + data[at + 1] + ": " + text);
            }
            if (data[at + 1] != stepsInWindow) {
                throw new ExchangeException(r, "rank " + r + " sent " + data[at + 1] + " steps, rank " + rank
                        + " " + stepsInWindow + ": the ranks run different networks or durations");
            }
            cursor[r] = at + HEADER;
        }
        int steps = stepsInWindow;
        for (int k = 0; k < steps; k++) {
            for (int g = 0; g < groups.length; g++) {
                int[] list = merged[g];
                int count = 0;
                for (int r = 0; r < ranks; r++) {
                    int at = cursor[r];
                    int c = data[at];
                    System.arraycopy(data, at + 1, list, count, c);
                    count += c;
                    cursor[r] = at + 1 + c;
                }
                SpikeHistory h = historyOf[g];
                if (h != null) {
                    h.replace(steps - 1 - k, list, 0, count);
                }
                if (k == steps - 1) {
                    groups[g].installFired(list, 0, count);
                }
                if (sink != null) {
                    sink.spikes(k, g, list, count);
                }
            }
        }
        stepsInWindow = 0;
        sendCount = HEADER;
    }
}
