package org.brainj.analysis.plot;

import java.util.Arrays;

/**
 * Evenly spaced streamlines of a 2-D vector field sampled on a grid, in the manner of matplotlib's {@code streamplot}:
 * from seeds on a coarse lattice, each line follows the normalised direction field (bilinear between grid nodes)
 * forwards and backwards, in coordinates scaled to the unit square so both axes weigh alike, and stops where it
 * leaves the box, where the field vanishes, or where it enters a cell of a 30 × 30 occupancy mask that another line
 * already crosses. Lines come out as one polyline with NaN breaks, each with an arrow head at its middle.
 */
final class Streamlines {

    private static final int MASK = 30;
    private static final int SEEDS = 15;
    private static final double STEP = 0.004;
    private static final int MAX_STEPS = 400;

    private final double[] xs;
    private final double[] ys;
    private final double[] fx;
    private final double[] fy;
    private final int nx;
    private final int ny;
    private final boolean[] mask = new boolean[MASK * MASK];
    private double[] px = new double[1024];
    private double[] py = new double[1024];
    private int n;

    private Streamlines(double[] xs, double[] ys, double[] fx, double[] fy) {
        this.xs = xs;
        this.ys = ys;
        this.fx = fx;
        this.fy = fy;
        this.nx = xs.length;
        this.ny = ys.length;
    }

    /**
     * @param xs axis of x, ascending
     * @param ys axis of y, ascending
     * @param fx dx/dt at node (i, j), index j·nx + i
     * @param fy dy/dt likewise
     * @return {x[], y[]} of all streamlines and their arrow heads, separated by NaN
     */
    static double[][] of(double[] xs, double[] ys, double[] fx, double[] fy) {
        Streamlines s = new Streamlines(xs, ys, fx, fy);
        for (int a = 0; a < SEEDS; a++) {
            for (int b = 0; b < SEEDS; b++) {
                s.line((b + 0.5) / SEEDS, (a + 0.5) / SEEDS);
            }
        }
        return new double[][] {Arrays.copyOf(s.px, s.n), Arrays.copyOf(s.py, s.n)};
    }

    private void line(double u0, double v0) {
        if (mask[cell(u0, v0)]) {
            return;
        }
        double[] bu = new double[MAX_STEPS + 1];
        double[] bv = new double[MAX_STEPS + 1];
        double[] fu = new double[MAX_STEPS + 1];
        double[] fv = new double[MAX_STEPS + 1];
        boolean[] own = new boolean[MASK * MASK];
        own[cell(u0, v0)] = true;
        int nb = trace(u0, v0, -1, bu, bv, own);
        int nf = trace(u0, v0, 1, fu, fv, own);
        if (nb + nf < 4) {
            return;
        }
        for (int c = 0; c < own.length; c++) {
            mask[c] |= own[c];
        }
        int count = nb + nf - 1;
        double[] lu = new double[count];
        double[] lv = new double[count];
        int k = 0;
        for (int b = nb - 1; b >= 1; b--) {
            lu[k] = bu[b];
            lv[k++] = bv[b];
        }
        lu[k] = u0;
        lv[k++] = v0;
        for (int f = 1; f < nf; f++) {
            lu[k] = fu[f];
            lv[k++] = fv[f];
        }
        for (int p = 0; p < count; p++) {
            add(lu[p], lv[p]);
        }
        add(Double.NaN, Double.NaN);
        // arrow head at the middle, pointing along the line (in the scaled square, so it looks alike on both axes)
        int mid = count / 2;
        double du = lu[mid] - lu[mid - 1];
        double dv = lv[mid] - lv[mid - 1];
        double len = Math.hypot(du, dv);
        if (len > 0) {
            du = du / len * 0.015;
            dv = dv / len * 0.015;
            double c = Math.cos(Math.toRadians(150));
            double s = Math.sin(Math.toRadians(150));
            add(lu[mid] + c * du - s * dv, lv[mid] + s * du + c * dv);
            add(lu[mid], lv[mid]);
            add(lu[mid] + c * du + s * dv, lv[mid] - s * du + c * dv);
            add(Double.NaN, Double.NaN);
        }
    }

    /** @return points written, the seed first */
    private int trace(double u, double v, int sign, double[] ou, double[] ov, boolean[] own) {
        ou[0] = u;
        ov[0] = v;
        int k = 1;
        int last = cell(u, v);
        double[] d = new double[2];
        for (; k <= MAX_STEPS; k++) {
            // midpoint (RK2) step along the unit direction
            if (!direction(u, v, d)) {
                break;
            }
            double mu = u + 0.5 * STEP * sign * d[0];
            double mv = v + 0.5 * STEP * sign * d[1];
            if (!direction(mu, mv, d)) {
                break;
            }
            u += STEP * sign * d[0];
            v += STEP * sign * d[1];
            if (u < 0 || u > 1 || v < 0 || v > 1) {
                break;
            }
            int c = cell(u, v);
            if (c != last) {
                if (mask[c] || (own[c] && c != last)) {
                    break;
                }
                own[c] = true;
                last = c;
            }
            ou[k] = u;
            ov[k] = v;
        }
        return k;
    }

    private static int cell(double u, double v) {
        int i = Math.min(MASK - 1, Math.max(0, (int) (u * MASK)));
        int j = Math.min(MASK - 1, Math.max(0, (int) (v * MASK)));
        return j * MASK + i;
    }

    /** The unit direction at (u, v) in scaled coordinates; false where the field vanishes or is not finite. */
    private boolean direction(double u, double v, double[] out) {
        double gx = u * (nx - 1);
        double gy = v * (ny - 1);
        int i = Math.min(nx - 2, Math.max(0, (int) gx));
        int j = Math.min(ny - 2, Math.max(0, (int) gy));
        double s = gx - i;
        double t = gy - j;
        double a = bilinear(fx, i, j, s, t) / (xs[nx - 1] - xs[0]);
        double b = bilinear(fy, i, j, s, t) / (ys[ny - 1] - ys[0]);
        double norm = Math.hypot(a, b);
        if (!(norm > 0) || !Double.isFinite(norm)) {
            return false;
        }
        out[0] = a / norm;
        out[1] = b / norm;
        return true;
    }

    private double bilinear(double[] f, int i, int j, double s, double t) {
        return (1 - s) * (1 - t) * f[j * nx + i] + s * (1 - t) * f[j * nx + i + 1] + (1 - s) * t * f[(j + 1) * nx + i]
                + s * t * f[(j + 1) * nx + i + 1];
    }

    private void add(double u, double v) {
        if (n == px.length) {
            px = Arrays.copyOf(px, 2 * n);
            py = Arrays.copyOf(py, 2 * n);
        }
        px[n] = Double.isNaN(u) ? u : xs[0] + u * (xs[nx - 1] - xs[0]);
        py[n++] = Double.isNaN(v) ? v : ys[0] + v * (ys[ny - 1] - ys[0]);
    }
}
