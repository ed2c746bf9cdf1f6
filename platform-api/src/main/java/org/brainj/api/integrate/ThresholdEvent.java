package org.brainj.api.integrate;

import org.brainj.api.core.ParameterException;

/**
 * An upward threshold crossing of one state component, y<sub>component</sub>(t) rising through {@code threshold}
 * (a spike: the membrane potential reaching V<sub>th</sub>). Located inside a step by {@link EventLocator}.
 *
 * @param component the state index watched, ≥ 0
 * @param threshold the level [state units], finite
 */
public record ThresholdEvent(int component, double threshold) {

    /** Checks the index and the level. */
    public ThresholdEvent {
        if (component < 0) {
            throw new ParameterException("component", String.valueOf(component), "must be >= 0");
        }
        if (!Double.isFinite(threshold)) {
            throw new ParameterException("threshold", String.valueOf(threshold), "must be finite");
        }
    }
}
