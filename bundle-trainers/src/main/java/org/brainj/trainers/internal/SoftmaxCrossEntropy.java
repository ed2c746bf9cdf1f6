package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's (optax's) {@code softmax_cross_entropy}: −Σ_c y_c log softmax(z)_c per row, averaged over rows — the
 * function of {@link CrossEntropy}, under optax's name.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=0")
public final class SoftmaxCrossEntropy extends SettingFreeLoss {

    private final CrossEntropy same = new CrossEntropy();

    /** Creates the loss; it holds no state. */
    public SoftmaxCrossEntropy() {
    }

    @Override
    public String name() {
        return "softmax_cross_entropy";
    }

    @Override
    public String description() {
        return "softmax cross-entropy against one-hot or probability rows (same as cross_entropy)";
    }

    @Override
    public double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        return same.evaluate(predicted, target, rows, cols, gradient);
    }
}
