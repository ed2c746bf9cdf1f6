package org.brainj.api.analysis;

import org.brainj.api.core.ParameterException;

/**
 * A closed range of a variable or parameter.
 *
 * @param lo lower end
 * @param hi upper end, &gt; lo
 */
public record Interval(double lo, double hi) {

    /** Checks lo &lt; hi and both finite. */
    public Interval {
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new ParameterException("interval", "[" + lo + ", " + hi + "]", "needs finite lo < hi");
        }
    }
}
