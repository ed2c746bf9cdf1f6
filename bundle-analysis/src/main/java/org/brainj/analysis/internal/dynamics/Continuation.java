package org.brainj.analysis.internal.dynamics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pseudo-arclength continuation (Keller) of fixed-point branches of a {@link Subsystem} in its swept parameter p.
 *
 * <p>Works in scaled coordinates z = (u / width, p / sweepWidth) so that variables and parameter of different units
 * weigh alike. Predictor z + h·t along the unit tangent t (the null vector of the n × (n+1) matrix [J_x | J_p]);
 * corrector Newton on {f(z) = 0, t·(z − z_pred) = 0}, which stays regular at folds where J_x is singular, so a
 * branch is followed around a saddle-node and det J_x changes sign along it there. Steps are halved when the
 * corrector fails, jumps, or the tangent turns by more than ~25°, and grown after easy corrections.
 */
final class Continuation {

    /** A point on a branch. */
    static final class Point {
        final double[] u;
        final double p;
        /** p-component of the unit tangent, oriented along the branch's order. */
        double tp;
        double[] re;
        double[] im;
        /** Number of eigenvalues with positive real part. */
        int unstable;
        /** Sign of det J_x. */
        int detSign;

        Point(double[] u, double p, double tp) {
            this.u = u;
            this.p = p;
            this.tp = tp;
        }
    }

    private static final int CORRECTOR_ITER = 15;

    private final Subsystem sys;
    private final int n;
    private final int m;
    private final double tolAux;
    private final double hMax;
    private final int maxPoints;
    private final double[] scale;
    private final double[] u;
    private final double[] f;
    private final double[] jac;
    private final double[] fp;
    private final double[] mat;
    private final double[] rhs;

    Continuation(Subsystem sys, double tolAux, double hMax, int maxPoints) {
        this.sys = sys;
        this.n = sys.n;
        this.m = n + 1;
        this.tolAux = tolAux;
        this.hMax = hMax;
        this.maxPoints = maxPoints;
        this.scale = new double[m];
        for (int i = 0; i < n; i++) {
            scale[i] = sys.width[i];
        }
        scale[n] = sys.sweepWidth();
        this.u = new double[n];
        this.f = new double[n];
        this.jac = new double[n * n];
        this.fp = new double[n];
        this.mat = new double[m * m];
        this.rhs = new double[m];
    }

    private void load(double[] z) {
        for (int i = 0; i < n; i++) {
            u[i] = z[i] * scale[i];
        }
        sys.setSweep(z[n] * scale[n]);
    }

    private double[] toZ(double[] uu, double p) {
        double[] z = new double[m];
        for (int i = 0; i < n; i++) {
            z[i] = uu[i] / scale[i];
        }
        z[n] = p / scale[n];
        return z;
    }

