package org.brainj.trainers.internal;

import org.brainj.api.core.ParameterException;
import org.brainj.api.train.Surrogate;

/**
 * What every surrogate of FEATURES §6.1 shares: a name in BrainPy's function spelling, a default for the one
 * setting the {@link Surrogate} SPI passes per call (called α there, whatever the BrainPy name of that setting), and
 * the range check of that setting, done before the formula.
 */
abstract class SurrogateBase implements Surrogate {

    private final String name;
    private final double defaultAlpha;

    SurrogateBase(String name, double defaultAlpha) {
        this.name = name;
        this.defaultAlpha = defaultAlpha;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int ranking() {
        return 0;
    }

    @Override
    public final double defaultAlpha() {
        return defaultAlpha;
    }

    @Override
    public final double derivative(double x, double alpha) {
        if (!alphaAllowed(alpha)) {
            throw new ParameterException(name + ".alpha", String.valueOf(alpha), alphaRange());
        }
        return grad(x, alpha);
    }

    /** @return whether α is in range; by default α &gt; 0 and finite */
    boolean alphaAllowed(double alpha) {
        return alpha > 0.0 && alpha < Double.POSITIVE_INFINITY;
    }

    /** @return the allowed range of α in words */
    String alphaRange() {
        return "must be > 0 and finite";
    }

    /**
     * @param x     distance to threshold
     * @param alpha the setting, already checked
     * @return the surrogate derivative
     */
    abstract double grad(double x, double alpha);
}
