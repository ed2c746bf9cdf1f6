package org.brainj.models.testing;

import org.brainj.api.core.StepContext;
import org.brainj.api.random.CounterRandom;

/** A runner's context reduced to what tests need: t = step * dt, advanced by {@link #advance()}. */
public final class FixedStepContext implements StepContext {

    private final double dt;
    private final CounterRandom random = new CounterRandom(1);
    private long step;

    public FixedStepContext(double dt) {
        this.dt = dt;
    }

    public void advance() {
        step++;
    }

    @Override
    public double t() {
        return step * dt;
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
