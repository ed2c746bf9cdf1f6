package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code nll_loss} (PyTorch's {@code NLLLoss}, mean reduction): the predictions are already
 * log-probabilities (e.g. a log-softmax output) and the loss picks the target class's, per row
 * <pre>  ℓ = −Σ_c y_c p_c</pre>
 * with y one-hot (or a probability row); L is the mean over rows and ∂L/∂p_c = −y_c/rows.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=0")
public final class NllLoss extends SettingFreeLoss {

    /** Creates the loss; it holds no state. */
    public NllLoss() {
    }

    @Override
    public String name() {
        return "nll";
    }

    @Override
    public String description() {
        return "negative log-likelihood of log-probability rows against one-hot rows";
    }

    @Override
    public double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        LossShapes.check(name(), predicted, target, rows, cols, gradient);
        int n = rows * cols;
        double inv = 1.0 / rows;
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            double y = target[k];
            if (y != 0.0) {
                sum -= y * predicted[k];
            }
            if (gradient != null) {
                gradient[k] = -y * inv;
            }
        }
        return sum * inv;
    }
}
