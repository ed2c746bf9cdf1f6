package org.brainj.trainers.internal;

import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code MultiGaussianGrad(h=0.15, s=6, sigma=0.5, scale=0.5)} (Yin, Corradi &amp; Bohté 2021): a central
 * bell with two wide negative side lobes,
 * <pre>  g'(x) = scale · [(1 + h) N(x; 0, σ²) − h N(x; σ, (sσ)²) − h N(x; −σ, (sσ)²)]</pre>
 * The SPI's α is the width σ; h, s and the scale are fixed per instance (BrainPy's defaults unless given).
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class MultiGaussianGradSurrogate extends SurrogateBase {

    private final double h;
    private final double s;
    private final double scale;

    /** Creates the surrogate with BrainPy's defaults σ = 0.5, h = 0.15, s = 6, scale = 0.5. */
    public MultiGaussianGradSurrogate() {
        this(0.15, 6.0, 0.5);
    }

    /**
     * @param h     the side lobes' weight, ≥ 0
     * @param s     the side lobes' width relative to σ, &gt; 0
     * @param scale the overall scale, &gt; 0
     * @throws ParameterException naming the setting out of range
     */
    public MultiGaussianGradSurrogate(double h, double s, double scale) {
        super("multi_gaussian_grad", 0.5);
        if (!(h >= 0.0) || Double.isInfinite(h)) {
            throw new ParameterException("multi_gaussian_grad.h", String.valueOf(h), "must be >= 0 and finite");
        }
        if (!(s > 0.0) || Double.isInfinite(s)) {
            throw new ParameterException("multi_gaussian_grad.s", String.valueOf(s), "must be > 0 and finite");
        }
        if (!(scale > 0.0) || Double.isInfinite(scale)) {
            throw new ParameterException("multi_gaussian_grad.scale", String.valueOf(scale), "must be > 0 and finite");
        }
        this.h = h;
        this.s = s;
        this.scale = scale;
    }

    @Override
    double grad(double x, double sigma) {
        double wide = s * sigma;
        return scale * ((1.0 + h) * GaussianGradSurrogate.normalDensity(x, 0.0, sigma)
                - h * GaussianGradSurrogate.normalDensity(x, sigma, wide)
                - h * GaussianGradSurrogate.normalDensity(x, -sigma, wide));
    }
}
