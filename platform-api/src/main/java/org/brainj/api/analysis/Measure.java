package org.brainj.api.analysis;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.RunResult;
import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/** SPI: a measure of recorded activity (firing rate, cross-correlation, voltage fluctuation, LFP, ...). */
@ConsumerType
public interface Measure extends Provider {

    /** @return its settings (window width, bin size, ...) */
    List<ParameterSpec> parameters();

    /**
     * @param result a run's records
     * @param target the population (for spike measures) or {@code population.variable} (for trace measures)
     * @param params settings
     * @return the measure: a scalar as length 1, a time series with one value per step or bin
     */
    double[] compute(RunResult result, String target, Parameters params);
}
