package org.brainj.models.internal.run;

import org.brainj.api.core.StepContext;
import org.brainj.api.random.CounterRandom;

/** The one step context of a simulation, advanced in place by the run loop. */
final class RunContext implements StepContext {

    private final double dt;
    private final CounterRandom random;
    private long step;
    private double t;

    RunContext(double dt, CounterRandom random) {
        this.dt = dt;
        this.random = random;
    }

    void at(long stepIndex) {
        this.step = stepIndex;
        this.t = stepIndex * dt;
    }

    @Override
    public double t() {
        return t;
    }

    @Override
    public double dt() {
        return dt;
    }

    @Override
    public long step() {
        return step;
    }

    @Override
    public boolean training() {
        return false;
    }

    @Override
    public CounterRandom random() {
        return random;
    }
}
