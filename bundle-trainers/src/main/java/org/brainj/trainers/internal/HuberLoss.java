package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code huber_loss} with {@code delta = 1}: per element, with d = p − y,
 * <pre>  h(d) = ½ d²                 for |d| ≤ δ
 *  h(d) = δ (|d| − ½ δ)        otherwise</pre>
 * averaged over every element; {@code ∂L/∂p = clamp(d, −δ, δ)/(rows·cols)}. Quadratic near the target, linear
 * (outlier-tolerant) far from it, with a continuous derivative at |d| = δ.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=" + HuberLoss.RANKING)
public final class HuberLoss implements Loss {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    /** Where the loss turns from quadratic to linear, BrainPy's default. */
    public static final double DELTA = 1.0;

    /** Creates the loss; it holds no state. */
    public HuberLoss() {
    }

    @Override
    public String name() {
        return "huber";
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        LossShapes.check(name(), predicted, target, rows, cols, gradient);
        int n = rows * cols;
        double inv = 1.0 / n;
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            double d = predicted[k] - target[k];
            double a = Math.abs(d);
            double g;
            if (a <= DELTA) {
                sum += 0.5 * d * d;
                g = d;
            } else {
                sum += DELTA * (a - 0.5 * DELTA);
                g = d > 0 ? DELTA : -DELTA;
            }
            if (gradient != null) {
                gradient[k] = g * inv;
            }
        }
        return sum * inv;
    }
}
