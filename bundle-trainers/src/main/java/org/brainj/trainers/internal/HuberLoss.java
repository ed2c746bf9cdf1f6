package org.brainj.trainers.internal;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.brainj.api.train.LossFunction;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code huber_loss} (setting {@code delta}, default 1): per element, with d = p − y,
 * <pre>  h(d) = ½ d²                 for |d| ≤ δ
 *  h(d) = δ (|d| − ½ δ)        otherwise</pre>
 * averaged over every element; {@code ∂L/∂p = clamp(d, −δ, δ)/(rows·cols)}. Quadratic near the target, linear
 * (outlier-tolerant) far from it, with a continuous derivative at |d| = δ.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=" + HuberLoss.RANKING)
public final class HuberLoss implements Loss, LossFunction {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    /** Where the loss turns from quadratic to linear; BrainPy's default is 1. */
    static final ParameterSpec DELTA = ParameterSpec.positive("delta", "1", 1.0,
            "distance from the target where the loss turns from quadratic to linear");

    private final double delta;

    /** Creates the loss with BrainPy's default {@code delta = 1}. */
    public HuberLoss() {
        this(DELTA.defaultValue());
    }

    private HuberLoss(double delta) {
        this.delta = delta;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(DELTA);
    }

    @Override
    public LossFunction create(Parameters params) {
        params.requireKnown(name(), parameters());
        return new HuberLoss(params.get(DELTA));
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
            if (a <= delta) {
                sum += 0.5 * d * d;
                g = d;
            } else {
                sum += delta * (a - 0.5 * delta);
                g = d > 0 ? delta : -delta;
            }
            if (gradient != null) {
                gradient[k] = g * inv;
            }
        }
        return sum * inv;
    }
}
