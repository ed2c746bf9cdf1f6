package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code l1_loss} / {@code L1Loss}: the L1 norm of each row's residual, averaged over rows,
 * <pre>  L = (1/rows) Σ_r Σ_c |p_rc − y_rc|</pre>
 * (BrainPy's {@code reduction='mean'}); ∂L/∂p = sign(p − y)/rows, taken as 0 where p = y. It differs from
 * {@link MeanAbsoluteError} only by the factor cols: MAE averages over columns too.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=0")
public final class L1Loss extends SettingFreeLoss {

    /** Creates the loss; it holds no state. */
    public L1Loss() {
    }

    @Override
    public String name() {
        return "l1";
    }

    @Override
    public String description() {
        return "L1 norm of each row's residual, mean over rows";
    }

    @Override
    public double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        LossShapes.check(name(), predicted, target, rows, cols, gradient);
        int n = rows * cols;
        double inv = 1.0 / rows;
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
