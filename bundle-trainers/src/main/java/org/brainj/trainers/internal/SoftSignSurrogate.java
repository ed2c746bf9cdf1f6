package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code SoftSign}: the derivative of g(x) = ½(αx/(1 + |αx|) + 1),
 * <pre>  g'(x) = α / (2 (1 + |αx|)²)</pre>
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class SoftSignSurrogate extends SurrogateBase {

    /** Creates the surrogate with BrainPy's default α = 1.0. */
    public SoftSignSurrogate() {
        super("soft_sign", 1.0);
    }

    @Override
    double grad(double x, double alpha) {
        double d = 1.0 + Math.abs(alpha * x);
        return 0.5 * alpha / (d * d);
    }
}
