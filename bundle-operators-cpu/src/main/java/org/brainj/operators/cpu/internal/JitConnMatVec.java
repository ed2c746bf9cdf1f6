package org.brainj.operators.cpu.internal;

import java.util.Arrays;
import java.util.Objects;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.JitConnSpec;
import org.brainj.api.ops.WeightLaw;

/**
 * Products with just-in-time connectivity, serial on the calling thread: every call regenerates the rows it needs
 * through {@link JitRowStream}, so memory is O(1) per row whatever the number of synapses. M·x gathers along rows;
 * M<sup>T</sup>·x and the event product scatter rows, so both read the same canonical row streams and the transposed
 * operator is exactly the transpose of {@link #materialize(JitConnSpec)}.
 *
 * <p>The summation order is the one of {@link CsrOps} and {@link EventCsrMatVec} applied to the materialised
 * matrix (rows in order, columns increasing; a homogeneous M·x sums x and scales once), so the results equal those
 * operators on {@code materialize(spec)} bit for bit. The range kernels are shared with the parallel variant.
 *
 * <p>Thread-safe: each calling thread uses its own cursor. A call allocates nothing once its thread has seen the
 * spec's seed.
 */
final class JitConnMatVec implements JitConnOps {

    private final ThreadLocal<JitRowStream> cursors = ThreadLocal.withInitial(JitRowStream::new);

    /** Creates the operators; they hold no matrix data. */
    JitConnMatVec() {
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code x} or {@code out} has the wrong length, or {@code out} is
     *                                  {@code x}
     */
    @Override
    public void mv(JitConnSpec spec, double[] x, double[] out, boolean transpose) {
        checkMv(spec, x, out, transpose);
        JitRowStream c = cursors.get().bind(spec);
        if (transpose) {
            Arrays.fill(out, 0.0);
            scatter(c, spec, x, out, 0, c.segments());
        } else {
            gather(c, spec, x, out, 0, spec.rows());
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code events} is not of length rows or {@code out} not of length cols
     */
    @Override
    public void eventMv(JitConnSpec spec, boolean[] events, double[] out) {
        checkEvents(spec, events, out);
        JitRowStream c = cursors.get().bind(spec);
        scatterEvents(c, spec, events, out, 0, c.segments());
    }

    /**
     * {@inheritDoc} Rows are visited in list order; each row's segments in order, so the sums equal the flag form's.
     *
     * @throws IllegalArgumentException when a listed row is outside [0, rows) or {@code out} is not of length cols
     */
    @Override
    public void eventMv(JitConnSpec spec, int[] fired, int count, double[] out) {
        checkList(spec, fired, count, out);
        JitRowStream c = cursors.get().bind(spec);
        scatterList(c, spec, fired, count, out, 0, c.segments());
    }

    static void checkList(JitConnSpec spec, int[] fired, int count, double[] out) {
        Objects.requireNonNull(spec, "spec");
        Shapes.firedList(fired, count, spec.rows());
        if (out.length != spec.cols()) {
            throw new IllegalArgumentException("out must have cols = " + spec.cols() + " entries, got " + out.length);
        }
    }

    /**
     * {@inheritDoc} Generates only the segments that overlap the range and filters the columns of the (at most two)
     * segments that stick out of it; rows are visited in list order, so each column's sum is the full product's.
     *
     * @throws IllegalArgumentException when a listed row is outside [0, rows) or {@code out} is not of length cols
     */
    @Override
    public void eventMv(JitConnSpec spec, int[] fired, int count, double[] out, int colFrom, int colTo) {
        checkList(spec, fired, count, out);
        JitConnOps.checkColumnRange(spec, colFrom, colTo);
        if (colFrom == colTo) {
            return;
        }
        JitRowStream c = cursors.get().bind(spec);
        scatterList(c, spec, fired, count, out, c.segmentOf(colFrom), c.segmentOf(colTo - 1) + 1, colFrom, colTo);
    }

    static void scatterList(JitRowStream c, JitConnSpec spec, int[] fired, int count, double[] out, int segFrom,
                            int segTo) {
        scatterList(c, spec, fired, count, out, segFrom, segTo, 0, spec.cols());
    }

    /**
     * out<sub>j</sub> += M<sub>ij</sub> over the listed rows i, for the columns j of segments [segFrom, segTo) that
     * are also in [colFrom, colTo); a segment wholly inside the column range is added without a test per column.
     *
     * <p>Segments are the outer loop and the listed rows the inner one (cache blocking): while one segment is
     * done, the adds land in its W columns only (2 MB of the output at N = 10<sup>6</sup> with four segments,
     * against 8 MB for a row at a time), so most of them hit the processor's L2 cache and its TLB. Each column
     * belongs to one segment and still receives its rows' terms in list order, so the sums are the same bit for
     * bit as a row at a time, and no row segment is generated twice.
     */
    static void scatterList(JitRowStream c, JitConnSpec spec, int[] fired, int count, double[] out, int segFrom,
                            int segTo, int colFrom, int colTo) {
        boolean homogeneous = spec.law() == WeightLaw.HOMOGENEOUS;
        double w = spec.w0();
        int[] cols = c.columnBuffer();
        double[] ws = c.weightBuffer();
        for (int g = segFrom; g < segTo; g++) {
            if (c.segmentStart(g) >= colFrom && c.segmentStart(g + 1) <= colTo) {
                if (c.pairsRows()) {
                    c.addRowsHomogeneous(fired, count, g, out);
                    continue;
                }
                for (int k0 = 0; k0 < count; k0++) {
                    c.addSegment(fired[k0], g, out);
                }
                continue;
            }
            for (int k0 = 0; k0 < count; k0++) {
                c.start(fired[k0], g);
                int n;
                do {
                    n = c.fill();
                    for (int k = 0; k < n; k++) {
                        int j = cols[k];
                        if (j >= colFrom && j < colTo) {
                            out[j] += homogeneous ? w : ws[k];
                        }
                    }
                } while (n == JitRowStream.BATCH);
            }
        }
    }

    /**
     * Generates the matrix twice, once to count each row and once to fill it, so it needs no temporary beyond the
     * result. Columns are sorted within each row; HOMOGENEOUS gives a one-weight matrix.
     *
     * @throws IllegalArgumentException when the matrix has more entries than a Java array holds
     */
    @Override
    public CsrMatrix materialize(JitConnSpec spec) {
        Objects.requireNonNull(spec, "spec");
        JitRowStream c = new JitRowStream().bind(spec);
        int rows = spec.rows();
        int segments = c.segments();
        int[] indptr = new int[rows + 1];
        long nnz = 0;
        for (int i = 0; i < rows; i++) {
            for (int s = 0; s < segments; s++) {
                c.start(i, s);
                while (c.next()) {
                    nnz++;
                }
            }
            if (nnz > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("materialising " + spec + " needs more than "
                        + (Integer.MAX_VALUE - 8) + " entries (already " + nnz + " after row " + i + ")");
            }
            indptr[i + 1] = (int) nnz;
        }
        boolean homogeneous = spec.law() == WeightLaw.HOMOGENEOUS;
        int[] indices = new int[(int) nnz];
        double[] data = homogeneous ? new double[] {spec.w0()} : new double[(int) nnz];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            for (int s = 0; s < segments; s++) {
                c.start(i, s);
                while (c.next()) {
                    indices[k] = c.column();
                    if (!homogeneous) {
                        data[k] = c.weight();
                    }
                    k++;
                }
            }
        }
        return new CsrMatrix(rows, spec.cols(), indptr, indices, data);
    }

