package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code mean_absolute_error} / {@code MAELoss}: {@code L = 1/(rows·cols) Σ |p − y|}, with the
 * subgradient {@code ∂L/∂p = sign(p − y)/(rows·cols)}, taken as 0 where p = y.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=" + MeanAbsoluteError.RANKING)
public final class MeanAbsoluteError extends SettingFreeLoss {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    /** Creates the loss; it holds no state. */
    public MeanAbsoluteError() {
    }

    @Override
    public String name() {
        return "mae";
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
            sum += Math.abs(d);
            if (gradient != null) {
                gradient[k] = Math.signum(d) * inv;
            }
        }
        return sum * inv;
    }
}
