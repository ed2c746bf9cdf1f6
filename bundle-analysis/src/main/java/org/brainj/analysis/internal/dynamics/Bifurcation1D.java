package org.brainj.analysis.internal.dynamics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.Analyzer;
import org.brainj.api.analysis.BifurcationPoint;
import org.brainj.api.analysis.BifurcationType;
import org.brainj.api.analysis.FixedPoint;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code Bifurcation1D} for one swept parameter and any number of analysed variables (others held fixed),
 * by continuation rather than independent root finding at each parameter value:
 * <ol>
 * <li>at {@code resolution} equally spaced parameter values, fixed points are searched on the variables' grid of
 * {@code min(resolution, seed_resolution)} points per variable (sign changes in 1-D, sign-change cells in 2-D, ranked grid nodes for 3 or more variables; see {@link Roots});
 * each one not already on a traced branch seeds a new branch, so branches that appear inside the range
 * (after a fold, or isolas) are caught;</li>
 * <li>each branch is followed by pseudo-arclength continuation ({@link Continuation}) in both directions;</li>
 * <li>every branch point gets the Jacobian's eigenvalues (closed form up to 2-D, EJML above) and its class;</li>
 * <li>between consecutive points, a sign change of det J_x is a saddle-node when the branch turns back in p there
 * (the tangent's p-component changes sign) and a branch point otherwise; a change of the number of eigenvalues with
 * positive real part without a det sign change is a Hopf point when the pair crossing the imaginary axis is
 * complex. Each is refined by bisection along the chord between the two points (corrected onto the branch) to
 * 1e-12 of the scaled ranges.</li>
 * </ol>
 *
 * <p>Result: {@code fixedPoints} = the branch points, branch after branch; series {@code branch} (branch number per
 * fixed point), {@code <parameter>} and one per analysed variable, aligned with {@code fixedPoints}; the located
 * {@code bifurcations}, each with the full parameter vector and state.
 *
 * <p>Options: {@code tol_aux}, {@code tol_unique}, {@code tol_zero}, {@code max_step}, {@code max_points},
 * {@code grid_budget}, {@code num_rank}, {@code seed_resolution}; limit cycles by simulation ({@link LimitCycles}) at
 * {@code cycle_samples} parameter values with {@code dt}, {@code cycle_transient}, {@code cycle_window}, reported as
 * the series {@code cycle.<parameter>}, {@code cycle.period}, {@code cycle.<variable>.max} and
 * {@code cycle.<variable>.min}.
 */
@Component(service = Analyzer.class, property = Provider.RANKING + "=" + Bifurcation1D.RANKING)
public final class Bifurcation1D extends AnalyzerProvider {

    static final String NAME = "bifurcation-1d";

    /** How many parameter values limit cycles are searched at. */
    static final ParameterSpec CYCLE_SAMPLES = new ParameterSpec("cycle_samples", "1", 0, 0, 100000, false,
            "parameter values, equally spaced over the sweep, at which a limit cycle is searched by simulation from "
                    + "next to every unstable fixed point; 0: none");

    /**
     * Grid points per variable of the seed search at each parameter value. Branches are followed by continuation,
     * so the grid only has to catch each branch somewhere; a finer grid at every one of many parameter values would
     * cost resolution³ evaluations.
     */
    static final ParameterSpec SEED_RESOLUTION = new ParameterSpec("seed_resolution", "1", 64, 3, 100000, false,
            "grid points per analysed variable of the fixed-point search at each parameter value (at most the "
                    + "resolution)");

    private static final List<ParameterSpec> OPTIONS = List.of(Options.TOL_AUX, Options.TOL_UNIQUE,
            Options.TOL_ZERO, Options.MAX_STEP, Options.MAX_POINTS, Options.GRID_BUDGET, Options.NUM_RANK,
            SEED_RESOLUTION, CYCLE_SAMPLES, Options.DT, LimitCycles.CYCLE_TRANSIENT, LimitCycles.CYCLE_WINDOW);

    /** Creates the analyzer; it holds no state. */
    public Bifurcation1D() {
        super(NAME, "codimension-one bifurcations in one parameter: continued fixed-point branches, saddle-node and "
                + "Hopf");
    }

    @Override
    public AnalysisResult analyze(AnalyzableModel model, AnalysisRequest request) {
        Options.check(request.options(), NAME, OPTIONS, false);
        Subsystem sys = Subsystem.of(model, request, NAME, 1, Integer.MAX_VALUE, 1);
        double tolAux = request.options().get(Options.TOL_AUX);
        double tolUnique = request.options().get(Options.TOL_UNIQUE);
        double tolZero = request.options().get(Options.TOL_ZERO);
        int budget = (int) request.options().get(Options.GRID_BUDGET);
        int numRank = (int) request.options().get(Options.NUM_RANK);
        int res = request.resolution();
        int seedRes = Math.min(res, (int) request.options().get(SEED_RESOLUTION));
        double maxStep = request.options().get(Options.MAX_STEP);
        Continuation cont = new Continuation(sys, tolAux, maxStep,
                (int) request.options().get(Options.MAX_POINTS));
        Newton newton = new Newton(sys);
        List<List<Continuation.Point>> branches = new ArrayList<>();
        double[] sweepValues = Roots.grid(sys.sweepLo, sys.sweepHi, res);
        for (double p : sweepValues) {
            sys.setSweep(p);
            List<double[]> seeds = Roots.find(sys, seedRes, tolAux, tolUnique, budget, numRank);
            for (double[] seed : seeds) {
                if (!covered(sys, cont, newton, branches, seed, p, tolAux, tolUnique, maxStep)) {
                    List<Continuation.Point> branch = cont.trace(seed, p);
                    if (!branch.isEmpty()) {
                        branches.add(branch);
                    }
                }
            }
        }
        Spectrum spectrum = new Spectrum(sys, tolZero);
        List<FixedPoint> points = new ArrayList<>();
        List<BifurcationPoint> bifurcations = new ArrayList<>();
        int total = 0;
        for (List<Continuation.Point> b : branches) {
            total += b.size();
        }
        double[] branchId = new double[total];
        double[] pv = new double[total];
        double[][] vars = new double[sys.n][total];
        int k = 0;
        for (int bi = 0; bi < branches.size(); bi++) {
            List<Continuation.Point> branch = branches.get(bi);
            for (Continuation.Point pt : branch) {
                FixedPoint fp = spectrum.evaluate(pt);
                points.add(fp);
                branchId[k] = bi;
                pv[k] = pt.p;
                for (int i = 0; i < sys.n; i++) {
                    vars[i][k] = pt.u[i];
                }
                k++;
            }
            for (int i = 1; i < branch.size(); i++) {
                locate(cont, spectrum, sys, branch.get(i - 1), branch.get(i), tolZero, bifurcations);
            }
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("branch", branchId);
        series.put(sys.sweepName, pv);
        for (int i = 0; i < sys.n; i++) {
            series.put(sys.names[i], vars[i]);
        }
        int samples = (int) request.options().get(CYCLE_SAMPLES);
        if (samples > 0) {
            cycles(sys, newton, branches, samples, request, tolAux, series);
        }
        return new AnalysisResult(points, List.of(), bifurcations, List.of(), List.of(), series);
    }

    /** Prefix of the limit-cycle series: {@code cycle.<parameter>}, {@code cycle.<variable>.max|min}, {@code cycle.period}. */
    static final String CYCLE = "cycle.";

    /**
     * Limit cycles by simulation at {@code samples} parameter values: from next to each unstable point of every
     * branch there (the branch's nearest point, corrected by Newton at that value), one cycle per distinct period.
     */
    private static void cycles(Subsystem sys, Newton newton, List<List<Continuation.Point>> branches, int samples,
                               AnalysisRequest request, double tolAux, Map<String, double[]> series) {
        LimitCycles search = new LimitCycles(sys, request.options().get(Options.DT),
                request.options().get(LimitCycles.CYCLE_TRANSIENT), request.options().get(LimitCycles.CYCLE_WINDOW));
        List<double[]> rows = new ArrayList<>();
        double[] values = samples == 1 ? new double[] {0.5 * (sys.sweepLo + sys.sweepHi)}
                : Roots.grid(sys.sweepLo, sys.sweepHi, samples);
        for (double p : values) {
            List<Double> periods = new ArrayList<>();
            for (List<Continuation.Point> branch : branches) {
                for (int i = 0; i + 1 < branch.size(); i++) {
                    Continuation.Point a = branch.get(i);
                    Continuation.Point b = branch.get(i + 1);
                    if (p < Math.min(a.p, b.p) || p > Math.max(a.p, b.p) || (a.unstable == 0 && b.unstable == 0)) {
                        continue;
                    }
                    double s = b.p != a.p ? (p - a.p) / (b.p - a.p) : 0;
                    double[] u = new double[sys.n];
                    for (int v = 0; v < sys.n; v++) {
                        u[v] = a.u[v] + s * (b.u[v] - a.u[v]);
                    }
                    sys.setSweep(p);
                    if (!newton.solve(u, tolAux)) {
                        continue;
                    }
                    LimitCycles.Cycle c = search.find(LimitCycles.near(sys, u));
                    boolean seen = false;
                    for (double q : periods) {
                        seen |= c != null && Math.abs(q - c.period()) <= 1e-3 * q;
                    }
                    if (c != null && !seen) {
                        periods.add(c.period());
                        double[] row = new double[2 + 2 * sys.n];
                        row[0] = p;
                        row[1] = c.period();
                        for (int v = 0; v < sys.n; v++) {
                            row[2 + v] = c.max()[sys.index[v]];
                            row[2 + sys.n + v] = c.min()[sys.index[v]];
                        }
                        rows.add(row);
                    }
                }
            }
        }
        double[][] cols = new double[2 + 2 * sys.n][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols.length; c++) {
                cols[c][r] = rows.get(r)[c];
            }
        }
        series.put(CYCLE + sys.sweepName, cols[0]);
        series.put(CYCLE + "period", cols[1]);
        for (int v = 0; v < sys.n; v++) {
            series.put(CYCLE + sys.names[v] + ".max", cols[2 + v]);
            series.put(CYCLE + sys.names[v] + ".min", cols[2 + sys.n + v]);
        }
    }

    /** Finds and refines a bifurcation between consecutive branch points a and b, if any. */
    private static void locate(Continuation cont, Spectrum spectrum, Subsystem sys, Continuation.Point a,
                               Continuation.Point b, double tolZero, List<BifurcationPoint> out) {
        if (a.detSign != b.detSign && a.detSign != 0 && b.detSign != 0) {
            boolean turns = Math.signum(a.tp) != Math.signum(b.tp);
            Continuation.Point at = cont.bisect(a, b, pt -> {
                spectrum.evaluate(pt);
                return pt.detSign;
            });
            if (at != null) {
                out.add(bifurcation(sys, turns ? BifurcationType.SADDLE_NODE : BifurcationType.BRANCH_POINT, at));
            }
        } else if (a.unstable != b.unstable) {
            Continuation.Point at = cont.bisect(a, b, pt -> {
                spectrum.evaluate(pt);
                return pt.unstable;
            });
            if (at == null) {
                return;
            }
            spectrum.evaluate(at);
            // the crossing eigenvalue is the one nearest the imaginary axis: a Hopf point needs it complex
            int nearest = 0;
            for (int i = 1; i < sys.n; i++) {
                if (Math.abs(at.re[i]) < Math.abs(at.re[nearest])) {
                    nearest = i;
                }
            }
            double scale = 0;
            for (int i = 0; i < sys.n; i++) {
                scale = Math.max(scale, Math.hypot(at.re[i], at.im[i]));
            }
            if (Math.abs(at.im[nearest]) > tolZero * scale) {
                out.add(bifurcation(sys, BifurcationType.HOPF, at));
            }
        }
    }

    private static BifurcationPoint bifurcation(Subsystem sys, BifurcationType type, Continuation.Point at) {
        sys.setSweep(at.p);
        return new BifurcationPoint(type, sys.params.clone(), sys.fullState(at.u));
    }

    /**
     * Whether a fixed point found at parameter p lies on a traced branch: the branch's polyline passes within a
     * quarter of the largest step (near a fold, where the branch is not a graph over p), or Newton at p from the
     * branch interpolated linearly between its points bracketing p lands on it.
     */
    private static boolean covered(Subsystem sys, Continuation cont, Newton newton,
                                   List<List<Continuation.Point>> branches, double[] seed, double p, double tolAux,
                                   double tolUnique, double maxStep) {
        double[] u = new double[sys.n];
        for (List<Continuation.Point> branch : branches) {
            if (cont.distanceToBranch(branch, seed, p) <= 0.25 * maxStep) {
                return true;
            }
            for (int i = 0; i < branch.size(); i++) {
                Continuation.Point a = branch.get(i);
                Continuation.Point b = i + 1 < branch.size() ? branch.get(i + 1) : a;
                double lo = Math.min(a.p, b.p);
                double hi = Math.max(a.p, b.p);
                if (p < lo || p > hi) {
                    continue;
                }
                double s = hi > lo ? (p - a.p) / (b.p - a.p) : 0;
                for (int v = 0; v < sys.n; v++) {
                    u[v] = a.u[v] + s * (b.u[v] - a.u[v]);
                }
                if (sys.scaledDistance(u, seed) > 0.1) {
                    continue;
                }
                sys.setSweep(p);
                if (newton.solve(u, tolAux) && sys.scaledDistance(u, seed) <= tolUnique) {
                    return true;
                }
            }
        }
        sys.setSweep(p);
        return false;
    }

    /** Eigenvalues, class, unstable count and det sign of branch points. */
    private static final class Spectrum {
        private final Subsystem sys;
        private final double tolZero;
        private final double[] jac;

        Spectrum(Subsystem sys, double tolZero) {
            this.sys = sys;
            this.tolZero = tolZero;
            this.jac = new double[sys.n * sys.n];
        }

        FixedPoint evaluate(Continuation.Point pt) {
            int n = sys.n;
            sys.setSweep(pt.p);
            sys.jacobian(pt.u, jac);
            double[] re = new double[n];
            double[] im = new double[n];
            Linear.eigenvalues(jac, n, re, im);
            pt.re = re;
            pt.im = im;
            int unstable = 0;
            int negativeReal = 0;
            boolean zero = false;
            for (int i = 0; i < n; i++) {
                if (re[i] > 0) {
                    unstable++;
                }
                if (im[i] == 0) {
                    if (re[i] < 0) {
                        negativeReal++;
                    } else if (re[i] == 0) {
                        zero = true;
                    }
                }
            }
            pt.unstable = unstable;
            // det = product of eigenvalues; complex pairs contribute |λ|² > 0
            pt.detSign = zero ? 0 : (negativeReal % 2 == 0 ? 1 : -1);
            return new FixedPoint(sys.fullState(pt.u), sys.params.clone(), Stability.classify(jac, n, re, tolZero),
                    re, im);
        }
    }
}
