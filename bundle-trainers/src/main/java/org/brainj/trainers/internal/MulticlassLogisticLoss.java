package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's (and optax's) {@code multiclass_logistic_loss}: the multinomial logistic loss of logits against integer
 * labels, ℓ = LSE(z) − z_label, averaged over rows; the same function as {@link SparseCrossEntropy}, under the name
 * the logistic-regression literature uses. {@code target} holds one label per row.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=0")
public final class MulticlassLogisticLoss extends SettingFreeLoss {

    /** Creates the loss; it holds no state. */
    public MulticlassLogisticLoss() {
    }

    @Override
    public String name() {
        return "multiclass_logistic";
    }

    @Override
    public String description() {
        return "LSE(z) - z_label per row, integer labels (same as cross_entropy_sparse)";
    }

    @Override
    public double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        return Labels.sparseSoftmaxCrossEntropy(name(), predicted, target, rows, cols, gradient);
    }
}
