package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code surrogate.Arctan} (default α = 1, per FEATURES §6.1): the spike's backward pass uses the
 * derivative of the smooth step g(x) = ½ + arctan(π α x / 2) / π,
 * <pre>  dS/dx = (α / 2) / (1 + (π α x / 2)²)</pre>
 * a Lorentzian of height α/2 at the threshold whose heavy tails keep a gradient far from it.
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=" + ArctanSurrogate.RANKING)
public final class ArctanSurrogate implements Surrogate {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    /** BrainPy's default sharpness. */
    public static final double DEFAULT_ALPHA = 1.0;

    /** Creates the surrogate; it holds no state. */
    public ArctanSurrogate() {
    }

    @Override
    public String name() {
        return "arctan";
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public double defaultAlpha() {
        return DEFAULT_ALPHA;
    }

    /**
     * @param x     the scaled distance to threshold
     * @param alpha sharpness, &gt; 0
     * @return (α/2) / (1 + (παx/2)²)
     */
    @Override
    public double derivative(double x, double alpha) {
        if (!(alpha > 0.0)) {
            throw new IllegalArgumentException("arctan surrogate: alpha = " + alpha + " is out of range: must be > 0");
        }
        double z = 0.5 * Math.PI * alpha * x;
        return 0.5 * alpha / (1.0 + z * z);
    }
}
