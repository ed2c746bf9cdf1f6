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
 * Given {@link JitConnSpec} (rows, cols, p = prob, law, w0, w1, seed), with k0 = seed &amp; 0xFFFFFFFF and
 * k1 = seed &gt;&gt;&gt; 32 ({@link CounterRandom}'s key layout):
 * <ol>
 *   <li><b>Segments.</b> Each row is cut into S column segments so that the output of an M<sup>T</sup> product can be
 *       split between threads (or GPU blocks) without regenerating whole rows:
 *       {@code S = Integer.highestOneBit((int) min(64, max(1, floor(p * cols / 16))))} (IEEE binary64 product; a
 *       power of two, so 2, 4, 8 ... threads get equal shares; at least 16 expected connections per segment, so the
 *       one terminating draw per segment costs at most about 6 %),
 *       {@code W = ceil(cols / S)} (integer), segment s covers columns [s·W, min((s+1)·W, cols)) and may be empty.
 *       Because a Bernoulli pattern has independent columns, restarting the process at segment boundaries does not
 *       change the law of the matrix.</li>
 *   <li><b>Draw words.</b> Each (row i, segment s, stream) has its own sequence of 32-bit words x<sub>0</sub>,
 *       x<sub>1</sub>, ... (counted from 0 for each triple). Word v is output word {@code v & 3} (in the order
 *       x0, x1, x2, x3 of {@link Philox4x32#block}) of the Philox4x32-10 block {@code b = v >>> 2} with counter
 *       {@code (c0, c1, c2, c3) = (i, (int) step, (b & 0xFFFF) | ((int) (step >>> 32) << 16), stream)},
 *       {@code step = ((long) s << 16) | (b >>> 16)}, and key (k0, k1): CounterRandom's counter layout at
 *       {@code (stream, index = i, step, draw = b & 0xFFFF)}, so words 0 and 1 of a block are the high and low
 *       halves of {@code rng.nextLong(stream, i, step, draw)}. One
 *       block gives four connections. Connections use stream {@link #CONNECTION_STREAM} (0x4A495443, "JITC"),
 *       weights stream {@link #WEIGHT_STREAM} (0x4A495457, "JITW"), so the pattern is the same whatever the weight
 *       law.</li>
 *   <li><b>Logarithm of a word</b>, {@code L(x)} ≈ ln((x + 1)·2<sup>−32</sup>) for an unsigned 32-bit word x, in
 *       integer and IEEE binary64 arithmetic (round to nearest, no fused multiply-add), each line one rounded
 *       operation in the order written:
 *       {@code y = x + 1} (a {@code long} in [1, 2^32]); {@code z = numberOfLeadingZeros(y)} (of the 64-bit y);
 *       {@code e = 31 - z}; {@code j = (int) ((y << z) >>> 53) & 0x3FF};
 *       {@code d = (double) ((y << z) & 0x1FFFFFFFFFFFFFL) * 0x1.0p-63} (exact);
 *       {@code t = d * INV[j]}; {@code P = t * (1.0 + t * (-0.5 + t * C3))};
 *       {@code L = ((double) e * LN2 + LN[j]) + P}, with the constants
 *       {@code LN2 = 0x1.62e42fefa39efp-1} (nearest double to ln 2), {@code C3 = 0x1.5555555555555p-2} (nearest to
 *       1/3), and the 1024-entry tables, for j = 0..1023,
 *       {@code INV[j] = 1.0 / (1.0 + j / 1024.0)} (one correctly rounded division) and
 *       {@code LN[j] = log(1.0 + j / 1024.0)} with fdlibm's {@code log} ({@link FdlibmLog},
 *       = {@link StrictMath#log(double)}). This is ln u = e·ln 2 + ln m for the mantissa m = 1 + j/1024 + d of u,
 *       written as ln(1 + j/1024) + ln(1 + t) with t in [0, 2<sup>−10</sup>), the logarithm's Taylor series cut after
 *       t<sup>3</sup>: truncation error below t<sup>4</sup>/4 &lt; 2.3·10<sup>−13</sup>; with rounding,
 *       |L − ln u| &lt; 2.5·10<sup>−13</sup> + 2<sup>−51</sup>·|ln u| (a unit test checks it).
 *       L(2<sup>32</sup> − 1) = 0 exactly and every other L is negative.</li>
 *   <li><b>Columns.</b> If p = 1, the segment is dense (every column, no connection draws). If
 *       {@code 1.0 - p == 1.0} (p too small for binary64 to tell the difference), the matrix is empty (no draws).
 *       Otherwise, with {@code r = 1.0 / log(1.0 - p)} (fdlibm log) computed once, and c = s·W − 1 (a
 *       {@code long}): for n = 0, 1, ...: {@code g = L(connection word n) * r} (a geometric gap of mean
 *       (1 − p)/p); stop the segment unless {@code g < (double) (end - c - 1)} (when c + 1 ≥ end the segment ends
 *       without drawing, which gives the same matrix); else {@code c = c + 1 + (long) g} (truncation; g ≥ 0 or −0.0)
 *       is the next connected column. (Since g &lt; 2<sup>63</sup>, the test is equivalently
 *       {@code (long) g < end - c - 1} in integers, which is how this class evaluates it.)
 *       <br><i>Law.</i> With u = (x + 1)·2<sup>−32</sup> on its 2<sup>32</sup> equally likely values and the gap
 *       G = ⌊ln u / ln(1 − p)⌋, P(G ≥ m) is the fraction of words with u ≤ (1 − p)<sup>m</sup>, which differs from
 *       the exact geometric tail (1 − p)<sup>m</sup> by at most 2<sup>−32</sup> for every m; the approximation of the
 *       logarithm moves each threshold u by a relative 3·10<sup>−13</sup> at most, so the Kolmogorov distance between
 *       the drawn gap and an exact geometric gap is below 2<sup>−32</sup> + 3·10<sup>−13</sup> ≈ 2.3·10<sup>−10</sup>
 *       whatever p (the largest possible gap, 32·ln 2/p ≈ 22.2/p, is the same bound: e<sup>−22.2</sup> =
 *       2<sup>−32</sup>). The resulting bias of the mean fan-out is below a relative 10<sup>−8</sup>, far inside
 *       any statistical test.</li>
 *   <li><b>Weights</b>, drawn right after each connection from the weight stream of the same (row, segment), weight
 *       word counter m starting at 0 per segment:
 *       HOMOGENEOUS: w0, no draw. UNIFORM: {@code u = (x_m & 0xFFFFFFFFL) * 0x1.0p-32} (in [0, 1)), m += 1,
 *       {@code w = w0 + (w1 - w0) * u}. NORMAL (Marsaglia's polar method): repeat {
 *       {@code x = (x_m & 0xFFFFFFFFL) * 0x1.0p-31 - 1.0}; {@code y = (x_(m+1) & 0xFFFFFFFFL) * 0x1.0p-31 - 1.0};
 *       m += 2; {@code q = x * x + y * y} } until 0 &lt; q &lt; 1;
 *       {@code w = w0 + w1 * (x * Math.sqrt(-2.0 * log(q) / q))} (fdlibm log; sqrt is exactly rounded in IEEE 754).
 *       </li>
 * </ol>
 * M<sup>T</sup> products scatter these same rows, so the transposed operator is exactly the transpose of the
 * materialised matrix, for every thread count.
 *
 * <h2>Use</h2>
 * {@link #bind(JitConnSpec)}, then for each (row, segment) {@link #start(int, int)} and either {@code while (next())}
 * read {@link #column()} and {@link #weight()}, or (hot loops) call {@link #fill()} until it returns less than
 * {@link #BATCH} and read the buffers. Generating the weights of a batch after its columns changes nothing: the two
 * streams are independent. The implementation computes two blocks (eight words) at a time and their eight gaps in
 * one straight loop, which may compute a few words past the end of a segment; those are discarded and change
 * nothing. Products that only add rows into an output use {@link #addSegment} (generation and adds fused) or, for
 * a homogeneous weight, {@link #addRowsHomogeneous} (two rows at a time). A cursor holds O(1) state plus a
 * firing-row buffer ({@link #rowBuffer(int)}), is not thread-safe (one per thread), and allocates nothing after
 * construction except when that buffer grows.
 */
final class JitRowStream {

    /** Stream of the connection (gap) draws: ASCII "JITC". */
    static final int CONNECTION_STREAM = 0x4A495443;

    /** Stream of the weight draws: ASCII "JITW". */
    static final int WEIGHT_STREAM = 0x4A495457;

    /** Upper bound on the segments of a row. */
    static final int MAX_SEGMENTS = JitConnSpec.MAX_SEGMENTS;

    /** Expected connections per segment below which a row is cut into fewer segments. */
    static final int CONNECTIONS_PER_SEGMENT = JitConnSpec.CONNECTIONS_PER_SEGMENT;

    /**
     * Connections generated per {@link #fill()}: with the word buffers, about 1.6 KB per cursor (the tables of
     * {@link #log32(int)}, 16 KB, are shared by all cursors).
     */
    static final int BATCH = 128;

    /** Words computed together: two interleaved Philox blocks. */
    static final int WORDS = 8;

    /** ln 2, the double nearest. */
    static final double LN2 = 0x1.62e42fefa39efp-1;
    /** 1/3, the double nearest. */
    static final double C3 = 0x1.5555555555555p-2;
    /** Table bits of {@link #log32(int)}. */
    static final int TABLE_BITS = 10;

    /** INV[j] = 1 / (1 + j/1024), correctly rounded. */
    private static final double[] INV = new double[1 << TABLE_BITS];
    /** LN[j] = fdlibm log(1 + j/1024). */
    private static final double[] LN = new double[1 << TABLE_BITS];

    static {
        for (int j = 0; j < INV.length; j++) {
            double c = 1.0 + j / 1024.0;
            INV[j] = 1.0 / c;
            LN[j] = FdlibmLog.log(c);
        }
    }

    private static final int HOMOGENEOUS = 0;
    private static final int UNIFORM = 1;
    private static final int NORMAL = 2;
    private static final double TWO_POW_MINUS_32 = 0x1.0p-32;
    private static final double TWO_POW_MINUS_31 = 0x1.0p-31;
    private static final double TWO_POW_MINUS_63 = 0x1.0p-63;
    private static final long LOW_32 = 0xFFFF_FFFFL;
    private static final long LOW_53 = 0x1F_FFFF_FFFF_FFFFL;
    /** Philox4x32 multipliers and Weyl key increments (Salmon et al. 2011), as in {@link Philox4x32}. */
    private static final long PHILOX_M0 = 0xD2511F53L;
    private static final long PHILOX_M1 = 0xCD9E8D57L;
    private static final int PHILOX_W0 = 0x9E3779B9;
    private static final int PHILOX_W1 = 0xBB67AE85;

    private final int[] connectionWords = new int[WORDS];
    private final long[] gaps = new long[WORDS];
    private final int[] weightWords = new int[WORDS];
    private final int[] secondWords = new int[WORDS];
    private final long[] secondGaps = new long[WORDS];
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
    private int[] rowList = new int[0];

    /**
     * @param spec a matrix
     * @return its number of row segments S (see the class comment): a power of two in [1, 64]
     */
    static int segments(JitConnSpec spec) {
        return spec.segments();
    }

    /**
     * @param spec a matrix
     * @return the segment width W = ceil(cols / S) in columns
     */
    static int segmentWidth(JitConnSpec spec) {
        return spec.segmentWidth();
    }

    /**
     * The logarithm L(x) of the class comment, ≈ ln u = ln((x + 1)·2<sup>−32</sup>) within
     * 2.5·10<sup>−13</sup> + 2<sup>−51</sup>·|ln u|: a 1024-entry table and a cubic, much cheaper than fdlibm's log, specified to the bit.
     *
     * @param x a word, read as unsigned
     * @return L(x), in (−22.19, 0]
     */
    static double log32(int x) {
        long y = (x & LOW_32) + 1;
        int z = Long.numberOfLeadingZeros(y);
        long m = y << z;
        int j = (int) (m >>> 53) & 0x3FF;
        double t = (double) (m & LOW_53) * TWO_POW_MINUS_63 * INV[j];
        double poly = t * (1.0 + t * (-0.5 + t * C3));
        return ((double) (31 - z) * LN2 + LN[j]) + poly;
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
     * @param column a column in [0, cols)
     * @return the segment holding it
     */
    int segmentOf(int column) {
        return column / width;
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
     * and {@link #weightBuffer()} (weights only for non-homogeneous laws). Gaps are computed eight at a time in a
     * loop without branches, so their logarithms overlap in the pipeline; the column walk that follows is then a
     * short dependent chain of integer adds.
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
            long[] g8 = gaps;
            int[] out = columns;
            while (n < BATCH) {
                if (c + 1 >= stop) {
                    break;
                }
                int k = v & (WORDS - 1);
                if (k == 0) {
                    refillGaps(v);
                }
                long next = c + 1 + g8[k];
                v++;
                if (next >= stop) {
                    c = stop;
                    break;
                }
                c = next;
                out[n++] = (int) c;
            }
            connectionValues = v;
        }
        last = c;
        if (n < BATCH) {
            finished = true;
        }
        if (law == UNIFORM) {
            int m = weightValues;
            int[] ww = weightWords;
            double[] out = weights;
            for (int k = 0; k < n; k++) {
                int q = m & (WORDS - 1);
                if (q == 0) {
                    blockPair(WEIGHT_STREAM, m >>> 2, ww);
                }
                out[k] = w0 + span * ((ww[q] & LOW_32) * TWO_POW_MINUS_32);
                m++;
            }
            weightValues = m;
        } else if (law == NORMAL) {
            for (int k = 0; k < n; k++) {
                weights[k] = w0 + w1 * polarNormal();
            }
        }
        return n;
    }

    /**
     * Gaps of connection words v .. v+7 into {@link #gaps}: a straight loop of independent logarithms, which the
     * processor overlaps.
     *
     * @param v the first word, a multiple of 8
     */
    private void refillGaps(int v) {
        int[] words = connectionWords;
        long[] g8 = gaps;
        blockPair(CONNECTION_STREAM, v >>> 2, words);
        double r = rate;
        for (int q = 0; q < WORDS; q++) {
            // g >= 0 (or -0.0) and below 2^63, so the cast is the floor and, for an integer bound n, floor(g) < n
            // exactly when g < n: the documented test done in integers.
            g8[q] = (long) (log32(words[q]) * r);
        }
    }

    /**
     * Adds the connections of one (row, segment) into an output: {@code out[j] += M[row][j]} for the columns j of
     * the segment, in increasing order, with the weights {@link #fill()} would give (HOMOGENEOUS: w0). The event
     * products' kernel: for HOMOGENEOUS and UNIFORM it generates and adds in one loop, eight words at a time, with
     * no column buffer and no per-batch bookkeeping (about a third cheaper per connection than {@link #fill()} and a
     * separate add loop); other cases (NORMAL, whose polar method draws a variable number of words, and p = 1 or
     * an empty matrix) go through {@link #fill()}. Either way the same words, gaps and sums: the matrix does not
     * change.
     *
     * @param row     the row i
     * @param segment the segment s in [0, S)
     * @param out     the output, of length cols (entries of other segments are not touched)
     */
    void addSegment(int row, int segment, double[] out) {
        if (law == NORMAL || dense || empty) {
            addByBatches(row, segment, out);
            return;
        }
        long from = (long) segment * width;
        long stop = Math.min(from + width, cols);
        if (from >= stop) {
            return;
        }
        this.row = row;
        segmentStep = (long) segment << 16;
        if (law == HOMOGENEOUS) {
            addHomogeneous(from - 1, 0, stop, out);
        } else {
            addUniform(from - 1, stop, out);
        }
    }

    /**
     * The fused loop for HOMOGENEOUS, from column c + 1 of the current (row, segment). The gap computation of
     * {@link #refillGaps(int)} is written out here rather than called: HotSpot does not inline that method once it
     * is compiled (too big), and the call with its round trip through memory cost about a fifth of the time.
     */
    private void addHomogeneous(long c, int v0, long stop, double[] out) {
        int[] words = connectionWords;
        long[] g8 = gaps;
        double r = rate;
        double w = w0;
        for (int v = v0; ; v += WORDS) {
            blockPair(CONNECTION_STREAM, v >>> 2, words);
            for (int q = 0; q < WORDS; q++) {
                g8[q] = (long) (log32(words[q]) * r);
            }
            for (int q = 0; q < WORDS; q++) {
                // The class comment's column step; c + 1 >= stop needs no separate test, as g >= 0.
                long next = c + 1 + g8[q];
                if (next >= stop) {
                    return;
                }
                c = next;
                out[(int) c] += w;
            }
        }
    }

    /**
     * {@link #addSegment} of one segment for each listed row, in list order, when {@link #pairsRows()}: two rows
     * at a time, their Philox blocks computed in one interleaved loop (four independent chains instead of two) and
     * a finished row's slot refilled with the next row while the other goes on, so the start of a segment, whose
     * first words nothing could compute ahead, is overlapped with another row's work. This changes the order in
     * which two rows' adds reach a column, which is why it is for HOMOGENEOUS only: every add is the same w, so each
     * sum is still the same bit for bit. About 10 % less time per connection at fan-out 80.
     *
     * @param rows    the rows, in order (repeats allowed)
     * @param count   how many
     * @param segment the segment s in [0, S)
     * @param out     the output, of length cols
     */
    void addRowsHomogeneous(int[] rows, int count, int segment, double[] out) {
        long from = (long) segment * width;
        long stop = Math.min(from + width, cols);
        if (from >= stop) {
            return;
        }
        segmentStep = (long) segment << 16;
        int[] wa = connectionWords;
        int[] wb = secondWords;
        long[] ga = gaps;
        long[] gb = secondGaps;
        double r = rate;
        double w = w0;
        int next = 0;
        // Slot A: row ra at column ca, next word va; slot B likewise; a row of -1 is an empty slot.
        int ra = next < count ? rows[next++] : -1;
        int rb = next < count ? rows[next++] : -1;
        long ca = from - 1;
        long cb = from - 1;
        int va = 0;
        int vb = 0;
        while (ra >= 0 && rb >= 0) {
            blockPairs(ra, va >>> 2, rb, vb >>> 2, wa, wb);
            for (int q = 0; q < WORDS; q++) {
                ga[q] = (long) (log32(wa[q]) * r);
                gb[q] = (long) (log32(wb[q]) * r);
            }
            boolean doneA = false;
            for (int q = 0; q < WORDS; q++) {
                long nextColumn = ca + 1 + ga[q];
                if (nextColumn >= stop) {
                    doneA = true;
                    break;
                }
                ca = nextColumn;
                out[(int) ca] += w;
            }
            boolean doneB = false;
            for (int q = 0; q < WORDS; q++) {
                long nextColumn = cb + 1 + gb[q];
                if (nextColumn >= stop) {
                    doneB = true;
                    break;
                }
                cb = nextColumn;
                out[(int) cb] += w;
            }
            va += WORDS;
            vb += WORDS;
            if (doneA) {
                ra = next < count ? rows[next++] : -1;
                ca = from - 1;
                va = 0;
            }
            if (doneB) {
                rb = next < count ? rows[next++] : -1;
                cb = from - 1;
                vb = 0;
            }
        }
        // At most one row left, part done: finish it alone.
        if (ra >= 0) {
            row = ra;
            addHomogeneous(ca, va, stop, out);
        } else if (rb >= 0) {
            row = rb;
            addHomogeneous(cb, vb, stop, out);
        }
    }

    /**
     * @return true when {@link #addRowsHomogeneous} applies to the bound matrix: HOMOGENEOUS, 0 &lt; p &lt; 1 and
     *         not empty
     */
    boolean pairsRows() {
        return law == HOMOGENEOUS && !dense && !empty;
    }

    /**
     * {@link #blockPair} of the connection stream for two rows of the current segment at once: words 4a .. 4a+7 of
     * row ra into {@code outA} and words 4b .. 4b+7 of row rb into {@code outB} (a and b even). The four blocks'
     * rounds are interleaved in one loop, which the processor overlaps.
     */
    private void blockPairs(int ra, int a, int rb, int b, int[] outA, int[] outB) {
        long stepA = segmentStep | (a >>> 16);
        long stepB = segmentStep | (b >>> 16);
        int hiA = (int) (stepA >>> 32) << 16;
        int hiB = (int) (stepB >>> 32) << 16;
        int stream = CONNECTION_STREAM;
        int a0 = ra;
        int a1 = (int) stepA;
        int a2 = (a & 0xFFFF) | hiA;
        int a3 = stream;
        int b0 = ra;
        int b1 = a1;
        int b2 = ((a + 1) & 0xFFFF) | hiA;
        int b3 = stream;
        int c0 = rb;
        int c1 = (int) stepB;
        int c2 = (b & 0xFFFF) | hiB;
        int c3 = stream;
        int d0 = rb;
        int d1 = c1;
        int d2 = ((b + 1) & 0xFFFF) | hiB;
        int d3 = stream;
        int key0 = k0;
        int key1 = k1;
        for (int r = 0; r < Philox4x32.ROUNDS; r++) {
            long p0 = PHILOX_M0 * (a0 & LOW_32);
            long p1 = PHILOX_M1 * (a2 & LOW_32);
            long q0 = PHILOX_M0 * (b0 & LOW_32);
            long q1 = PHILOX_M1 * (b2 & LOW_32);
            long s0 = PHILOX_M0 * (c0 & LOW_32);
            long s1 = PHILOX_M1 * (c2 & LOW_32);
            long t0 = PHILOX_M0 * (d0 & LOW_32);
            long t1 = PHILOX_M1 * (d2 & LOW_32);
            a0 = (int) (p1 >>> 32) ^ (a1 ^ key0);
            a1 = (int) p1;
            a2 = (int) (p0 >>> 32) ^ (a3 ^ key1);
            a3 = (int) p0;
            b0 = (int) (q1 >>> 32) ^ (b1 ^ key0);
            b1 = (int) q1;
            b2 = (int) (q0 >>> 32) ^ (b3 ^ key1);
            b3 = (int) q0;
            c0 = (int) (s1 >>> 32) ^ (c1 ^ key0);
            c1 = (int) s1;
            c2 = (int) (s0 >>> 32) ^ (c3 ^ key1);
            c3 = (int) s0;
            d0 = (int) (t1 >>> 32) ^ (d1 ^ key0);
            d1 = (int) t1;
            d2 = (int) (t0 >>> 32) ^ (d3 ^ key1);
            d3 = (int) t0;
            key0 += PHILOX_W0;
            key1 += PHILOX_W1;
        }
        outA[0] = a0;
        outA[1] = a1;
        outA[2] = a2;
        outA[3] = a3;
        outA[4] = b0;
        outA[5] = b1;
        outA[6] = b2;
        outA[7] = b3;
        outB[0] = c0;
        outB[1] = c1;
        outB[2] = c2;
        outB[3] = c3;
        outB[4] = d0;
        outB[5] = d1;
        outB[6] = d2;
        outB[7] = d3;
    }

    /**
     * The fused loop for UNIFORM (see {@link #addHomogeneous}): connection n of a segment is connection word n and
     * takes weight word n, so the weight words are generated eight at a time alongside.
     */
    private void addUniform(long c, long stop, double[] out) {
        int[] words = connectionWords;
        int[] ww = weightWords;
        long[] g8 = gaps;
        double r = rate;
        double lo = w0;
        double sp = span;
        for (int v = 0; ; v += WORDS) {
            blockPair(CONNECTION_STREAM, v >>> 2, words);
            for (int q = 0; q < WORDS; q++) {
                g8[q] = (long) (log32(words[q]) * r);
            }
            blockPair(WEIGHT_STREAM, v >>> 2, ww);
            for (int q = 0; q < WORDS; q++) {
                long next = c + 1 + g8[q];
                if (next >= stop) {
                    return;
                }
                c = next;
                out[(int) c] += lo + sp * ((ww[q] & LOW_32) * TWO_POW_MINUS_32);
            }
        }
    }

    /** {@link #addSegment} through {@link #fill()}, for the laws and cases the fused loops do not cover. */
    private void addByBatches(int row, int segment, double[] out) {
        start(row, segment);
        int[] cs = columns;
        int n;
        do {
            n = fill();
            if (law == HOMOGENEOUS) {
                double w = w0;
                for (int k = 0; k < n; k++) {
                    out[cs[k]] += w;
                }
            } else {
                double[] ws = weights;
                for (int k = 0; k < n; k++) {
                    out[cs[k]] += ws[k];
                }
            }
        } while (n == BATCH);
    }

    /**
     * A buffer for the firing rows of one call, owned by this cursor; grows (allocates) only when a call has more
     * firing rows than any before on this cursor.
     *
     * @param length the length needed
     * @return a buffer of at least that length
     */
    int[] rowBuffer(int length) {
        if (rowList.length < length) {
            rowList = new int[Math.max(length, rowList.length + (rowList.length >> 1))];
        }
        return rowList;
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

    private int weightWord() {
        int m = weightValues++;
        int k = m & (WORDS - 1);
        if (k == 0) {
            blockPair(WEIGHT_STREAM, m >>> 2, weightWords);
        }
        return weightWords[k];
    }

    /**
     * Words 4b .. 4b+7 of a stream in the current (row, segment): Philox4x32-10 blocks b and b + 1 (b even, so both
     * have the same step) at CounterRandom's counter layout, output words x0..x3 of each. The two blocks are
     * computed in one interleaved loop: each alone is a chain of dependent multiplies, and interleaving lets the
     * processor overlap them, nearly halving the cost per word. Equal to {@link Philox4x32#block} bit for bit (a
     * unit test checks it).
     *
     * @param stream the stream
     * @param b      the first block number, even
     * @param out    receives the eight words (modified)
     */
    void blockPair(int stream, int b, int[] out) {
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
            long p0 = PHILOX_M0 * (a0 & LOW_32);
            long p1 = PHILOX_M1 * (a2 & LOW_32);
            long q0 = PHILOX_M0 * (d0 & LOW_32);
            long q1 = PHILOX_M1 * (d2 & LOW_32);
            // hi ^ (lo ^ key) rather than (hi ^ lo) ^ key: the same bits (xor is associative), but the key xor no
            // longer waits for the multiply, which shortens each round's dependent chain by one operation.
            a0 = (int) (p1 >>> 32) ^ (a1 ^ key0);
            a1 = (int) p1;
            a2 = (int) (p0 >>> 32) ^ (a3 ^ key1);
            a3 = (int) p0;
            d0 = (int) (q1 >>> 32) ^ (d1 ^ key0);
            d1 = (int) q1;
            d2 = (int) (q0 >>> 32) ^ (d3 ^ key1);
            d3 = (int) q0;
            key0 += PHILOX_W0;
            key1 += PHILOX_W1;
        }
        out[0] = a0;
        out[1] = a1;
        out[2] = a2;
        out[3] = a3;
        out[4] = d0;
        out[5] = d1;
        out[6] = d2;
        out[7] = d3;
    }

    private double polarNormal() {
        while (true) {
            double x = (weightWord() & LOW_32) * TWO_POW_MINUS_31 - 1.0;
            double y = (weightWord() & LOW_32) * TWO_POW_MINUS_31 - 1.0;
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
