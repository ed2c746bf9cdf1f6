package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code PiecewiseExp} (Neftci, Mostafa &amp; Zenke 2019): the derivative of g(x) = ½e^{αx} (x &lt; 0),
 * 1 − ½e^{−αx} (x ≥ 0), <pre>  g'(x) = (α/2) e^{−α|x|}</pre>
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class PiecewiseExpSurrogate extends SurrogateBase {

    /** Creates the surrogate with BrainPy's default α = 1.0. */
    public PiecewiseExpSurrogate() {
        super("piecewise_exp", 1.0);
    }

    @Override
    double grad(double x, double alpha) {
        return 0.5 * alpha * Math.exp(-alpha * Math.abs(x));
    }
}
