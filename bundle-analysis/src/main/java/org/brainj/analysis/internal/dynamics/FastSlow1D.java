package org.brainj.analysis.internal.dynamics;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.Analyzer;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code FastSlow1D}: the bifurcation diagram of the 1-variable fast subsystem over one or two slow
 * variables (frozen as parameters), with the full system's trajectory to overlay; see {@link FastSlow} for the request,
 * the options and the result.
 */
@Component(service = Analyzer.class, property = Provider.RANKING + "=" + FastSlow1D.RANKING)
public final class FastSlow1D extends AnalyzerProvider {

    static final String NAME = "fast-slow-1d";

    /** Creates the analyzer; it holds no state. */
    public FastSlow1D() {
        super(NAME, "fast-slow analysis: bifurcations of the 1-variable fast subsystem over the slow variables, "
                + "with the full trajectory");
    }

    @Override
    public AnalysisResult analyze(AnalyzableModel model, AnalysisRequest request) {
        return FastSlow.analyze(model, request, NAME, 1);
    }
}
