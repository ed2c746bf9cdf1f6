package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code surrogate.Sigmoid} (default α = 4): the spike's backward pass uses the derivative of the smooth
 * step σ(αx) = 1/(1 + e^{−αx}),
 * <pre>  dS/dx = α σ(αx) (1 − σ(αx))</pre>
 * a bell of height α/4 at the threshold and width ~1/α.
 *
 * <p>Computed as α e^{−|αx|} / (1 + e^{−|αx|})², which is the same value (the bell is even) and never overflows.
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=" + SigmoidSurrogate.RANKING)
public final class SigmoidSurrogate implements Surrogate {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    /** BrainPy's default sharpness. */
    public static final double DEFAULT_ALPHA = 4.0;

    /** Creates the surrogate; it holds no state. */
    public SigmoidSurrogate() {
    }

    @Override
    public String name() {
        return "sigmoid";
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
     * @return α σ(αx)(1 − σ(αx))
     */
    @Override
    public double derivative(double x, double alpha) {
        if (!(alpha > 0.0)) {
            throw new IllegalArgumentException("sigmoid surrogate: alpha = " + alpha + " is out of range: must be > 0");
        }
        double e = Math.exp(-Math.abs(alpha * x));
        double d = 1.0 + e;
        return alpha * e / (d * d);
    }
}
