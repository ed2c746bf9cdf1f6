package org.brainj.operators.cpu.internal;

import org.brainj.api.ops.JitConnSpec;
import org.brainj.api.ops.WeightLaw;
import org.brainj.api.random.CounterRandom;
import org.brainj.api.random.Philox4x32;

/**
 * The one definition of a just-in-time connectivity matrix: a cursor that regenerates the connections of one row
 * segment, in increasing column order, with their weights. Every operator, the materialiser and (by porting this
 * text) every other backend go through this algorithm, which is why it is specified here to the bit.
 *
 * <h2>Algorithm (canonical; other backends reproduce it exactly)</h2>
 * Given {@link JitConnSpec} (rows, cols, p = prob, law, w0, w1, seed) and {@code rng = new CounterRandom(seed)}:
 * <ol>
 *   <li><b>Segments.</b> Each row is cut into S column segments so that the output of an M<sup>T</sup> product can be
 *       split between threads (or GPU blocks) without regenerating whole rows:
 *       {@code S = Integer.highestOneBit((int) min(64, max(1, floor(p * cols / 16))))} (IEEE binary64 product; a
 *       power of two, so 2, 4, 8 ... threads get equal shares; at least 16 expected connections per segment, so the
 *       one terminating draw per segment costs at most about 6 %),
 *       {@code W = ceil(cols / S)} (integer), segment s covers columns [s·W, min((s+1)·W, cols)) and may be empty.
 *       Because a Bernoulli pattern has independent columns, restarting the process at segment boundaries does not
 *       change the law of the matrix.</li>
 *   <li><b>Draw coordinates.</b> The 64-bit values v = 0, 1, 2, ... of one stream in segment s of row i (counted
 *       separately for each (row, segment, stream)) come in pairs from Philox4x32-10 blocks: block
 *       {@code b = v >>> 1} has CounterRandom's counter layout at {@code (stream, index = i, step, draw)} with
 *       {@code step = ((long) s << 16) | (b >>> 16)}, {@code draw = b & 0xFFFF}; an even v is the block's lower 64
 *       bits, exactly {@code rng.nextLong(stream, i, step, draw)}, and the following odd v is its upper 64 bits (output
 *       words 2 and 3, word 2 high, the half {@link CounterRandom#normal} uses for its second uniform). Using both
 *       halves halves the Philox work per connection. Connections use stream {@link #CONNECTION_STREAM}
 *       (0x4A495443, "JITC"), weights stream {@link #WEIGHT_STREAM} (0x4A495457, "JITW"), so the pattern is the same
 *       whatever the weight law.</li>
 *   <li><b>Columns.</b> If p = 1, the segment is dense (every column, no connection draws). If
 *       {@code 1.0 - p == 1.0} (p too small for binary64 to tell the difference), the matrix is empty (no draws).
 *       Otherwise, with
 *       {@code r = 1.0 / log(1.0 - p)} computed once, and c = s·W − 1 (a {@code long}): for n = 0, 1, ...:
 *       {@code b = connection value n}; {@code u = ((b >>> 11) + 1) * 0x1.0p-53} (in (0, 1]);
 *       {@code g = log(u) * r} (a geometric gap of mean (1 − p)/p, in binary64); stop the segment unless
 *       {@code g < (double) (end - c - 1)} (a NaN also stops; when c + 1 ≥ end the segment ends
 *       without drawing, which gives the same matrix); else {@code c = c + 1 + (long) g} is the next
 *       connected column. {@code log} is fdlibm's ({@link FdlibmLog}, = {@link StrictMath#log(double)}); all
 *       arithmetic is IEEE binary64 with round-to-nearest and no fused multiply-add. P(gap ≥ m) = (1 − p)<sup>m</sup>,
 *       so every column is connected independently with probability p.</li>
 *   <li><b>Weights</b>, drawn right after each connection from the weight stream of the same (row, segment), weight
 *       value counter m starting at 0 per segment:
 *       HOMOGENEOUS: w0, no draw. UNIFORM: {@code u = (b >>> 11) * 0x1.0p-53} with b = weight value m, m += 1,
 *       {@code w = w0 + (w1 - w0) * u}. NORMAL (Marsaglia's polar method): repeat { b = weight value m, m += 1;
 *       {@code x = (b >>> 32) * 0x1.0p-31 - 1.0}; {@code y = (b & 0xFFFFFFFFL) * 0x1.0p-31 - 1.0};
 *       {@code q = x * x + y * y} } until 0 &lt; q &lt; 1; {@code w = w0 + w1 * (x * Math.sqrt(-2.0 * log(q) / q))}
 *       (sqrt is exactly rounded in IEEE 754).</li>
 * </ol>
 * M<sup>T</sup> products scatter these same rows, so the transposed operator is exactly the transpose of the
 * materialised matrix, for every thread count.
 *
 * <h2>Use</h2>
 * {@link #bind(JitConnSpec)}, then for each (row, segment) {@link #start(int, int)} and either {@code while (next())}
 * read {@link #column()} and {@link #weight()}, or (hot loops) call {@link #fill()} until it returns less than
 * {@link #BATCH} and read the buffers. Generating the weights of a batch after its columns changes nothing: the two
 * streams are independent. A cursor holds O(1) state, is not thread-safe (one per thread), and
 * allocates nothing after construction.
 */
