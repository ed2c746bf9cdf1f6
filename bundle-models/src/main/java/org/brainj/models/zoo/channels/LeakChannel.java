package org.brainj.models.zoo.channels;

/** An ungated channel, I = g_max (E − V) (BrainPy's {@code LeakyChannel}). */
abstract class LeakChannel extends Channel {

    LeakChannel(String model, int size, double gMax, double reversal) {
        super(model, size, gMax, reversal);
    }

    @Override
    protected final double conductance(int i, double ca) {
        return gMax;
    }

    @Override
    protected final double inf(int gate, int i, double v, double ca) {
        throw new IllegalStateException(model() + " has no gates");
    }

    @Override
    protected final double rate(int gate, int i, double v, double ca) {
        throw new IllegalStateException(model() + " has no gates");
    }
}
