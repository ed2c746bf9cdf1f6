package org.brainj.testbackend;

import org.brainj.api.ops.DenseOps;

/** Straightforward dense operators; this bundle exists to be swapped in and out, not to be fast. */
final class RowMajorDenseOps implements DenseOps {

    @Override
    public void matvec(double[] a, int rows, int cols, double[] x, double[] out, boolean transpose) {
        if (transpose) {
            java.util.Arrays.fill(out, 0, cols, 0.0);
            for (int i = 0; i < rows; i++) {
                double xi = x[i];
                for (int j = 0; j < cols; j++) {
                    out[j] += a[i * cols + j] * xi;
                }
            }
        } else {
            for (int i = 0; i < rows; i++) {
                double s = 0;
                for (int j = 0; j < cols; j++) {
                    s += a[i * cols + j] * x[j];
                }
                out[i] = s;
            }
        }
    }

    @Override
    public void matmat(double[] a, double[] b, int rows, int inner, int cols, double[] out) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double s = 0;
                for (int k = 0; k < inner; k++) {
                    s += a[i * inner + k] * b[k * cols + j];
                }
                out[i * cols + j] = s;
            }
        }
    }

    @Override
    public void allToAll(double weight, double[] x, double[] out, boolean includeSelf) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        for (int j = 0; j < out.length; j++) {
            out[j] = weight * (includeSelf ? sum : sum - x[j]);
        }
    }

    @Override
    public void oneToOne(double weight, double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = weight * x[i];
        }
    }
}
