package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's (optax's) {@code log_cosh_loss}: L = 1/(rows·cols) Σ log cosh(p − y), quadratic near the target and
 * linear far from it like Huber but smooth everywhere; ∂L/∂p = tanh(p − y)/(rows·cols). Computed as
 * |d| + log1p(e^{−2|d|}) − log 2, which does not overflow for large residuals.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=0")
public final class LogCoshLoss extends SettingFreeLoss {

    private static final double LOG2 = Math.log(2.0);

    /** Creates the loss; it holds no state. */
    public LogCoshLoss() {
    }

    @Override
    public String name() {
        return "log_cosh";
    }

    @Override
    public String description() {
        return "mean of log(cosh(p - y))";
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
            sum += a + Math.log1p(Math.exp(-2.0 * a)) - LOG2;
            if (gradient != null) {
                gradient[k] = Math.tanh(d) * inv;
            }
        }
        return sum * inv;
    }
}
