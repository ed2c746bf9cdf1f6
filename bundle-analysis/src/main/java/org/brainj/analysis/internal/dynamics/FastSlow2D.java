package org.brainj.analysis.internal.dynamics;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.Analyzer;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code FastSlow2D}: the bifurcation diagram of the 2-variable fast subsystem over one or two slow
 * variables (frozen as parameters), with the full system's trajectory to overlay; see {@link FastSlow} for the request,
 * the options and the result.
 */
@Component(service = Analyzer.class, property = Provider.RANKING + "=" + FastSlow2D.RANKING)
public final class FastSlow2D implements Analyzer {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    static final String NAME = "fast-slow-2d";

    /** Creates the analyzer; it holds no state. */
    public FastSlow2D() {
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
        return "fast-slow analysis: bifurcations of the 2-variable fast subsystem over the slow variables, "
                + "with the full trajectory";
    }

    @Override
    public AnalysisResult analyze(AnalyzableModel model, AnalysisRequest request) {
        return FastSlow.analyze(model, request, NAME, 2);
    }
}
