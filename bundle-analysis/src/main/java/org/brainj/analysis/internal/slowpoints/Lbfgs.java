package org.brainj.analysis.internal.slowpoints;

/**
 * Limited-memory BFGS (Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed., Alg. 7.4 and 7.5): the search
 * direction is −H∇q with H the inverse-Hessian estimate built by the two-loop recursion from the last {@code memory}
 * step pairs (s, y), scaled by γ = s·y / y·y; the step length satisfies the strong Wolfe conditions (Alg. 3.5 and 3.6,
 * c1 = 1e-4, c2 = 0.9), bracketed then zoomed by safeguarded cubic interpolation. A pair is stored only when s·y &gt; 0,
 * which keeps H positive definite. Buffers are allocated once per run, none per iteration.
 */
final class Lbfgs {

    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final int MAX_LINE_SEARCH = 40;

    private final int memory;

    /** @param memory number of (s, y) pairs kept, ≥ 1 */
    Lbfgs(int memory) {
        this.memory = memory;
    }

    /** How a run ended. */
    record Outcome(double loss, int iterations, int evaluations) {
    }

    /**
     * Minimises from x in place.
     *
     * @param f             the objective
     * @param x             the start, replaced by the minimiser found
     * @param tolerance     stop once q ≤ tolerance
     * @param gradTolerance stop once |∇q|∞ ≤ gradTolerance (a slow point with q &gt; 0, or a flat region)
     * @param maxIterations most iterations
     * @return the final loss and the work done
     */
    Outcome minimise(Objective f, double[] x, double tolerance, double gradTolerance, int maxIterations) {
        int n = x.length;
        double[][] s = new double[memory][n];
        double[][] y = new double[memory][n];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        double[] g = new double[n];
        double[] d = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        LineSearch ls = new LineSearch(f, xNew, gNew);

        double q = f.valueAndGradient(x, g);
        int evaluations = 1;
        int stored = 0;
        int head = 0;
        int it = 0;
        for (; it < maxIterations; it++) {
            if (!(q > tolerance) || normInf(g) <= gradTolerance) {
                break;
            }
            // Two-loop recursion: d = −H g.
            System.arraycopy(g, 0, d, 0, n);
            for (int k = 0; k < stored; k++) {
                int j = Math.floorMod(head - 1 - k, memory);
                alpha[j] = rho[j] * dot(s[j], d);
                axpy(-alpha[j], y[j], d);
            }
            double gamma = 1.0;
            if (stored > 0) {
                int last = Math.floorMod(head - 1, memory);
                gamma = 1.0 / (rho[last] * dot(y[last], y[last]));
            }
            scale(gamma, d);
            for (int k = stored - 1; k >= 0; k--) {
                int j = Math.floorMod(head - 1 - k, memory);
                double beta = rho[j] * dot(y[j], d);
                axpy(alpha[j] - beta, s[j], d);
            }
            scale(-1.0, d);
            double slope = dot(g, d);
            if (!(slope < 0.0)) {
                // Not a descent direction (round-off in H): restart from steepest descent.
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                }
                slope = -dot(g, g);
                stored = 0;
            }
            double step0 = stored == 0 ? Math.min(1.0, 1.0 / Math.max(normInf(g), 1e-300)) : 1.0;
            double qNew = ls.search(x, q, d, slope, step0);
            evaluations += ls.evaluations;
            if (!(qNew < q) && ls.step == 0.0) {
                break; // no decrease possible along d at machine precision
            }
            double[] sj = s[head];
            double[] yj = y[head];
            for (int i = 0; i < n; i++) {
                sj[i] = xNew[i] - x[i];
                yj[i] = gNew[i] - g[i];
            }
            double sy = dot(sj, yj);
            if (sy > 1e-300) {
                rho[head] = 1.0 / sy;
                head = (head + 1) % memory;
                stored = Math.min(stored + 1, memory);
            }
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            q = qNew;
        }
        return new Outcome(q, it, evaluations);
    }

    /** Strong-Wolfe line search; writes the accepted point and gradient into the shared buffers. */
    private static final class LineSearch {

        private final Objective f;
        private final double[] xNew;
        private final double[] gNew;
        private final double[] sl = new double[1];
        int evaluations;
        double step;

        LineSearch(Objective f, double[] xNew, double[] gNew) {
            this.f = f;
            this.xNew = xNew;
            this.gNew = gNew;
        }

        private double[] dir;
        private double[] x0;

        /** q and directional derivative at x0 + a·d; fills xNew, gNew. */
        private double phi(double a, double[] slopeOut) {
            for (int i = 0; i < x0.length; i++) {
                xNew[i] = x0[i] + a * dir[i];
            }
            evaluations++;
            double q = f.valueAndGradient(xNew, gNew);
            slopeOut[0] = dot(gNew, dir);
            return q;
        }

        double search(double[] x, double q0, double[] d, double slope0, double a1) {
            this.x0 = x;
            this.dir = d;
            evaluations = 0;
            double aPrev = 0.0;
            double qPrev = q0;
            double slPrev = slope0;
            double a = a1;
            double bestA = 0.0;
            double bestQ = q0;
            for (int i = 0; i < MAX_LINE_SEARCH; i++) {
                double q = phi(a, sl);
                if (q < bestQ && Double.isFinite(q)) {
                    bestA = a;
                    bestQ = q;
                }
                if (!Double.isFinite(q) || q > q0 + C1 * a * slope0 || (i > 0 && q >= qPrev)) {
                    return zoom(q0, slope0, aPrev, qPrev, slPrev, a, q, sl[0], bestA, bestQ);
                }
                if (Math.abs(sl[0]) <= -C2 * slope0) {
                    step = a;
                    return q;
                }
                if (sl[0] >= 0.0) {
                    return zoom(q0, slope0, a, q, sl[0], aPrev, qPrev, slPrev, bestA, bestQ);
                }
                aPrev = a;
                qPrev = q;
                slPrev = sl[0];
                a *= 2.0;
            }
            return settle(bestA, bestQ, q0);
        }

        private double zoom(double q0, double slope0, double lo, double qLo, double slLo, double hi, double qHi,
                            double slHi, double bestA, double bestQ) {
            for (int i = 0; i < MAX_LINE_SEARCH; i++) {
                double a = interpolate(lo, qLo, slLo, hi, qHi, slHi);
                double q = phi(a, sl);
                if (q < bestQ && Double.isFinite(q)) {
                    bestA = a;
                    bestQ = q;
                }
                if (!Double.isFinite(q) || q > q0 + C1 * a * slope0 || q >= qLo) {
                    hi = a;
                    qHi = q;
                    slHi = sl[0];
                } else {
                    if (Math.abs(sl[0]) <= -C2 * slope0) {
                        step = a;
                        return q;
                    }
                    if (sl[0] * (hi - lo) >= 0.0) {
                        hi = lo;
                        qHi = qLo;
                        slHi = slLo;
                    }
                    lo = a;
                    qLo = q;
                    slLo = sl[0];
                }
                if (Math.abs(hi - lo) <= 1e-16 * Math.max(1.0, Math.abs(lo))) {
                    break;
                }
            }
            return settle(bestA, bestQ, q0);
        }

        /** No Wolfe point found: accept the best decrease seen (Armijo fallback), or none. */
        private double settle(double bestA, double bestQ, double q0) {
            step = bestQ < q0 ? bestA : 0.0;
            return step == 0.0 ? phiRestore(q0) : phi(bestA, sl);
        }

        private double phiRestore(double q0) {
            System.arraycopy(x0, 0, xNew, 0, x0.length);
            f.valueAndGradient(xNew, gNew);
            evaluations++;
            return q0;
        }

        /** Minimiser of the cubic through both ends, kept inside the middle 80 % of the bracket. */
        private static double interpolate(double a, double qa, double da, double b, double qb, double db) {
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            double t;
            double d1 = da + db - 3.0 * (qa - qb) / (a - b);
            double disc = d1 * d1 - da * db;
            if (Double.isFinite(qb) && disc >= 0.0) {
                double d2 = Math.copySign(Math.sqrt(disc), b - a);
                t = b - (b - a) * (db + d2 - d1) / (db - da + 2.0 * d2);
            } else {
                t = 0.5 * (a + b);
            }
            double margin = 0.1 * (hi - lo);
            if (!(t >= lo + margin && t <= hi - margin)) {
                t = 0.5 * (a + b);
            }
            return t;
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double normInf(double[] a) {
        double m = 0.0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static void axpy(double c, double[] a, double[] out) {
        for (int i = 0; i < a.length; i++) {
            out[i] += c * a[i];
        }
    }

    private static void scale(double c, double[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= c;
        }
    }
}
