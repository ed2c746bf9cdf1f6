package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code mean_squared_error} / {@code MSELoss}: {@code L = 1/(rows·cols) Σ (p − y)²}, the mean over
 * every element (equivalently the mean over rows of each row's mean), with {@code ∂L/∂p = 2(p − y)/(rows·cols)}.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=" + MeanSquaredError.RANKING)
public final class MeanSquaredError extends SettingFreeLoss {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    /** Creates the loss; it holds no state. */
    public MeanSquaredError() {
    }

    @Override
    public String name() {
        return "mse";
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
            sum += d * d;
        }
        if (gradient != null) {
            double g = 2.0 * inv;
            for (int k = 0; k < n; k++) {
                gradient[k] = g * (predicted[k] - target[k]);
            }
        }
        return sum * inv;
    }
}
