package org.brainj.api.run;

import org.brainj.api.core.ParameterException;

/**
 * What to record during a run.
 *
 * @param target  {@code population.variable} (e.g. {@code E.V}) or {@code population.spike}
 * @param every   sample every this many steps, ≥ 1 (spikes are always recorded at every step)
 * @param indices the members to record, or null for all
 */
public record MonitorSpec(String target, int every, int[] indices) {

    /** Validates the target form and sampling interval. */
    public MonitorSpec {
        if (target == null || target.indexOf('.') <= 0 || target.endsWith(".")) {
            throw new ParameterException("target", String.valueOf(target), "must be population.variable");
        }
        if (every < 1) {
            throw new ParameterException("every", String.valueOf(every), "must be >= 1 step");
        }
        indices = indices == null ? null : indices.clone();
    }

    /**
     * @param target population.variable
     * @return a monitor of every member at every step
     */
    public static MonitorSpec of(String target) {
        return new MonitorSpec(target, 1, null);
    }

    /** @return the population part of the target */
    public String population() {
        return target.substring(0, target.indexOf('.'));
    }

    /** @return the variable part of the target ({@code spike} for spikes) */
    public String variable() {
        return target.substring(target.indexOf('.') + 1);
    }

    /** @return the recorded members (a copy), or null for all */
    @Override
    public int[] indices() {
        return indices == null ? null : indices.clone();
    }
}
