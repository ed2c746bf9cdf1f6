package org.brainj.analysis.internal;

import java.util.List;

import org.brainj.api.analysis.Measure;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.RunResult;

/**
 * What every measure of this bundle shares as a provider: its name, its service ranking and its parameter specs,
 * and the rejection of parameters it does not declare before anything is computed. Each concrete measure stays its
 * own DS component and ServiceLoader entry; it passes its name and specs up and implements {@link #measure}.
 */
abstract class MeasureProvider implements Measure {

    /** The service ranking of the bundle's measures, shared by each one's DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    private final String name;

    private final List<ParameterSpec> parameters;

    /**
     * @param name       the measure's name, as users select it
     * @param parameters its settings, in the order they are listed
     */
    MeasureProvider(String name, ParameterSpec... parameters) {
        this.name = name;
        this.parameters = List.of(parameters);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int ranking() {
        return RANKING;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    /**
     * Rejects unknown parameters (naming them and the measure), then computes.
     *
     * @param result a run's records
     * @param target what the measure reads, as its class describes
     * @param params its settings
     * @return the measure's values
     */
    @Override
    public final double[] compute(RunResult result, String target, Parameters params) {
        params.requireKnown(name, parameters);
        return measure(result, target, params);
    }

    /**
     * The measure itself, with {@code params} already checked to hold only declared parameters.
     *
     * @param result a run's records
     * @param target what the measure reads
     * @param params its settings
     * @return the measure's values
     */
    abstract double[] measure(RunResult result, String target, Parameters params);
}