    /** Fills rows 0..n-1 of mat with [J_x·diag(width) | J_p·sweepWidth] at the loaded point. */
    private void augmented() {
        sys.jacobian(u, jac);
        sys.dfdp(u, fp);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                mat[i * m + j] = jac[i * n + j] * scale[j];
            }
            mat[i * m + n] = fp[i] * scale[n];
        }
    }

    /**
     * The unit tangent at z oriented like {@code previous} (t·previous &gt; 0).
     *
     * @return null when [J_x | J_p; previous] is singular
     */
    private double[] tangent(double[] z, double[] previous) {
        load(z);
        augmented();
        for (int j = 0; j < m; j++) {
            mat[n * m + j] = previous[j];
            rhs[j] = 0;
        }
        rhs[n] = 1;
        if (!Linear.solve(mat, rhs, m)) {
            return null;
        }
        double norm = 0;
        double dot = 0;
        for (int j = 0; j < m; j++) {
            norm += rhs[j] * rhs[j];
            dot += rhs[j] * previous[j];
        }
        norm = Math.sqrt(norm) * (dot < 0 ? -1 : 1);
        double[] t = new double[m];
        for (int j = 0; j < m; j++) {
            t[j] = rhs[j] / norm;
        }
        return t;
    }

    /**
     * Newton on {f(z) = 0, normal·(z − anchor) = 0} from the anchor.
     *
     * @return the iterations used, -1 when it did not converge
     */
    int correct(double[] anchor, double[] normal, double[] z) {
        System.arraycopy(anchor, 0, z, 0, m);
        double last = Double.POSITIVE_INFINITY;
        for (int it = 0; it <= CORRECTOR_ITER; it++) {
            load(z);
            sys.f(u, f);
            double res = Linear.maxAbs(f, n);
            if (!Double.isFinite(res)) {
                return -1;
            }
            if (res == 0 || (last <= 1e-11 && res <= tolAux)) {
                return it;
            }
            if (it == CORRECTOR_ITER) {
                return -1;
            }
            augmented();
            double c = 0;
            for (int j = 0; j < m; j++) {
                mat[n * m + j] = normal[j];
                c += normal[j] * (z[j] - anchor[j]);
            }
            for (int i = 0; i < n; i++) {
                rhs[i] = -f[i];
            }
            rhs[n] = -c;
            if (!Linear.solve(mat, rhs, m)) {
                return -1;
            }
            last = 0;
            for (int j = 0; j < m; j++) {
                z[j] += rhs[j];
                last = Math.max(last, Math.abs(rhs[j]));
            }
        }
        return -1;
    }

    /**
     * Traces the branch through a fixed point in both directions until it leaves the analysed box or the sweep's
     * range, closes on itself, or has {@code maxPoints} points.
     *
     * @return its points, ordered by arclength with p increasing at the seed
     */
    List<Point> trace(double[] seedU, double seedP) {
        double[] z0 = toZ(seedU, seedP);
        double[] ep = new double[m];
        ep[n] = 1;
        double[] t0 = tangent(z0, ep);
        List<Point> forward = new ArrayList<>();
        List<Point> backward = new ArrayList<>();
        if (t0 == null) {
            // a seed exactly at a singular point (a fold or branch point): its branch is traced from other seeds
            return new ArrayList<>();
        }
        boolean closed = walk(z0, t0, forward);
        if (!closed) {
            double[] back = new double[m];
            for (int j = 0; j < m; j++) {
                back[j] = -t0[j];
            }
            walk(z0, back, backward);
            for (Point pt : backward) {
                pt.tp = -pt.tp; // backward points were oriented along the backward walk
            }
        }
        Collections.reverse(backward);
        List<Point> all = new ArrayList<>(backward);
        all.add(new Point(seedU.clone(), seedP, t0[n]));
        all.addAll(forward);
        if (closed) {
            all.add(new Point(seedU.clone(), seedP, t0[n]));
        }
        return all;
    }

    /** @return true when the branch closed on its start */
    private boolean walk(double[] z0, double[] t0, List<Point> out) {
        double[] z = z0.clone();
        double[] t = t0.clone();
        double[] pred = new double[m];
        double[] next = new double[m];
        double h = hMax;
        double hMin = 1e-9;
        double lo = sys.sweepLo / scale[n];
        double hi = sys.sweepHi / scale[n];
        double travelled = 0;
        while (out.size() < maxPoints) {
            for (int j = 0; j < m; j++) {
                pred[j] = z[j] + h * t[j];
            }
            int iters = correct(pred, t, next);
            double[] tn = iters >= 0 ? tangent(next, t) : null;
            double dist = iters >= 0 ? distance(next, z) : Double.POSITIVE_INFINITY;
            double cos = tn == null ? -1 : dot(tn, t);
            if (iters < 0 || tn == null || dist > 2 * h || cos < 0.9) {
                h *= 0.5;
                if (h < hMin) {
                    return false;
                }
                continue;
            }
            // leaving the sweep's range: end exactly on its bound
            if (next[n] > hi || next[n] < lo) {
                double bound = next[n] > hi ? hi : lo;
                if (Math.abs(z[n] - bound) > 1e-14) {
                    double s = (bound - z[n]) / (next[n] - z[n]);
                    double[] ub = new double[n];
                    for (int i = 0; i < n; i++) {
                        ub[i] = (z[i] + s * (next[i] - z[i])) * scale[i];
                    }
                    sys.setSweep(bound * scale[n]);
                    if (new Newton(sys).solve(ub, tolAux) && sys.inBox(ub, 0)) {
                        out.add(new Point(ub, bound * scale[n], t[n]));
                    }
                }
                return false;
            }
            double[] un = new double[n];
            for (int i = 0; i < n; i++) {
                un[i] = next[i] * scale[i];
            }
            if (!sys.inBox(un, 0)) {
                Point edge = boxExit(z, next, t[n]);
                if (edge != null) {
                    out.add(edge);
                }
                return false;
            }
            travelled += dist;
            if (travelled > 4 * h && distance(next, z0) < h && dot(tn, t0) > 0) {
                return true; // an isola: back at the seed
            }
            out.add(new Point(un, next[n] * scale[n], tn[n]));
            System.arraycopy(next, 0, z, 0, m);
            t = tn;
            if (iters <= 3) {
                h = Math.min(hMax, 1.5 * h);
            }
        }
        return false;
    }

    /**
     * The branch's point on the face of the analysed box that the step from z (inside) to next (outside) crosses
     * first: the corrector with that variable pinned to the face. Ending branches exactly on the box keeps a grid seed
     * just inside the box near the end from being taken for a new branch.
     *
     * @return the point, or null when the corrector fails or lands outside the box or the sweep's range
     */
    private Point boxExit(double[] z, double[] next, double tp) {
        int face = -1;
        double sMin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double lo = sys.lo[i] / scale[i];
            double hi = sys.hi[i] / scale[i];
            double bound = next[i] > hi ? hi : next[i] < lo ? lo : Double.NaN;
            if (!Double.isNaN(bound) && next[i] != z[i]) {
                double s = (bound - z[i]) / (next[i] - z[i]);
                if (s < sMin) {
                    sMin = s;
                    face = i;
                }
            }
        }
        if (face < 0) {
            return null;
        }
        double[] anchor = new double[m];
        for (int j = 0; j < m; j++) {
            anchor[j] = z[j] + sMin * (next[j] - z[j]);
        }
        double[] normal = new double[m];
        normal[face] = 1;
        double[] zz = new double[m];
        if (correct(anchor, normal, zz) < 0) {
            return null;
        }
        double[] uu = new double[n];
        for (int i = 0; i < n; i++) {
            uu[i] = zz[i] * scale[i];
        }
        double p = zz[n] * scale[n];
        if (!sys.inBox(uu, 1e-12) || p < sys.sweepLo || p > sys.sweepHi) {
            return null;
        }
        return new Point(uu, p, tp);
    }

    /**
     * Bisection along the chord from a to b (both on the branch, consecutive) for the point where a test changes:
     * each trial is the chord point corrected onto the branch orthogonally to the chord.
     *
     * @param test evaluated at corrected points; its value at a is compared against
     * @return the located point, or null when a correction failed
     */
    Point bisect(Point a, Point b, Test test) {
        double[] za = toZ(a.u, a.p);
        double[] zb = toZ(b.u, b.p);
        double[] d = new double[m];
        double len = 0;
        for (int j = 0; j < m; j++) {
            d[j] = zb[j] - za[j];
            len += d[j] * d[j];
        }
        len = Math.sqrt(len);
        for (int j = 0; j < m; j++) {
            d[j] /= len;
        }
        int ref = test.value(a);
        double sLo = 0;
        double sHi = 1;
        double[] anchor = new double[m];
        double[] z = new double[m];
        Point best = null;
        for (int it = 0; it < 100 && (sHi - sLo) * len > 1e-12; it++) {
            double s = 0.5 * (sLo + sHi);
            Point pt = pointAt(za, d, s * len, anchor, z);
            if (pt == null) {
                return best;
            }
            if (test.value(pt) == ref) {
                sLo = s;
            } else {
                sHi = s;
            }
            best = pt;
        }
        Point pt = pointAt(za, d, 0.5 * (sLo + sHi) * len, anchor, z);
        return pt != null ? pt : best;
    }

    private Point pointAt(double[] za, double[] d, double s, double[] anchor, double[] z) {
        for (int j = 0; j < m; j++) {
            anchor[j] = za[j] + s * d[j];
        }
        if (correct(anchor, d, z) < 0) {
            return null;
        }
        double[] uu = new double[n];
        for (int i = 0; i < n; i++) {
            uu[i] = z[i] * scale[i];
        }
        return new Point(uu, z[n] * scale[n], Double.NaN);
    }

    /**
     * @return the distance, in scaled coordinates, from (u, p) to the polyline through the branch's points
     */
    double distanceToBranch(List<Point> branch, double[] uq, double p) {
        double[] q = toZ(uq, p);
        double best = Double.POSITIVE_INFINITY;
        double[] a = null;
        for (Point pt : branch) {
            double[] b = toZ(pt.u, pt.p);
            if (a == null) {
                best = distance(q, b);
            } else {
                double dd = 0;
                double qd = 0;
                for (int j = 0; j < m; j++) {
                    dd += (b[j] - a[j]) * (b[j] - a[j]);
                    qd += (q[j] - a[j]) * (b[j] - a[j]);
                }
                double s = dd > 0 ? Math.max(0, Math.min(1, qd / dd)) : 0;
                double d2 = 0;
                for (int j = 0; j < m; j++) {
                    double c = a[j] + s * (b[j] - a[j]) - q[j];
                    d2 += c * c;
                }
                best = Math.min(best, Math.sqrt(d2));
            }
            a = b;
        }
        return best;
    }

    /** An integer-valued test function on branch points (a count or a sign). */
    interface Test {
        int value(Point p);
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(s);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
