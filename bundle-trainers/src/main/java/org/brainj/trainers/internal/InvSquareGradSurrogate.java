package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code InvSquareGrad} (the default surrogate of its spiking neurons, α = 100): the derivative of
 * g(x) = sign(x)(1 − 1/(α|x| + 1))/α, <pre>  g'(x) = 1 / (α|x| + 1)²</pre>
 * of height 1 at the threshold and area 2/α (not normalised, as in BrainPy).
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class InvSquareGradSurrogate extends SurrogateBase {

    /** Creates the surrogate with BrainPy's default α = 100.0. */
    public InvSquareGradSurrogate() {
        super("inv_square_grad", 100.0);
    }

    @Override
    double grad(double x, double alpha) {
        double d = alpha * Math.abs(x) + 1.0;
        return 1.0 / (d * d);
    }
}
