package org.brainj.api.integrate;

/** How a delayed value between stored steps is read. */
public enum DelayInterpolation {
    /** Linear interpolation between the two neighbouring stored steps: caps a method at order 2. */
    LINEAR,
    /** The nearest stored step: caps a method at order 1. */
    ROUND,
    /**
     * Cubic Hermite interpolation between the two neighbouring stored steps from their values and stored slopes
     * (the right-hand side at the stored steps): fourth-order accurate for smooth solutions, so a method of order p
     * keeps order min(p, 4). Costs nothing extra per step: the slopes are the first stages the steps compute anyway.
     */
    HERMITE
}
