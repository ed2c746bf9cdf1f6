package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code PiecewiseQuadratic} (Esser et al. 2016; Bellec et al. 2018): the derivative of the smooth step
 * g(x) = 0 (x &lt; −1/α), −½α²|x|x + αx + ½ (|x| ≤ 1/α), 1 (x &gt; 1/α), which is the triangle
 * <pre>  g'(x) = α − α²|x|  for |x| ≤ 1/α,  else 0</pre>
 * as BrainPy documents it. (BrainPy's code computes α − α²x², which is not the derivative of its own g for α ≠ 1
 * and jumps at |x| = 1/α; the documented, continuous triangle is used here.)
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class PiecewiseQuadraticSurrogate extends SurrogateBase {

    /** Creates the surrogate with BrainPy's default α = 1. */
    public PiecewiseQuadraticSurrogate() {
        super("piecewise_quadratic", 1.0);
    }

    @Override
    double grad(double x, double alpha) {
        double a = Math.abs(x);
        return a > 1.0 / alpha ? 0.0 : alpha - alpha * alpha * a;
    }
}
