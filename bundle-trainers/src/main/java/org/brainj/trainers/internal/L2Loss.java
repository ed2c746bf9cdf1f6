package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's (optax's) {@code l2_loss}: half the squared residual, ½(p − y)², summed over each row's columns and
 * averaged over rows,
 * <pre>  L = (1/rows) Σ_r Σ_c ½ (p_rc − y_rc)²</pre>
 * with ∂L/∂p = (p − y)/rows. The ½ makes the gradient the plain residual (optax's convention).
 */
@Component(service = Loss.class, property = Provider.RANKING + "=0")
public final class L2Loss extends SettingFreeLoss {

    /** Creates the loss; it holds no state. */
    public L2Loss() {
    }

    @Override
    public String name() {
        return "l2";
    }

    @Override
    public String description() {
        return "half squared residual, summed per row, mean over rows";
    }

    @Override
    public double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        LossShapes.check(name(), predicted, target, rows, cols, gradient);
        int n = rows * cols;
        double inv = 1.0 / rows;
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            double d = predicted[k] - target[k];
            sum += 0.5 * d * d;
            if (gradient != null) {
                gradient[k] = d * inv;
            }
        }
        return sum * inv;
    }
}
