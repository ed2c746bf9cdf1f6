package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code l2_norm} applied to the residual: the Euclidean norm of each row's residual, averaged over rows,
 * <pre>  L = (1/rows) Σ_r ‖p_r − y_r‖₂</pre>
 * with ∂L/∂p_r = (p_r − y_r)/(rows ‖p_r − y_r‖₂), taken as 0 for a row that is exactly on target (the norm's
 * subgradient there).
 */
@Component(service = Loss.class, property = Provider.RANKING + "=0")
public final class L2NormLoss extends SettingFreeLoss {

    /** Creates the loss; it holds no state. */
    public L2NormLoss() {
    }

    @Override
    public String name() {
        return "l2_norm";
    }

    @Override
    public String description() {
        return "Euclidean norm of each row's residual, mean over rows";
    }

    @Override
    public double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        LossShapes.check(name(), predicted, target, rows, cols, gradient);
        double inv = 1.0 / rows;
        double total = 0.0;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double sq = 0.0;
            for (int c = 0; c < cols; c++) {
                double d = predicted[base + c] - target[base + c];
                sq += d * d;
            }
            double norm = Math.sqrt(sq);
            total += norm;
            if (gradient != null) {
                double g = norm == 0.0 ? 0.0 : inv / norm;
                for (int c = 0; c < cols; c++) {
                    gradient[base + c] = g * (predicted[base + c] - target[base + c]);
                }
            }
        }
        return total * inv;
    }
}
