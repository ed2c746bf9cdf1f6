package org.brainj.analysis.internal.dynamics;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Small dense linear algebra for Newton steps and linear stability. */
final class Linear {

    private Linear() {
    }

    /**
     * Solves A x = b by Gaussian elimination with partial pivoting.
     *
     * @param a n × n row-major (destroyed)
     * @param b right-hand side, receives x
     * @return false when A is singular to working precision
     */
    static boolean solve(double[] a, double[] b, int n) {
        double scale = 0;
        for (double v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            int piv = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(a[i * n + k]) > Math.abs(a[piv * n + k])) {
                    piv = i;
                }
            }
            double pv = a[piv * n + k];
            if (Math.abs(pv) <= 1e-14 * scale) {
                return false;
            }
            if (piv != k) {
                for (int j = 0; j < n; j++) {
                    double t = a[k * n + j];
                    a[k * n + j] = a[piv * n + j];
                    a[piv * n + j] = t;
                }
                double t = b[k];
                b[k] = b[piv];
                b[piv] = t;
            }
            for (int i = k + 1; i < n; i++) {
                double m = a[i * n + k] / pv;
                if (m != 0) {
                    for (int j = k; j < n; j++) {
                        a[i * n + j] -= m * a[k * n + j];
                    }
                    b[i] -= m * b[k];
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < n; j++) {
                s -= a[i * n + j] * b[j];
            }
            b[i] = s / a[i * n + i];
        }
        return true;
    }

    /**
     * Eigenvalues of a real n × n matrix: closed form for n ≤ 2, EJML's QR-based decomposition above. Sorted by real
     * part, largest first; of a complex pair the one with positive imaginary part comes first.
     *
     * @param j  row-major matrix (not modified)
     * @param re receives the real parts
     * @param im receives the imaginary parts
     * @return false when the decomposition failed (then re/im are NaN)
     */
    static boolean eigenvalues(double[] j, int n, double[] re, double[] im) {
        if (n == 1) {
            re[0] = j[0];
            im[0] = 0;
            return true;
        }
        if (n == 2) {
            double half = 0.5 * (j[0] + j[3]);
            double det = j[0] * j[3] - j[1] * j[2];
            // (a - d)² / 4 + b c: the discriminant without the cancellation of half² - det.
            double disc = 0.25 * (j[0] - j[3]) * (j[0] - j[3]) + j[1] * j[2];
            if (disc >= 0) {
                double s = Math.sqrt(disc);
                double big = half + Math.copySign(s, half);
                // the smaller root from the product (det) avoids cancellation in half - s
                double small = big != 0 ? det / big : half - s;
                re[0] = Math.max(big, small);
                re[1] = Math.min(big, small);
                im[0] = 0;
                im[1] = 0;
            } else {
                double s = Math.sqrt(-disc);
                re[0] = half;
                re[1] = half;
                im[0] = s;
                im[1] = -s;
            }
            return true;
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        System.arraycopy(j, 0, m.data, 0, n * n);
        if (!eig.decompose(m) || eig.getNumberOfEigenvalues() != n) {
            java.util.Arrays.fill(re, 0, n, Double.NaN);
            java.util.Arrays.fill(im, 0, n, Double.NaN);
            return false;
        }
        for (int i = 0; i < n; i++) {
            Complex_F64 c = eig.getEigenvalue(i);
            re[i] = c.real;
            im[i] = c.imaginary;
        }
        // insertion sort: n is small
        for (int i = 1; i < n; i++) {
            double r = re[i];
            double q = im[i];
            int k = i - 1;
            while (k >= 0 && (re[k] < r || (re[k] == r && im[k] < q))) {
                re[k + 1] = re[k];
                im[k + 1] = im[k];
                k--;
            }
            re[k + 1] = r;
            im[k + 1] = q;
        }
        return true;
    }

    /** @return the largest |entry| */
    static double maxAbs(double[] a, int len) {
        double m = 0;
        for (int i = 0; i < len; i++) {
            m = Math.max(m, Math.abs(a[i]));
        }
        return m;
    }
}
