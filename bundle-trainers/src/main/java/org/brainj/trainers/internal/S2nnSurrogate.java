package org.brainj.trainers.internal;

import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code S2NN(alpha=4, beta=1)} (Suetake et al. 2022): a sigmoid bell below threshold and a slowly decaying
 * logarithmic tail above it, the derivative of g(x) = σ(αx) (x &lt; 0), β ln(x + 1) + ½ (x ≥ 0):
 * <pre>  g'(x) = α σ(αx)(1 − σ(αx))  for x &lt; 0,   β / (x + 1)  for x ≥ 0</pre>
 * The SPI's α is α; β is fixed per instance (1 by default). (BrainPy's ε only guards its forward logarithm, which
 * the backward pass never evaluates.)
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class S2nnSurrogate extends SurrogateBase {

    private final double beta;

    /** Creates the surrogate with BrainPy's defaults α = 4, β = 1. */
    public S2nnSurrogate() {
        this(1.0);
    }

    /**
     * @param beta the tail's scale, &gt; 0
     * @throws ParameterException when β is not positive and finite
     */
    public S2nnSurrogate(double beta) {
        super("s2nn", 4.0);
        if (!(beta > 0.0) || Double.isInfinite(beta)) {
            throw new ParameterException("s2nn.beta", String.valueOf(beta), "must be > 0 and finite");
        }
        this.beta = beta;
    }

    @Override
    double grad(double x, double alpha) {
        if (x >= 0.0) {
            return beta / (x + 1.0);
        }
        double e = Math.exp(alpha * x); // x < 0: e ≤ 1, no overflow
        double d = 1.0 + e;
        return alpha * e / (d * d);
    }
}
