package org.brainj.analysis.internal.dynamics;

import java.util.Arrays;

import org.brainj.api.analysis.Nullcline;

/**
 * Nullclines by marching squares: a component's zero set crosses every grid edge whose ends lie on opposite sides
 * (f &gt; 0 versus f ≤ 0); each crossing is refined by bisection along its edge to round-off, and the crossings are
 * joined cell by cell (a saddle cell, with all four edges crossed, is resolved by the sign at its centre). Because
 * both horizontal and vertical edges are searched, vertical, horizontal and folded pieces are found alike, unlike
 * solving along one axis only. Pieces are chained into polylines split by a NaN pair; closed curves repeat their
 * first point at the end.
 */
final class Nullclines {

    private final Subsystem sys;
    private final Grid2D g;
    private final double[] v;
    private final int component;
    private final int nx;
    private final int ny;
    /** Horizontal edges (i, j)–(i+1, j) come first, id j·(nx−1)+i; vertical (i, j)–(i, j+1) follow, id hCount+j·nx+i. */
    private final int hCount;
    private final double[] ex;
    private final double[] ey;
    private final int[] adj0;
    private final int[] adj1;
    private final double[] u = new double[2];
    private final double[] out = new double[2];

    private Nullclines(Subsystem sys, Grid2D g, int component) {
        this.sys = sys;
        this.g = g;
        this.component = component;
        this.v = component == 0 ? g.f0 : g.f1;
        this.nx = g.xs.length;
        this.ny = g.ys.length;
        this.hCount = (nx - 1) * ny;
        int edges = hCount + nx * (ny - 1);
        this.ex = new double[edges];
        this.ey = new double[edges];
        Arrays.fill(ex, Double.NaN);
        this.adj0 = new int[edges];
        this.adj1 = new int[edges];
        Arrays.fill(adj0, -1);
        Arrays.fill(adj1, -1);
    }

    /**
     * @param component 0 for the x variable's nullcline (where dx/dt = 0), 1 for y's
     * @return the nullcline in the (x, y) plane
     */
    static Nullcline trace(Subsystem sys, Grid2D g, int component) {
        Nullclines n = new Nullclines(sys, g, component);
        n.march();
        return n.chain();
    }

    private boolean pos(int i, int j) {
        return v[j * nx + i] > 0;
    }

    private void march() {
        int[] cut = new int[4];
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                boolean c0 = pos(i, j);
                boolean c1 = pos(i + 1, j);
                boolean c2 = pos(i + 1, j + 1);
                boolean c3 = pos(i, j + 1);
                int bottom = j * (nx - 1) + i;
                int top = (j + 1) * (nx - 1) + i;
                int left = hCount + j * nx + i;
                int right = hCount + j * nx + i + 1;
                int k = 0;
                if (c0 != c1) {
                    cut[k++] = bottom;
                }
                if (c1 != c2) {
                    cut[k++] = right;
                }
                if (c3 != c2) {
                    cut[k++] = top;
                }
                if (c0 != c3) {
                    cut[k++] = left;
                }
                if (k == 0) {
                    continue;
                }
                for (int e = 0; e < k; e++) {
                    refine(cut[e]);
                }
                if (k == 2) {
                    link(cut[0], cut[1]);
                } else {
                    // saddle cell: c0 = c2 ≠ c1 = c3; the centre's side says which opposite corners connect
                    u[0] = 0.5 * (g.xs[i] + g.xs[i + 1]);
                    u[1] = 0.5 * (g.ys[j] + g.ys[j + 1]);
                    sys.f(u, out);
                    boolean centre = out[component] > 0;
                    if (centre == c0) {
                        link(bottom, right); // cuts off corner c1
                        link(top, left);     // cuts off corner c3
                    } else {
                        link(bottom, left);  // cuts off corner c0
                        link(right, top);    // cuts off corner c2
                    }
                }
            }
        }
    }

    private void link(int a, int b) {
        if (adj0[a] < 0) {
            adj0[a] = b;
        } else {
            adj1[a] = b;
        }
        if (adj0[b] < 0) {
            adj0[b] = a;
        } else {
            adj1[b] = a;
        }
    }

    /** Bisection along the edge, keeping the sides of its ends, until the midpoint equals an end (round-off). */
    private void refine(int edge) {
        if (!Double.isNaN(ex[edge])) {
            return;
        }
        boolean horizontal = edge < hCount;
        int i;
        int j;
        if (horizontal) {
            j = edge / (nx - 1);
            i = edge % (nx - 1);
        } else {
            j = (edge - hCount) / nx;
            i = (edge - hCount) % nx;
        }
        int axis = horizontal ? 0 : 1;
        double a = horizontal ? g.xs[i] : g.ys[j];
        double b = horizontal ? g.xs[i + 1] : g.ys[j + 1];
        boolean aPos = pos(i, j);
        u[0] = g.xs[i];
        u[1] = g.ys[j];
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (a + b);
            if (mid <= a || mid >= b) {
                break;
            }
            u[axis] = mid;
            sys.f(u, out);
            if ((out[component] > 0) == aPos) {
                a = mid;
            } else {
                b = mid;
            }
        }
        u[axis] = 0.5 * (a + b);
        ex[edge] = u[0];
        ey[edge] = u[1];
    }

    private Nullcline chain() {
        int edges = ex.length;
        boolean[] seen = new boolean[edges];
        double[] xs = new double[3 * edges + 8];
        double[] ys = new double[xs.length];
        int[] len = {0};
        // open pieces start at an end (one neighbour): they run from box side to box side
        for (int e = 0; e < edges; e++) {
            if (!seen[e] && adj0[e] >= 0 && adj1[e] < 0) {
                walk(e, seen, xs, ys, len, false);
            }
        }
        // what is left are closed curves
        for (int e = 0; e < edges; e++) {
            if (!seen[e] && adj0[e] >= 0) {
                walk(e, seen, xs, ys, len, true);
            }
        }
        int n = len[0] > 0 ? len[0] - 1 : 0; // drop the trailing separator
        return new Nullcline(sys.names[component], Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
    }

    private void walk(int start, boolean[] seen, double[] xs, double[] ys, int[] len, boolean closed) {
        int prev = -1;
        int cur = start;
        while (cur >= 0 && !seen[cur]) {
            seen[cur] = true;
            xs[len[0]] = ex[cur];
            ys[len[0]] = ey[cur];
            len[0]++;
            int next = adj0[cur] != prev ? adj0[cur] : adj1[cur];
            if (adj0[cur] == prev && adj1[cur] == prev) {
                next = -1; // both neighbours are the one we came from (two cells joined by two edges)
            }
            prev = cur;
            cur = next;
        }
        if (closed) {
            xs[len[0]] = ex[start];
            ys[len[0]] = ey[start];
            len[0]++;
        }
        xs[len[0]] = Double.NaN; // the (NaN, NaN) separator
        ys[len[0]] = Double.NaN;
        len[0]++;
    }
}