final class JitRowStream {

    /** Stream of the connection (gap) draws: ASCII "JITC". */
    static final int CONNECTION_STREAM = 0x4A495443;

    /** Stream of the weight draws: ASCII "JITW". */
    static final int WEIGHT_STREAM = 0x4A495457;

    /** Upper bound on the segments of a row. */
    static final int MAX_SEGMENTS = 64;

    /** Expected connections per segment below which a row is cut into fewer segments. */
    static final int CONNECTIONS_PER_SEGMENT = 16;

    /** Connections generated per {@link #fill()}: the cursor's only buffers, 12 × BATCH bytes. */
    static final int BATCH = 128;

    private static final int HOMOGENEOUS = 0;
    private static final int UNIFORM = 1;
    private static final int NORMAL = 2;
    private static final double TWO_POW_MINUS_53 = 0x1.0p-53;
    private static final double TWO_POW_MINUS_31 = 0x1.0p-31;
    private static final long LOW_32 = 0xFFFF_FFFFL;
    /** Philox4x32 multipliers and Weyl key increments (Salmon et al. 2011), as in {@link Philox4x32}. */
    private static final long PHILOX_M0 = 0xD2511F53L;
    private static final long PHILOX_M1 = 0xCD9E8D57L;
    private static final int PHILOX_W0 = 0x9E3779B9;
    private static final int PHILOX_W1 = 0xBB67AE85;

    private final long[] connectionQuad = new long[4];
    private final long[] weightQuad = new long[4];
    private JitConnSpec spec;
    private int k0;
    private int k1;
    private boolean dense;
    private boolean empty;
    private double rate;
    private int cols;
    private int segments;
    private int width;
    private int law;
    private double w0;
    private double w1;
    private double span;

    private int row;
    private long segmentStep;
    private long last;
    private long end;
    private int connectionValues;
    private int weightValues;
    private boolean finished;
    private final int[] columns = new int[BATCH];
    private final double[] weights = new double[BATCH];
    private int count;
    private int position;

    /**
     * @param spec a matrix
     * @return its number of row segments S (see the class comment): a power of two in [1, 64]
     */
    static int segments(JitConnSpec spec) {
        double perSegment = Math.floor(spec.prob() * spec.cols() / CONNECTIONS_PER_SEGMENT);
        return Integer.highestOneBit((int) Math.min(MAX_SEGMENTS, Math.max(1.0, perSegment)));
    }

    /**
     * @param spec a matrix
     * @return the segment width W = ceil(cols / S) in columns
     */
    static int segmentWidth(JitConnSpec spec) {
        int s = segments(spec);
        return (int) (((long) spec.cols() + s - 1) / s);
    }

