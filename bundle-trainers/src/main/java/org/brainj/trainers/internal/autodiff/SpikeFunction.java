package org.brainj.trainers.internal.autodiff;

import java.util.Objects;

import org.brainj.api.train.Surrogate;

/**
 * The spike nonlinearity of a {@link Tape}: a forward value and the derivative the backward pass uses. Training uses
 * {@link #heaviside(Surrogate, double)} (exact step forward, surrogate derivative backward); gradient checks use
 * {@link #sigmoid(double)}, whose backward is the true derivative of its forward, so finite differences apply.
 */
public abstract class SpikeFunction {

    SpikeFunction() {
    }

    /**
     * @param x distance to threshold (scaled)
     * @return the forward value
     */
    public abstract double forward(double x);

    /**
     * @param x distance to threshold (scaled)
     * @return the derivative used by the backward pass
     */
    public abstract double backward(double x);

    /**
     * @param surrogate the backward derivative
     * @param alpha     its sharpness, &gt; 0
     * @return H(x) = [x ≥ 0] forward, {@code surrogate.derivative(x, alpha)} backward
     */
    public static SpikeFunction heaviside(Surrogate surrogate, double alpha) {
        Objects.requireNonNull(surrogate, "surrogate");
        if (!(alpha > 0.0) || Double.isInfinite(alpha)) {
            throw new org.brainj.api.core.ParameterException("alpha", String.valueOf(alpha),
                    "must be > 0 and finite (surrogate '" + surrogate.name() + "')");
        }
        return new SpikeFunction() {
            @Override
            public double forward(double x) {
                return x >= 0.0 ? 1.0 : 0.0;
            }

            @Override
            public double backward(double x) {
                return surrogate.derivative(x, alpha);
            }

            @Override
            public String toString() {
                return "heaviside/" + surrogate.name() + "(alpha=" + alpha + ")";
            }
        };
    }

    /**
     * @param alpha sharpness, &gt; 0
     * @return σ(αx) forward and its exact derivative α σ (1 − σ) backward
     */
    public static SpikeFunction sigmoid(double alpha) {
        if (!(alpha > 0.0) || Double.isInfinite(alpha)) {
            throw new org.brainj.api.core.ParameterException("alpha", String.valueOf(alpha), "must be > 0 and finite");
        }
        return new SpikeFunction() {
            @Override
            public double forward(double x) {
                return 1.0 / (1.0 + Math.exp(-alpha * x));
            }

            @Override
            public double backward(double x) {
                double s = 1.0 / (1.0 + Math.exp(-alpha * x));
                return alpha * s * (1.0 - s);
            }

            @Override
            public String toString() {
                return "sigmoid(alpha=" + alpha + ")";
            }
        };
    }
}
