package org.brainj.analysis.internal.dynamics;

import java.util.ArrayList;
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
 * Fixed points of three or more analysed variables with their stability by eigenvalues: Newton from the
 * {@code num_rank} nodes of a grid (at most {@code grid_budget} nodes) with the smallest normalised |f|
 * ({@link Roots}), each point's Jacobian (the model's, else central differences) decomposed by EJML, and classed
 * {@code stable} when every eigenvalue has a negative real part, else {@code unstable}.
 *
 * <p>Options: {@code tol_aux}, {@code tol_unique}, {@code tol_zero}, {@code grid_budget}, {@code num_rank}.
 */
@Component(service = Analyzer.class, property = Provider.RANKING + "=" + FixedPointsND.RANKING)
public final class FixedPointsND extends AnalyzerProvider {

    static final String NAME = "fixed-points-nd";

    private static final List<ParameterSpec> OPTIONS = List.of(Options.TOL_AUX, Options.TOL_UNIQUE,
            Options.TOL_ZERO, Options.GRID_BUDGET, Options.NUM_RANK);

    /** Creates the analyzer; it holds no state. */
    public FixedPointsND() {
        super(NAME, "fixed points of 3 or more variables with eigenvalues (EJML) and stability");
    }

    @Override
    public AnalysisResult analyze(AnalyzableModel model, AnalysisRequest request) {
        Options.check(request.options(), NAME, OPTIONS, false);
        Subsystem sys = Subsystem.of(model, request, NAME, 3, Integer.MAX_VALUE, 0);
        double tolZero = request.options().get(Options.TOL_ZERO);
        List<FixedPoint> points = new ArrayList<>();
        for (double[] root : Roots.find(sys, request.resolution(), request.options().get(Options.TOL_AUX),
                request.options().get(Options.TOL_UNIQUE), (int) request.options().get(Options.GRID_BUDGET),
                (int) request.options().get(Options.NUM_RANK))) {
            points.add(Options.fixedPoint(sys, root, tolZero));
        }
        return new AnalysisResult(points, List.of(), List.of(), List.of(), List.of(), Map.of());
    }
}
