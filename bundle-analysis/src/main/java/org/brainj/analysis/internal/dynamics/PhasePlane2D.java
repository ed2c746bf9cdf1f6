package org.brainj.analysis.internal.dynamics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.Analyzer;
import org.brainj.api.analysis.FixedPoint;
import org.brainj.api.analysis.Nullcline;
import org.brainj.api.analysis.Trajectory;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code PhasePlane2D} for two analysed variables x, y (in the model's variable order; other variables
 * held at their fixed values), on a {@code resolution × resolution} grid:
 * <ul>
 * <li>the vector field: series {@code <x>}, {@code <y>} (the axes) and {@code d<x>/dt}, {@code d<y>/dt} at node
 * (i, j), index {@code j·resolution + i};</li>
 * <li>nullclines of x and y by marching squares with crossings refined by bisection along grid edges
 * ({@link Nullclines});</li>
 * <li>fixed points: Newton with the Jacobian (the model's, else central differences) from every cell where both
 * components change sign, kept when |f|∞ ≤ {@code tol_aux} and inside the box, deduplicated within
 * {@code tol_unique}, classified from trace and determinant into BrainPy's 2-D classes;</li>
 * <li>trajectories from the options {@code init.<k>.<variable>} (a variable not given starts at its range's middle),
 * integrated by classical RK4 with step {@code dt} for {@code duration}; states hold every model variable, the
 * non-analysed ones constant;</li>
 * <li>limit cycles by simulation ({@link LimitCycles}, option {@code cycles} = 1, the default): from next to every
 * unstable fixed point, past {@code cycle_transient}, measured over {@code cycle_window}; each distinct cycle's orbit
 * over one period is appended to the trajectories and its period to the series {@code cycle.period}.</li>
 * </ul>
 */
@Component(service = Analyzer.class, property = Provider.RANKING + "=" + PhasePlane2D.RANKING)
public final class PhasePlane2D extends AnalyzerProvider {

    static final String NAME = "phase-plane-2d";

    /** Whether to search limit cycles from the unstable fixed points. */
    static final ParameterSpec CYCLES = new ParameterSpec("cycles", "1", 1, 0, 1, false,
            "1: search a limit cycle by simulation from next to every unstable fixed point; 0: do not");

    private static final List<ParameterSpec> OPTIONS = List.of(Options.TOL_AUX, Options.TOL_UNIQUE,
            Options.TOL_ZERO, Options.DURATION, Options.DT, CYCLES, LimitCycles.CYCLE_TRANSIENT,
            LimitCycles.CYCLE_WINDOW);

    /** Most samples in one trajectory, to keep results bounded. */
    private static final long MAX_SAMPLES = 10_000_000L;

    /** Creates the analyzer; it holds no state. */
    public PhasePlane2D() {
        super(NAME, "2-D phase plane: vector field, nullclines, fixed points with stability, trajectories");
    }

    @Override
    public AnalysisResult analyze(AnalyzableModel model, AnalysisRequest request) {
        Options.check(request.options(), NAME, OPTIONS, true);
        Subsystem sys = Subsystem.of(model, request, NAME, 2, 2, 0);
        double tolAux = request.options().get(Options.TOL_AUX);
        double tolUnique = request.options().get(Options.TOL_UNIQUE);
        double tolZero = request.options().get(Options.TOL_ZERO);
        Grid2D grid = Grid2D.evaluate(sys, request.resolution());
        List<Nullcline> nullclines = List.of(Nullclines.trace(sys, grid, 0), Nullclines.trace(sys, grid, 1));
        List<FixedPoint> points = new ArrayList<>();
        List<double[]> roots = Roots.twoD(sys, grid, tolAux, tolUnique);
        for (double[] root : roots) {
            points.add(Options.fixedPoint(sys, root, tolZero));
        }
        List<Trajectory> trajectories = new ArrayList<>();
        List<double[]> starts = Options.initials(request.options(), sys);
        if (!starts.isEmpty()) {
            double duration = request.options().get(Options.DURATION);
            double dt = request.options().get(Options.DT);
            long steps = Math.round(duration / dt);
            if (steps < 1 || (steps + 1) * model.variables().size() > MAX_SAMPLES) {
                throw new ParameterException("duration", String.valueOf(duration),
                        "duration / dt must give 1 to " + MAX_SAMPLES / model.variables().size() + " steps (dt "
                                + dt + ")");
            }
            for (double[] start : starts) {
                trajectories.add(rk4(sys, start, dt, (int) steps));
            }
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        if (request.options().get(CYCLES) != 0) {
            LimitCycles search = new LimitCycles(sys, request.options().get(Options.DT),
                    request.options().get(LimitCycles.CYCLE_TRANSIENT), request.options().get(LimitCycles.CYCLE_WINDOW));
            List<Double> periods = new ArrayList<>();
            for (int k = 0; k < roots.size(); k++) {
                if (!unstable(points.get(k))) {
                    continue;
                }
                LimitCycles.Cycle c = search.find(LimitCycles.near(sys, roots.get(k)));
                if (c != null && !sameCycle(periods, c.period())) {
                    periods.add(c.period());
                    trajectories.add(c.orbit());
                }
            }
            double[] p = new double[periods.size()];
            for (int k = 0; k < p.length; k++) {
                p[k] = periods.get(k);
            }
            series.put(CYCLE_PERIOD, p);
        }
        series.put(sys.names[0], grid.xs);
        series.put(sys.names[1], grid.ys);
        series.put("d" + sys.names[0] + "/dt", grid.f0);
        series.put("d" + sys.names[1] + "/dt", grid.f1);
        return new AnalysisResult(points, nullclines, List.of(), trajectories, List.of(), series);
    }

    /** Series of the periods [ms] of the limit cycles found; their orbits are the last trajectories. */
    static final String CYCLE_PERIOD = "cycle.period";

    /** @return whether some eigenvalue has a positive real part */
    static boolean unstable(FixedPoint fp) {
        for (double r : fp.eigenReal()) {
            if (r > 0) {
                return true;
            }
        }
        return false;
    }

    /** Two searches that end on one attracting cycle give the same period to within the step's resolution. */
    private static boolean sameCycle(List<Double> periods, double period) {
        for (double p : periods) {
            if (Math.abs(p - period) <= 1e-3 * period) {
                return true;
            }
        }
        return false;
    }

    /** Classical fixed-step RK4 of the analysed variables; stops early when the state stops being finite. */
    static Trajectory rk4(Subsystem sys, double[] start, double dt, int steps) {
        int n = sys.n;
        int width = sys.model.variables().size();
        double[] u = start.clone();
        double[] k1 = new double[n];
        double[] k2 = new double[n];
        double[] k3 = new double[n];
        double[] k4 = new double[n];
        double[] tmp = new double[n];
        double[] times = new double[steps + 1];
        double[] states = new double[(steps + 1) * width];
        double[] template = sys.fullState(u);
        int s = 0;
        for (; s <= steps; s++) {
            times[s] = s * dt;
            System.arraycopy(template, 0, states, s * width, width);
            for (int i = 0; i < n; i++) {
                states[s * width + sys.index[i]] = u[i];
            }
            if (s == steps) {
                break;
            }
            sys.f(u, k1);
            for (int i = 0; i < n; i++) {
                tmp[i] = u[i] + 0.5 * dt * k1[i];
            }
            sys.f(tmp, k2);
            for (int i = 0; i < n; i++) {
                tmp[i] = u[i] + 0.5 * dt * k2[i];
            }
            sys.f(tmp, k3);
            for (int i = 0; i < n; i++) {
                tmp[i] = u[i] + dt * k3[i];
            }
            sys.f(tmp, k4);
            boolean finite = true;
            for (int i = 0; i < n; i++) {
                u[i] += dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
                finite &= Double.isFinite(u[i]);
            }
            if (!finite) {
                s++;
                times[s] = s * dt;
                System.arraycopy(template, 0, states, s * width, width);
                for (int i = 0; i < n; i++) {
                    states[s * width + sys.index[i]] = u[i];
                }
                break;
            }
        }
        int count = Math.min(s + 1, steps + 1);
        return new Trajectory(java.util.Arrays.copyOf(times, count), java.util.Arrays.copyOf(states, count * width),
                width);
    }
}
