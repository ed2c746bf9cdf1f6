package org.brainj.trainers.internal;

import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code mean_squared_log_error}: L = 1/(rows·cols) Σ (log(1 + p) − log(1 + y))², with
 * ∂L/∂p = 2(log(1 + p) − log(1 + y)) / ((1 + p) rows·cols). Defined for p, y &gt; −1.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=0")
public final class MeanSquaredLogError extends SettingFreeLoss {

    /** Creates the loss; it holds no state. */
    public MeanSquaredLogError() {
    }

    @Override
    public String name() {
        return "mean_squared_log_error";
    }

    @Override
    public String description() {
        return "mean of (log1p(p) - log1p(y))^2; p, y > -1";
    }

    @Override
    public double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        LossShapes.check(name(), predicted, target, rows, cols, gradient);
        int n = rows * cols;
        double inv = 1.0 / n;
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            double p = predicted[k];
            if (!(p > -1.0) || !(target[k] > -1.0)) {
                throw new ParameterException(name() + (p > -1.0 ? ".target[" : ".predicted[") + k + "]",
                        String.valueOf(p > -1.0 ? target[k] : p), "must be > -1 (log(1 + x) is taken)");
            }
            double d = Math.log1p(p) - Math.log1p(target[k]);
            sum += d * d;
            if (gradient != null) {
                gradient[k] = 2.0 * d / (1.0 + p) * inv;
            }
        }
        return sum * inv;
    }
}
