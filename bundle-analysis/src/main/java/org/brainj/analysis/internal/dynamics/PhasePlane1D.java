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
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code PhasePlane1D}: the vector field dx/dt on a grid of {@code resolution} points over the one
 * analysed variable's range, and its fixed points: sign changes of f refined by bisection to round-off, exact zeros on
 * the grid, and touching roots (a local minimum of |f| where f' changes sign, kept when |f| ≤ tol_aux), classified by
 * f'(x*): &lt; 0 stable point, &gt; 0 unstable point, ≈ 0 saddle node.
 *
 * <p>Result: {@code fixedPoints} in increasing x; series {@code <x>} (the grid) and {@code d<x>/dt}.
 * Options: {@code tol_aux}, {@code tol_unique}, {@code tol_zero}.
 */
@Component(service = Analyzer.class, property = Provider.RANKING + "=" + PhasePlane1D.RANKING)
public final class PhasePlane1D extends AnalyzerProvider {

    static final String NAME = "phase-plane-1d";

    private static final List<ParameterSpec> OPTIONS = List.of(Options.TOL_AUX, Options.TOL_UNIQUE,
            Options.TOL_ZERO);

    /** Creates the analyzer; it holds no state. */
    public PhasePlane1D() {
        super(NAME, "1-D phase plane: vector field, fixed points and their stability");
    }

    @Override
    public AnalysisResult analyze(AnalyzableModel model, AnalysisRequest request) {
        Options.check(request.options(), NAME, OPTIONS, false);
        Subsystem sys = Subsystem.of(model, request, NAME, 1, 1, 0);
        double tolAux = request.options().get(Options.TOL_AUX);
        double tolUnique = request.options().get(Options.TOL_UNIQUE);
        double tolZero = request.options().get(Options.TOL_ZERO);
        int res = request.resolution();
        double[] xs = Roots.grid(sys.lo[0], sys.hi[0], res);
        double[] fs = Roots.values1D(sys, xs);
        List<FixedPoint> points = new ArrayList<>();
        for (double[] root : Roots.oneD(sys, xs, fs, tolAux, tolUnique)) {
            points.add(Options.fixedPoint(sys, root, tolZero));
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put(sys.names[0], xs);
        series.put("d" + sys.names[0] + "/dt", fs);
        return new AnalysisResult(points, List.of(), List.of(), List.of(), List.of(), series);
    }
}
