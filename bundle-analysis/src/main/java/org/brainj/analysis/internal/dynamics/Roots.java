package org.brainj.analysis.internal.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Fixed points of a {@link Subsystem} from a grid: sign changes in 1-D, sign-change cells in 2-D, ranked nodes above. */
final class Roots {

    private Roots() {
    }

    /**
     * All fixed points found in the analysed box.
     *
     * @param res       grid points per variable (capped for n ≥ 3 so that the grid has at most {@code budget} nodes)
     * @param tolAux    largest accepted |f|∞ at a fixed point
     * @param tolUnique points closer than this (max-norm, relative to each variable's width) are one
     * @param budget    most grid nodes for n ≥ 3
     * @param numRank   nodes with the smallest normalised |f| to start Newton from, for n ≥ 3
     */
    static List<double[]> find(Subsystem sys, int res, double tolAux, double tolUnique, int budget, int numRank) {
        if (sys.n == 1) {
            double[] xs = grid(sys.lo[0], sys.hi[0], res);
            return oneD(sys, xs, values1D(sys, xs), tolAux, tolUnique);
        }
        if (sys.n == 2) {
            return twoD(sys, Grid2D.evaluate(sys, res), tolAux, tolUnique);
        }
        return nD(sys, res, tolAux, tolUnique, budget, numRank);
    }

