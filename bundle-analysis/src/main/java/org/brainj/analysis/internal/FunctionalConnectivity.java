package org.brainj.analysis.internal;

import org.brainj.api.analysis.Measure;
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
public final class FunctionalConnectivity extends MeasureProvider {

    static final String NAME = "functional_connectivity";

    /** Creates the measure; it holds no state. */
    public FunctionalConnectivity() {
        super(NAME);
    }

    /**
     * @param result a run's records
     * @param target the traced variable
     * @param params none
     * @return the correlation matrix, row-major
     */
    @Override
    double[] measure(RunResult result, String target, Parameters params) {
        Trace trace = TraceSeries.sized(result, target, NAME, 2, 1);
        return Correlations.columns(trace.values(), trace.width(), 0, trace.times().length);
    }
}
