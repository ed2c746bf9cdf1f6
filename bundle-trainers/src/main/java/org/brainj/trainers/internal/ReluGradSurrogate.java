package org.brainj.trainers.internal;

import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code ReluGrad(alpha=0.3, width=1)} (Neftci, Mostafa &amp; Zenke 2019): a triangle of height αw,
 * <pre>  g'(x) = max(α(w − |x|), 0)</pre>
 * The SPI's α is α; the half-width w is fixed per instance (1 by default).
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class ReluGradSurrogate extends SurrogateBase {

    private final double width;

    /** Creates the surrogate with BrainPy's defaults α = 0.3, w = 1. */
    public ReluGradSurrogate() {
        this(1.0);
    }

    /**
     * @param width the triangle's half-width w, &gt; 0
     * @throws ParameterException when w is not positive and finite
     */
    public ReluGradSurrogate(double width) {
        super("relu_grad", 0.3);
        if (!(width > 0.0) || Double.isInfinite(width)) {
            throw new ParameterException("relu_grad.width", String.valueOf(width), "must be > 0 and finite");
        }
        this.width = width;
    }

    @Override
    double grad(double x, double alpha) {
        return Math.max(alpha * (width - Math.abs(x)), 0.0);
    }
}
