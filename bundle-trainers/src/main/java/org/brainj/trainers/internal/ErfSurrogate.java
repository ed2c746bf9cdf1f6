package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code ERF} (Esser et al. 2015): the derivative of g(x) = ½ erfc(−αx),
 * <pre>  g'(x) = (α/√π) e^{−α²x²}</pre>
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class ErfSurrogate extends SurrogateBase {

    /** Creates the surrogate with BrainPy's default α = 1.0. */
    public ErfSurrogate() {
        super("erf", 1.0);
    }

    @Override
    double grad(double x, double alpha) {
        double ax = alpha * x;
        return alpha / Math.sqrt(Math.PI) * Math.exp(-ax * ax);
    }
}