    /**
     * Prepares the cursor for a matrix; cheap when called again with the same spec.
     *
     * @param spec the matrix
     * @return this cursor
     */
    JitRowStream bind(JitConnSpec spec) {
        if (spec == this.spec) {
            return this;
        }
        // CounterRandom's key layout: k0 = seed & 0xFFFFFFFF, k1 = seed >>> 32.
        k0 = (int) spec.seed();
        k1 = (int) (spec.seed() >>> 32);
        this.spec = spec;
        double p = spec.prob();
        dense = p == 1.0;
        empty = 1.0 - p == 1.0;
        rate = dense || empty ? 0.0 : 1.0 / FdlibmLog.log(1.0 - p);
        cols = spec.cols();
        segments = segments(spec);
        width = segmentWidth(spec);
        law = spec.law() == WeightLaw.UNIFORM ? UNIFORM : spec.law() == WeightLaw.NORMAL ? NORMAL : HOMOGENEOUS;
        w0 = spec.w0();
        w1 = spec.w1();
        span = w1 - w0;
        return this;
    }

    /** @return the number of segments S of the bound matrix */
    int segments() {
        return segments;
    }

    /** @return the segment width W of the bound matrix */
    int width() {
        return width;
    }

    /**
     * @param segment a segment number in [0, S]
     * @return its first column, capped at cols (so {@code segmentStart(S)} is cols)
     */
    int segmentStart(int segment) {
        return (int) Math.min((long) segment * width, cols);
    }

    /**
     * Positions the cursor before the first connection of one segment of one row.
     *
     * @param row     the row i
     * @param segment the segment s in [0, S)
     */
    void start(int row, int segment) {
        this.row = row;
        long from = (long) segment * width;
        // An empty matrix is a segment that ends before it starts.
        end = empty ? from : Math.min(from + width, cols);
        last = from - 1;
        segmentStep = (long) segment << 16;
        connectionValues = 0;
        weightValues = 0;
        finished = false;
        count = 0;
        position = 0;
    }

    /**
     * Generates the next connections of the current segment, at most {@link #BATCH}, into {@link #columnBuffer()}
     * and {@link #weightBuffer()} (weights only for non-homogeneous laws). The generation loop keeps its state in
     * locals, which is what makes it fast; the hot kernels consume the buffers in a tight loop of their own.
     *
     * @return the number generated; fewer than {@link #BATCH} (possibly 0) means the segment is done, exactly
     *         {@link #BATCH} means call again
     */
    int fill() {
        if (finished) {
            return 0;
        }
        int n = 0;
        long c = last;
        long stop = end;
        if (dense) {
            while (n < BATCH && c + 1 < stop) {
                c++;
                columns[n++] = (int) c;
            }
        } else {
            int v = connectionValues;
            long[] quad = connectionQuad;
            double r = rate;
            while (n < BATCH) {
                if (c + 1 >= stop) {
                    break;
                }
                if ((v & 3) == 0) {
                    blockPair(CONNECTION_STREAM, v >>> 1, quad);
                }
                long b = quad[v & 3];
                v++;
                double u = ((b >>> 11) + 1) * TWO_POW_MINUS_53;
                double g = FdlibmLog.log(u) * r;
                // Written as a negated "less than" so that even a NaN could never yield a column.
                if (!(g < (double) (stop - c - 1))) {
                    c = stop;
                    break;
                }
                c = c + 1 + (long) g;
                columns[n++] = (int) c;
            }
            connectionValues = v;
        }
        last = c;
        if (n < BATCH) {
            finished = true;
        }
        if (law == UNIFORM) {
            for (int k = 0; k < n; k++) {
                weights[k] = w0 + span * ((weightDraw() >>> 11) * TWO_POW_MINUS_53);
            }
        } else if (law == NORMAL) {
            for (int k = 0; k < n; k++) {
                weights[k] = w0 + w1 * polarNormal();
            }
        }
        return n;
    }

