package org.brainj.trainers.internal;

import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code SquarewaveFourierSeries(n=2, t_period=8)}: the derivative of the truncated Fourier series of a
 * square wave of period T, g(x) = ½ + (2/π) Σ_{i=1}^{n−1} sin((2i−1)ωx)/(2i−1), ω = 2π/T,
 * <pre>  g'(x) = (4/T) Σ_{i=1}^{n−1} cos((2i−1)ωx)</pre>
 * (n − 1 harmonics, as BrainPy's code sums them). The SPI's α is the order n, a whole number ≥ 2; the period T is
 * fixed per instance (8 by default).
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class SquarewaveFourierSeriesSurrogate extends SurrogateBase {

    private final double period;

    /** Creates the surrogate with BrainPy's defaults n = 2, T = 8. */
    public SquarewaveFourierSeriesSurrogate() {
        this(8.0);
    }

    /**
     * @param period the square wave's period T, &gt; 0
     * @throws ParameterException when T is not positive and finite
     */
    public SquarewaveFourierSeriesSurrogate(double period) {
        super("squarewave_fourier_series", 2.0);
        if (!(period > 0.0) || Double.isInfinite(period)) {
            throw new ParameterException("squarewave_fourier_series.t_period", String.valueOf(period),
                    "must be > 0 and finite");
        }
        this.period = period;
    }

    @Override
    boolean alphaAllowed(double n) {
        return n >= 2.0 && n <= 10_000 && n == Math.rint(n);
    }

    @Override
    String alphaRange() {
        return "is the order n: a whole number in [2, 10000]";
    }

    @Override
    double grad(double x, double n) {
        double w = 2.0 * Math.PI / period;
        double sum = 0.0;
        int terms = (int) n - 1;
        for (int i = 1; i <= terms; i++) {
            sum += Math.cos((2 * i - 1) * w * x);
        }
        return 4.0 / period * sum;
    }
}
