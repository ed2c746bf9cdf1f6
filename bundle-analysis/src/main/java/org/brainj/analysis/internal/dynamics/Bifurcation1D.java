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
 * <li>at {@code resolution} equally spaced parameter values, fixed points are searched on the variables' grid
 * (sign changes in 1-D, sign-change cells in 2-D, ranked grid nodes for 3 or more variables; see {@link Roots});
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
 * {@code grid_budget}, {@code num_rank}.
 */
@Component(service = Analyzer.class, property = Provider.RANKING + "=" + Bifurcation1D.RANKING)
public final class Bifurcation1D implements Analyzer {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    static final String NAME = "bifurcation-1d";

    private static final List<ParameterSpec> OPTIONS = List.of(Options.TOL_AUX, Options.TOL_UNIQUE,
            Options.TOL_ZERO, Options.MAX_STEP, Options.MAX_POINTS, Options.GRID_BUDGET, Options.NUM_RANK);

    /** Creates the analyzer; it holds no state. */
    public Bifurcation1D() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public String description() {
        return "codimension-one bifurcations in one parameter: continued fixed-point branches, saddle-node and Hopf";
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
        double maxStep = request.options().get(Options.MAX_STEP);
        Continuation cont = new Continuation(sys, tolAux, maxStep,
                (int) request.options().get(Options.MAX_POINTS));
        Newton newton = new Newton(sys);
        List<List<Continuation.Point>> branches = new ArrayList<>();
        double[] sweepValues = Roots.grid(sys.sweepLo, sys.sweepHi, res);
        for (double p : sweepValues) {
            sys.setSweep(p);
            List<double[]> seeds = Roots.find(sys, res, tolAux, tolUnique, budget, numRank);
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
        return new AnalysisResult(points, List.of(), bifurcations, List.of(), List.of(), series);
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
