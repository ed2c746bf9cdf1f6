package org.brainj.api.core;

/**
 * A state variable became NaN or infinite. The run stops at that step; what was recorded before it is kept by the
 * runner and reachable from the run result.
 */
public class DivergenceException extends BrainjException {
    private static final long serialVersionUID = 1L;

    private final String population;
    private final String variable;
    private final int index;
    private final long step;
    private final double time;
    private final double value;

    /**
     * @param population the population (or system) name
     * @param variable   the state variable's name
     * @param index      the member index
     * @param step       the step index at which the value was found
     * @param time       the time of that step [ms]
     * @param value      the offending value (NaN or ±Inf)
     */
    public DivergenceException(String population, String variable, int index, long step, double time,
                               double value) {
        super("simulation diverged: " + population + "." + variable + "[" + index + "] = " + value
                + " at step " + step + " (t = " + time + " ms); try a smaller dt or another integrator");
        this.population = population;
        this.variable = variable;
        this.index = index;
        this.step = step;
        this.time = time;
        this.value = value;
    }

    /** @return the population (or system) name */
    public String population() {
        return population;
    }

    /** @return the state variable's name */
    public String variable() {
        return variable;
    }

    /** @return the member index */
    public int index() {
        return index;
    }

    /** @return the step index */
    public long step() {
        return step;
    }

    /** @return the time of the step [ms] */
    public double time() {
        return time;
    }

    /** @return the offending value */
    public double value() {
        return value;
    }
}
