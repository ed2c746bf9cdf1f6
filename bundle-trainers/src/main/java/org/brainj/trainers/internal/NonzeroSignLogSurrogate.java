package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code NonzeroSignLog}: the derivative of g(x) = sign(x) log(|αx| + 1) (sign(0) = 1),
 * <pre>  g'(x) = 1 / (1/α + |x|)</pre>
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class NonzeroSignLogSurrogate extends SurrogateBase {

    /** Creates the surrogate with BrainPy's default α = 1.0. */
    public NonzeroSignLogSurrogate() {
        super("nonzero_sign_log", 1.0);
    }

    @Override
    double grad(double x, double alpha) {
        return alpha / (1.0 + alpha * Math.abs(x));
    }
}