    static void checkMv(JitConnSpec spec, double[] x, double[] out, boolean transpose) {
        Objects.requireNonNull(spec, "spec");
        Shapes.length("x", x, transpose ? spec.rows() : spec.cols());
        Shapes.length("out", out, transpose ? spec.cols() : spec.rows());
        Shapes.distinct("out", out, "x", x);
    }

    static void checkEvents(JitConnSpec spec, boolean[] events, double[] out) {
        Objects.requireNonNull(spec, "spec");
        Shapes.length("events", events, spec.rows());
        Shapes.length("out", out, spec.cols());
    }

    /**
     * out<sub>i</sub> = Σ<sub>j</sub> M<sub>ij</sub>·x<sub>j</sub> for rows [rowFrom, rowTo); overwrites those
     * entries only.
     */
    static void gather(JitRowStream c, JitConnSpec spec, double[] x, double[] out, int rowFrom, int rowTo) {
        int segments = c.segments();
        boolean homogeneous = spec.law() == WeightLaw.HOMOGENEOUS;
        int[] cols = c.columnBuffer();
        double[] ws = c.weightBuffer();
        for (int i = rowFrom; i < rowTo; i++) {
            double s = 0.0;
            for (int g = 0; g < segments; g++) {
                c.start(i, g);
                int n;
                do {
                    n = c.fill();
                    if (homogeneous) {
                        for (int k = 0; k < n; k++) {
                            s += x[cols[k]];
                        }
                    } else {
                        for (int k = 0; k < n; k++) {
                            s += ws[k] * x[cols[k]];
                        }
                    }
                } while (n == JitRowStream.BATCH);
            }
            out[i] = homogeneous ? spec.w0() * s : s;
        }
    }

    /**
     * out<sub>j</sub> += M<sub>ij</sub>·x<sub>i</sub> over every row i, for the columns of segments
     * [segFrom, segTo) only.
     */
    static void scatter(JitRowStream c, JitConnSpec spec, double[] x, double[] out, int segFrom, int segTo) {
        int rows = spec.rows();
        boolean homogeneous = spec.law() == WeightLaw.HOMOGENEOUS;
        double w = spec.w0();
        int[] cols = c.columnBuffer();
        double[] ws = c.weightBuffer();
        for (int i = 0; i < rows; i++) {
            double xi = x[i];
            double wx = w * xi;
            for (int g = segFrom; g < segTo; g++) {
                c.start(i, g);
                int n;
                do {
                    n = c.fill();
                    if (homogeneous) {
                        for (int k = 0; k < n; k++) {
                            out[cols[k]] += wx;
                        }
                    } else {
                        for (int k = 0; k < n; k++) {
                            out[cols[k]] += ws[k] * xi;
                        }
                    }
                } while (n == JitRowStream.BATCH);
            }
        }
    }

    /**
     * out<sub>j</sub> += M<sub>ij</sub> over the firing rows i, for the columns of segments [segFrom, segTo) only:
     * the firing rows, in increasing order, go to the cursor's row buffer, then {@link #scatterList} walks them
     * segment by segment (its cache blocking; the same sums as a row at a time).
     */
    static void scatterEvents(JitRowStream c, JitConnSpec spec, boolean[] events, double[] out, int segFrom,
                              int segTo) {
        int rows = spec.rows();
        // Both loops without a data-dependent branch: a firing pattern is random, so a branch would mispredict.
        int count = 0;
        for (int i = 0; i < rows; i++) {
            count += events[i] ? 1 : 0;
        }
        int[] fired = c.rowBuffer(count + 1);
        int k = 0;
        for (int i = 0; i < rows; i++) {
            fired[k] = i;
            k += events[i] ? 1 : 0;
        }
        scatterList(c, spec, fired, count, out, segFrom, segTo);
    }
}