    /** @return n equally spaced points from lo to hi inclusive */
    static double[] grid(double lo, double hi, int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = i == n - 1 ? hi : lo + (hi - lo) * i / (n - 1);
        }
        return g;
    }

    /**
     * @param sys a 1-variable subsystem
     * @param xs  values of its variable
     * @return its derivative f(x) at each
     */
    static double[] values1D(Subsystem sys, double[] xs) {
        double[] fs = new double[xs.length];
        double[] u = new double[1];
        double[] out = new double[1];
        for (int i = 0; i < xs.length; i++) {
            u[0] = xs[i];
            sys.f(u, out);
            fs[i] = out[0];
        }
        return fs;
    }

    /**
     * 1-D roots: every sign change between neighbouring nodes refined by bisection to round-off, nodes where f is
     * exactly 0, and touching (double) roots: a local minimum of |f| without a sign change, refined by bisection on
     * f', kept when |f| ≤ tolAux there. Roots of a discontinuity (a pole) fail the |f| ≤ tolAux test.
     */
    static List<double[]> oneD(Subsystem sys, double[] xs, double[] fs, double tolAux, double tolUnique) {
        List<double[]> roots = new ArrayList<>();
        double[] u = new double[1];
        double[] out = new double[1];
        double[] jac = new double[1];
        int m = xs.length;
        for (int i = 0; i < m; i++) {
            if (fs[i] == 0) {
                add(sys, roots, new double[] {xs[i]}, tolUnique);
            }
            if (i + 1 < m && fs[i] != 0 && fs[i + 1] != 0 && (fs[i] > 0) != (fs[i + 1] > 0)) {
                double a = xs[i];
                double b = xs[i + 1];
                boolean aPos = fs[i] > 0;
                for (int it = 0; it < 200; it++) {
                    double mid = 0.5 * (a + b);
                    if (mid <= a || mid >= b) {
                        break;
                    }
                    u[0] = mid;
                    sys.f(u, out);
                    if (out[0] == 0) {
                        a = mid;
                        b = mid;
                        break;
                    }
                    if ((out[0] > 0) == aPos) {
                        a = mid;
                    } else {
                        b = mid;
                    }
                }
                u[0] = 0.5 * (a + b);
                sys.f(u, out);
                if (Math.abs(out[0]) <= tolAux) {
                    add(sys, roots, new double[] {u[0]}, tolUnique);
                }
            }
            if (i > 0 && i + 1 < m && fs[i] != 0 && (fs[i - 1] > 0) == (fs[i] > 0) && (fs[i + 1] > 0) == (fs[i] > 0)
                    && Math.abs(fs[i]) <= Math.abs(fs[i - 1]) && Math.abs(fs[i]) <= Math.abs(fs[i + 1])) {
                // touching root candidate: f' changes sign across [x_{i-1}, x_{i+1}]
                double a = xs[i - 1];
                double b = xs[i + 1];
                u[0] = a;
                sys.jacobian(u, jac);
                boolean aPos = jac[0] > 0;
                u[0] = b;
                sys.jacobian(u, jac);
                if ((jac[0] > 0) == aPos) {
                    continue;
                }
                for (int it = 0; it < 200; it++) {
                    double mid = 0.5 * (a + b);
                    if (mid <= a || mid >= b) {
                        break;
                    }
                    u[0] = mid;
                    sys.jacobian(u, jac);
                    if ((jac[0] > 0) == aPos) {
                        a = mid;
                    } else {
                        b = mid;
                    }
                }
                u[0] = 0.5 * (a + b);
                sys.f(u, out);
                if (Math.abs(out[0]) <= tolAux) {
                    add(sys, roots, new double[] {u[0]}, tolUnique);
                }
            }
        }
        roots.sort(Comparator.comparingDouble(r -> r[0]));
        return roots;
    }

    /**
     * 2-D: Newton (with the Jacobian) from the centre of every cell where both components change sign over its
     * corners; when that lands outside the cell's neighbourhood, from its corners too.
     */
    static List<double[]> twoD(Subsystem sys, Grid2D g, double tolAux, double tolUnique) {
        List<double[]> roots = new ArrayList<>();
        Newton newton = new Newton(sys);
        int nx = g.xs.length;
        int ny = g.ys.length;
        double dx = (sys.hi[0] - sys.lo[0]) / (nx - 1);
        double dy = (sys.hi[1] - sys.lo[1]) / (ny - 1);
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                if (!changes(g.f0, nx, i, j) || !changes(g.f1, nx, i, j)) {
                    continue;
                }
                double cx = 0.5 * (g.xs[i] + g.xs[i + 1]);
                double cy = 0.5 * (g.ys[j] + g.ys[j + 1]);
                double[][] starts = {{cx, cy}, {g.xs[i], g.ys[j]}, {g.xs[i + 1], g.ys[j]},
                    {g.xs[i + 1], g.ys[j + 1]}, {g.xs[i], g.ys[j + 1]}};
                for (double[] s : starts) {
                    double[] u = s.clone();
                    if (newton.solve(u, tolAux) && sys.inBox(u, 1e-12)) {
                        add(sys, roots, u, tolUnique);
                        if (Math.abs(u[0] - cx) <= 1.5 * dx && Math.abs(u[1] - cy) <= 1.5 * dy) {
                            break; // the root of this cell
                        }
                    }
                }
            }
        }
        roots.sort(Comparator.<double[]>comparingDouble(r -> r[0]).thenComparingDouble(r -> r[1]));
        return roots;
    }

    /** @return whether the component takes both signs (or zero) on the cell's four corners */
    private static boolean changes(double[] v, int nx, int i, int j) {
        double a = v[j * nx + i];
        double b = v[j * nx + i + 1];
        double c = v[(j + 1) * nx + i + 1];
        double d = v[(j + 1) * nx + i];
        double min = Math.min(Math.min(a, b), Math.min(c, d));
        double max = Math.max(Math.max(a, b), Math.max(c, d));
        return min <= 0 && max >= 0;
    }

    /**
     * n ≥ 3 (BrainPy's {@code aux_rank}): f on a grid of at most {@code budget} nodes, each component normalised by
     * its RMS over the grid (the variables' units differ); Newton from the {@code numRank} nodes with the smallest
     * normalised |f|².
     */
    static List<double[]> nD(Subsystem sys, int res, double tolAux, double tolUnique, int budget, int numRank) {
        int n = sys.n;
        int m = Math.max(2, Math.min(res, (int) Math.floor(Math.pow(budget, 1.0 / n) + 1e-9)));
        int nodes = 1;
        for (int k = 0; k < n; k++) {
            nodes = Math.multiplyExact(nodes, m);
        }
        double[][] axes = new double[n][];
        for (int k = 0; k < n; k++) {
            axes[k] = grid(sys.lo[k], sys.hi[k], m);
        }
        double[] values = new double[nodes * n];
        double[] u = new double[n];
        double[] out = new double[n];
        double[] rms = new double[n];
        for (int node = 0; node < nodes; node++) {
            point(axes, m, node, u);
            sys.f(u, out);
            for (int k = 0; k < n; k++) {
                values[node * n + k] = out[k];
                if (Double.isFinite(out[k])) {
                    rms[k] += out[k] * out[k];
                }
            }
        }
        for (int k = 0; k < n; k++) {
            rms[k] = Math.sqrt(rms[k] / nodes);
            if (!(rms[k] > 0)) {
                rms[k] = 1;
            }
        }
        double[] score = new double[nodes];
        Integer[] order = new Integer[nodes];
        for (int node = 0; node < nodes; node++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                double v = values[node * n + k] / rms[k];
                s += v * v;
            }
            score[node] = Double.isFinite(s) ? s : Double.POSITIVE_INFINITY;
            order[node] = node;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        List<double[]> roots = new ArrayList<>();
        Newton newton = new Newton(sys);
        for (int r = 0; r < Math.min(numRank, nodes); r++) {
            double[] start = new double[n];
            point(axes, m, order[r], start);
            if (newton.solve(start, tolAux) && sys.inBox(start, 1e-12)) {
                add(sys, roots, start, tolUnique);
            }
        }
        return roots;
    }

    private static void point(double[][] axes, int m, int node, double[] u) {
        int rest = node;
        for (int k = 0; k < u.length; k++) {
            u[k] = axes[k][rest % m];
            rest /= m;
        }
    }

    /** Adds u unless a point within tolUnique (scaled max-norm) is already there. */
    static void add(Subsystem sys, List<double[]> roots, double[] u, double tolUnique) {
        for (double[] r : roots) {
            if (sys.scaledDistance(r, u) <= tolUnique) {
                return;
            }
        }
        roots.add(u);
    }
}
