package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code cross_entropy_sparse}: softmax cross-entropy on logits with integer class labels instead of
 * one-hot rows. {@code target} holds one label per row (length = rows, whole numbers in [0, cols)); per row
 * <pre>  ℓ = LSE(z) − z_label,   LSE(z) = log Σ_c e^{z_c}</pre>
 * L is the mean over rows, with {@code ∂L/∂z_c = (softmax(z)_c − [c = label])/rows}. Identical to
 * {@link CrossEntropy} with a one-hot target, computed without building it.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=0")
public final class SparseCrossEntropy extends SettingFreeLoss {

    /** Creates the loss; it holds no state. */
    public SparseCrossEntropy() {
    }

    @Override
    public String name() {
        return "cross_entropy_sparse";
    }

    @Override
    public String description() {
        return "softmax cross-entropy with one integer label per row (target length = rows)";
    }

    @Override
    public double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        return Labels.sparseSoftmaxCrossEntropy(name(), predicted, target, rows, cols, gradient);
    }
}
