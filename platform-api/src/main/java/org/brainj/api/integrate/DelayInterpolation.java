package org.brainj.api.integrate;

/** How a delayed value between stored steps is read. */
public enum DelayInterpolation {
    /** Linear interpolation between the two neighbouring stored steps. */
    LINEAR,
    /** The nearest stored step. */
    ROUND
}
