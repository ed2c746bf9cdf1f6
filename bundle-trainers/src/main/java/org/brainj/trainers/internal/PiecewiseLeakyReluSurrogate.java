package org.brainj.trainers.internal;

import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code PiecewiseLeakyRelu(c=0.01, w=1)} (Wu et al. 2018): the derivative of the piecewise-linear step
 * cx + cw (x &lt; −w), x/(2w) + ½ (|x| ≤ w), cx − cw + 1 (x &gt; w),
 * <pre>  g'(x) = 1/w  for |x| ≤ w,  else c</pre>
 * The SPI's α is the half-width w; the leak slope c is fixed per instance (0.01 by default).
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class PiecewiseLeakyReluSurrogate extends SurrogateBase {

    private final double c;

    /** Creates the surrogate with BrainPy's defaults w = 1, c = 0.01. */
    public PiecewiseLeakyReluSurrogate() {
        this(0.01);
    }

    /**
     * @param c the gradient outside the window, ≥ 0
     * @throws ParameterException when c is negative or not finite
     */
    public PiecewiseLeakyReluSurrogate(double c) {
        super("piecewise_leaky_relu", 1.0);
        if (!(c >= 0.0) || Double.isInfinite(c)) {
            throw new ParameterException("piecewise_leaky_relu.c", String.valueOf(c), "must be >= 0 and finite");
        }
        this.c = c;
    }

    @Override
    double grad(double x, double w) {
        return Math.abs(x) > w ? c : 1.0 / w;
    }
}
