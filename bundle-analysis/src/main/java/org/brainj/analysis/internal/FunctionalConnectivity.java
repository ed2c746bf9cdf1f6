package org.brainj.analysis.internal;

import java.util.List;

import org.brainj.api.analysis.Measure;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.Trace;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code functional_connectivity}: the Pearson correlation matrix of the recorded members' time courses
 * (columns of the time × members trace), with undefined entries — members whose trace is constant — set to 0
 * ({@code nan_to_num}), their diagonal included.
 *
 * <p>Target: a traced variable, {@code population.variable}, with at least 2 samples. Result: width × width,
 * row-major, in the trace's column order.
 */
@Component(service = Measure.class, property = Provider.RANKING + "=" + FunctionalConnectivity.RANKING)
public final class FunctionalConnectivity implements Measure {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    static final String NAME = "functional_connectivity";

    /** Creates the measure; it holds no state. */
    public FunctionalConnectivity() {
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
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    /**
     * @param result a run's records
     * @param target the traced variable
     * @param params none
     * @return the correlation matrix, row-major
     */
    @Override
    public double[] compute(RunResult result, String target, Parameters params) {
        params.requireKnown(NAME, List.of());
        Trace trace = of(result, target, NAME, 2, 1);
        return Correlations.columns(trace.values(), trace.width(), 0, trace.times().length);
    }

    /** The trace, checked to have enough samples and members. */
    static Trace of(RunResult result, String target, String measure, int minSamples, int minWidth) {
        Trace trace = result.trace(target);
        if (trace.times().length < minSamples || trace.width() < minWidth) {
            throw new IllegalArgumentException(measure + " of '" + target + "' needs at least " + minSamples
                    + " samples of " + minWidth + " members, got " + trace.times().length + " samples of "
                    + trace.width());
        }
        return trace;
    }
}