    /** @return the columns of the last {@link #fill()}, increasing (a buffer owned by this cursor) */
    int[] columnBuffer() {
        return columns;
    }

    /** @return the weights of the last {@link #fill()}, for UNIFORM and NORMAL (a buffer owned by this cursor) */
    double[] weightBuffer() {
        return weights;
    }

    /**
     * Advances to the next connection of the current segment (convenience over {@link #fill()}; do not mix the
     * two within one segment).
     *
     * @return false when the segment has no more connections
     */
    boolean next() {
        if (++position < count) {
            return true;
        }
        count = fill();
        position = 0;
        return count > 0;
    }

    private long weightDraw() {
        int m = weightValues++;
        if ((m & 3) == 0) {
            blockPair(WEIGHT_STREAM, m >>> 1, weightQuad);
        }
        return weightQuad[m & 3];
    }

    /**
     * Values 2b .. 2b+3 of a stream in the current (row, segment): Philox4x32-10 blocks b and b + 1 (b even, so both
     * have the same step) at CounterRandom's counter layout, lower then upper half of each. The two blocks are
     * computed in one interleaved loop: each alone is a chain of dependent multiplies, and interleaving lets the
     * processor overlap them, nearly halving the cost per value. Equal to {@link Philox4x32#block} bit for bit (a
     * unit test checks it).
     *
     * @param stream the stream
     * @param b      the first block number, even
     * @param out    receives the four values (modified)
     */
    void blockPair(int stream, int b, long[] out) {
        long step = segmentStep | (b >>> 16);
        int hi = (int) (step >>> 32) << 16;
        int a0 = row;
        int a1 = (int) step;
        int a2 = (b & 0xFFFF) | hi;
        int a3 = stream;
        int d0 = row;
        int d1 = a1;
        int d2 = ((b + 1) & 0xFFFF) | hi;
        int d3 = stream;
        int key0 = k0;
        int key1 = k1;
        for (int r = 0; r < Philox4x32.ROUNDS; r++) {
            if (r > 0) {
                key0 += PHILOX_W0;
                key1 += PHILOX_W1;
            }
            long p0 = PHILOX_M0 * (a0 & LOW_32);
            long p1 = PHILOX_M1 * (a2 & LOW_32);
            long q0 = PHILOX_M0 * (d0 & LOW_32);
            long q1 = PHILOX_M1 * (d2 & LOW_32);
            a0 = (int) (p1 >>> 32) ^ a1 ^ key0;
            a1 = (int) p1;
            a2 = (int) (p0 >>> 32) ^ a3 ^ key1;
            a3 = (int) p0;
            d0 = (int) (q1 >>> 32) ^ d1 ^ key0;
            d1 = (int) q1;
            d2 = (int) (q0 >>> 32) ^ d3 ^ key1;
            d3 = (int) q0;
        }
        out[0] = ((a0 & LOW_32) << 32) | (a1 & LOW_32);
        out[1] = ((a2 & LOW_32) << 32) | (a3 & LOW_32);
        out[2] = ((d0 & LOW_32) << 32) | (d1 & LOW_32);
        out[3] = ((d2 & LOW_32) << 32) | (d3 & LOW_32);
    }

    private double polarNormal() {
        while (true) {
            long b = weightDraw();
            double x = (b >>> 32) * TWO_POW_MINUS_31 - 1.0;
            double y = (b & LOW_32) * TWO_POW_MINUS_31 - 1.0;
            double q = x * x + y * y;
            if (q < 1.0 && q > 0.0) {
                return x * Math.sqrt(-2.0 * FdlibmLog.log(q) / q);
            }
        }
    }

    /** @return the column of the current connection (after {@link #next()}) */
    int column() {
        return columns[position];
    }

    /** @return the weight of the current connection (after {@link #next()}) */
    double weight() {
        return law == HOMOGENEOUS ? w0 : weights[position];
    }
}
