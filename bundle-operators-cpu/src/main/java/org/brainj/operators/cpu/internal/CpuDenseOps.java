package org.brainj.operators.cpu.internal;

import java.util.Arrays;
import java.util.Objects;

import org.brainj.api.ops.DenseOps;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Dense operators on row-major {@code double[]}, serial on the calling thread. Matrix-vector products are plain
 * loops (EJML would add nothing there); matrix-matrix products go to EJML's {@link CommonOps_DDRM#mult}, whose
 * blocked kernels beat a naive triple loop once the matrices leave the cache.
 *
 * <p>Thread-safe: the only state is one set of EJML views per calling thread.
 */
final class CpuDenseOps implements DenseOps {

    private static final double[] NO_DATA = new double[0];

    /**
     * EJML multiplies {@link DMatrixRMaj} objects, not bare arrays. Wrapping the caller's arrays anew on each call
     * would allocate three objects per product, which the {@link DenseOps} contract forbids, so each thread keeps
     * three views and re-points them. The value type is EJML's, never this bundle's, so a thread that outlives a
     * refresh of this bundle does not pin its class loader.
     */
    private final ThreadLocal<DMatrixRMaj[]> views = new ThreadLocal<>();

    /** Creates the operators; they hold no data of their own. */
    CpuDenseOps() {
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when a dimension is negative, an array length does not match the shape, or
     *                                  {@code out} is {@code x}
     */
    @Override
    public void matvec(double[] a, int rows, int cols, double[] x, double[] out, boolean transpose) {
        Shapes.nonNegative("rows", rows);
        Shapes.nonNegative("cols", cols);
        Shapes.length("a", a, Shapes.area("a", rows, cols));
        Shapes.length("x", x, transpose ? rows : cols);
        Shapes.length("out", out, transpose ? cols : rows);
        Shapes.distinct("out", out, "x", x);
        if (!transpose) {
            for (int i = 0, base = 0; i < rows; i++, base += cols) {
                double s = 0.0;
                for (int j = 0; j < cols; j++) {
                    s += a[base + j] * x[j];
                }
                out[i] = s;
            }
            return;
        }
        Arrays.fill(out, 0.0);
        // Row-wise axpy reads A in storage order; a dot product per column would stride by cols through memory.
        for (int i = 0, base = 0; i < rows; i++, base += cols) {
            double xi = x[i];
            for (int j = 0; j < cols; j++) {
                out[j] += a[base + j] * xi;
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when a dimension is negative, an array length does not match the shape, or
     *                                  {@code out} is {@code a} or {@code b}
     */
    @Override
    public void matmat(double[] a, double[] b, int rows, int inner, int cols, double[] out) {
        Shapes.nonNegative("rows", rows);
        Shapes.nonNegative("inner", inner);
        Shapes.nonNegative("cols", cols);
        Shapes.length("a", a, Shapes.area("a", rows, inner));
        Shapes.length("b", b, Shapes.area("b", inner, cols));
        Shapes.length("out", out, Shapes.area("out", rows, cols));
        Shapes.distinct("out", out, "a", a);
        Shapes.distinct("out", out, "b", b);
        if (rows == 0 || cols == 0) {
            return;
        }
        if (inner == 0) {
            // An empty sum; EJML's kernels are not specified for a zero inner dimension.
            Arrays.fill(out, 0.0);
            return;
        }
        DMatrixRMaj[] v = views.get();
        if (v == null) {
            v = new DMatrixRMaj[] {DMatrixRMaj.wrap(0, 0, NO_DATA), DMatrixRMaj.wrap(0, 0, NO_DATA),
                DMatrixRMaj.wrap(0, 0, NO_DATA)};
            views.set(v);
        }
        point(v[0], rows, inner, a);
        point(v[1], inner, cols, b);
        point(v[2], rows, cols, out);
        try {
            CommonOps_DDRM.mult(v[0], v[1], v[2]);
        } finally {
            // Drop the caller's arrays so an idle thread does not keep them reachable.
            point(v[0], 0, 0, NO_DATA);
            point(v[1], 0, 0, NO_DATA);
            point(v[2], 0, 0, NO_DATA);
        }
    }

    private static void point(DMatrixRMaj m, int rows, int cols, double[] data) {
        m.data = data;
        m.numRows = rows;
        m.numCols = cols;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when self-connections are excluded and {@code out} and {@code x} differ in
     *                                  length
     */
    @Override
    public void allToAll(double weight, double[] x, double[] out, boolean includeSelf) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(out, "out");
        if (!includeSelf) {
            Shapes.length("out", out, x.length);
        }
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i];
        }
        if (includeSelf) {
            Arrays.fill(out, weight * sum);
            return;
        }
        // x[j] is read before out[j] is written, so out may be x itself.
        for (int j = 0; j < out.length; j++) {
            out[j] = weight * (sum - x[j]);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code out} and {@code x} differ in length
     */
    @Override
    public void oneToOne(double weight, double[] x, double[] out) {
        Objects.requireNonNull(x, "x");
        Shapes.length("out", out, x.length);
        for (int i = 0; i < x.length; i++) {
            out[i] = weight * x[i];
        }
    }
}
