package org.brainj.trainers.internal;

import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code LeakyRelu(alpha=0.1, beta=1)}: the derivative of g(x) = αx (x &lt; 0), βx (x ≥ 0),
 * <pre>  g'(x) = α  for x &lt; 0,   β  for x ≥ 0</pre>
 * The SPI's α is the slope below threshold (≥ 0); β is fixed per instance (1 by default).
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class LeakyReluSurrogate extends SurrogateBase {

    private final double beta;

    /** Creates the surrogate with BrainPy's defaults α = 0.1, β = 1. */
    public LeakyReluSurrogate() {
        this(1.0);
    }

    /**
     * @param beta the slope above threshold, ≥ 0
     * @throws ParameterException when β is negative or not finite
     */
    public LeakyReluSurrogate(double beta) {
        super("leaky_relu", 0.1);
        if (!(beta >= 0.0) || Double.isInfinite(beta)) {
            throw new ParameterException("leaky_relu.beta", String.valueOf(beta), "must be >= 0 and finite");
        }
        this.beta = beta;
    }

    @Override
    boolean alphaAllowed(double alpha) {
        return alpha >= 0.0 && alpha < Double.POSITIVE_INFINITY;
    }

    @Override
    String alphaRange() {
        return "must be >= 0 and finite";
    }

    @Override
    double grad(double x, double alpha) {
        return x < 0.0 ? alpha : beta;
    }
}
