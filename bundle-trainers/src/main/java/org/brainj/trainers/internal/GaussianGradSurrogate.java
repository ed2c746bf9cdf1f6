package org.brainj.trainers.internal;

import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code GaussianGrad(sigma=0.5, alpha=0.5)} (Yin, Corradi &amp; Bohté 2021): α times the normal density
 * of mean 0 and standard deviation σ,
 * <pre>  g'(x) = α e^{−x²/(2σ²)} / (√(2π) σ)</pre>
 * BrainPy's code writes the exponent as −x²/2·σ² (multiplying by σ² where the density divides by it), which for
 * σ = 0.5 makes the bell 16 times too wide and no longer a density; the published, normalised form is used here, so
 * the area under g' is α.
 *
 * <p>The SPI's α is the scale α; σ is fixed per instance (0.5 by default).
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class GaussianGradSurrogate extends SurrogateBase {

    private final double sigma;

    /** Creates the surrogate with BrainPy's defaults σ = 0.5, α = 0.5. */
    public GaussianGradSurrogate() {
        this(0.5);
    }

    /**
     * @param sigma the bell's standard deviation, &gt; 0
     * @throws ParameterException when σ is not positive and finite
     */
    public GaussianGradSurrogate(double sigma) {
        super("gaussian_grad", 0.5);
        if (!(sigma > 0.0) || Double.isInfinite(sigma)) {
            throw new ParameterException("gaussian_grad.sigma", String.valueOf(sigma), "must be > 0 and finite");
        }
        this.sigma = sigma;
    }

    @Override
    double grad(double x, double alpha) {
        return alpha * normalDensity(x, 0.0, sigma);
    }

    /**
     * @param x     where
     * @param mean  mean
     * @param sigma standard deviation, &gt; 0
     * @return the normal density N(x; mean, σ²)
     */
    static double normalDensity(double x, double mean, double sigma) {
        double z = (x - mean) / sigma;
        return Math.exp(-0.5 * z * z) / (Math.sqrt(2.0 * Math.PI) * sigma);
    }
}
