package org.brainj.api.analysis;

import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/** SPI: a dynamics analyzer (PhasePlane2D, Bifurcation1D, SlowPointFinder, ...), reached by name. */
@ConsumerType
public interface Analyzer extends Provider {

    /**
     * @param model   the model's right-hand side
     * @param request ranges, sweeps, fixed values, resolution and options
     * @return what was found
     */
    AnalysisResult analyze(AnalyzableModel model, AnalysisRequest request);
}
