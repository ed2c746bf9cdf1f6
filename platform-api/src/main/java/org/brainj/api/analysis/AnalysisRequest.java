package org.brainj.api.analysis;

import java.util.Map;
import java.util.Objects;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;

/**
 * What to analyse.
 *
 * @param variables  ranges of the analysed variables (others held at their fixed values)
 * @param sweep      ranges of swept parameters (bifurcation analysis); empty for phase-plane analysis
 * @param fixed      values of the variables and parameters held fixed
 * @param resolution grid points per range, ≥ 3
 * @param options    analyzer-specific settings (tolerances, durations), by name
 */
public record AnalysisRequest(Map<String, Interval> variables, Map<String, Interval> sweep, Parameters fixed,
                              int resolution, Parameters options) {

    /** Copies the maps and validates the resolution. */
    public AnalysisRequest {
        variables = Map.copyOf(variables);
        sweep = Map.copyOf(sweep);
        Objects.requireNonNull(fixed, "fixed");
        Objects.requireNonNull(options, "options");
        if (resolution < 3) {
            throw new ParameterException("resolution", String.valueOf(resolution), "must be >= 3 grid points");
        }
    }
}
