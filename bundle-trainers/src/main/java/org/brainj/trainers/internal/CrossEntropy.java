package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code cross_entropy_loss} on logits: each row of {@code predicted} holds unnormalised log-probabilities
 * z, turned into probabilities by a softmax over the columns; each row of {@code target} holds a one-hot label or a
 * probability vector y. Per row
 * <pre>  ℓ = −Σ_c y_c log softmax(z)_c = (Σ_c y_c)·LSE(z) − Σ_c y_c z_c,   LSE(z) = log Σ_c e^{z_c}</pre>
 * and L is the mean of ℓ over rows, with {@code ∂L/∂z_c = ((Σ y)·softmax(z)_c − y_c)/rows}.
 *
 * <p>LSE is computed as {@code max(z) + log Σ e^{z_c − max(z)}}, so large logits neither overflow nor lose the
 * softmax to underflow; the sum is taken as {@code log1p} of the non-leading terms and each {@code LSE − z_c} is
 * formed from the shifted logits, so a confident correct prediction keeps its small loss to full relative
 * precision instead of rounding it to 0.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=" + CrossEntropy.RANKING)
public final class CrossEntropy extends SettingFreeLoss {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    /** Creates the loss; it holds no state. */
    public CrossEntropy() {
    }

    @Override
    public String name() {
        return "cross_entropy";
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        LossShapes.check(name(), predicted, target, rows, cols, gradient);
        double invRows = 1.0 / rows;
        double total = 0.0;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            int lead = base;
            for (int c = 1; c < cols; c++) {
                if (predicted[base + c] > predicted[lead]) {
                    lead = base + c;
                }
            }
            double max = predicted[lead];
            // log Σ e^{z_c - max} = log1p(Σ over the other classes): keeps the leading class's tiny loss digits.
            double rest = 0.0;
            for (int c = 0; c < cols; c++) {
                if (base + c != lead) {
                    rest += Math.exp(predicted[base + c] - max);
                }
            }
            double logSum = Math.log1p(rest);
            double mass = 0.0;
            for (int c = 0; c < cols; c++) {
                double y = target[base + c];
                mass += y;
                // -log softmax(z)_c = logSum - (z_c - max): exact for the leading class, no LSE - z cancellation.
                // Skipping y = 0 keeps -inf logits of impossible classes from turning 0 * inf into NaN.
                if (y != 0.0) {
                    total += y * (logSum - (predicted[base + c] - max));
                }
            }
            if (gradient != null) {
                for (int c = 0; c < cols; c++) {
                    double softmax = Math.exp(predicted[base + c] - max - logSum);
                    gradient[base + c] = (mass * softmax - target[base + c]) * invRows;
                }
            }
        }
        return total * invRows;
    }
}
