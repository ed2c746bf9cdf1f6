package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/** BrainPy's {@code sigmoid_binary_cross_entropy}: element-wise binary cross-entropy on logits, see {@link SigmoidCrossEntropyBase}. */
@Component(service = Loss.class, property = Provider.RANKING + "=0")
public final class SigmoidBinaryCrossEntropy extends SigmoidCrossEntropyBase {

    /** Creates the loss; it holds no state. */
    public SigmoidBinaryCrossEntropy() {
    }

    @Override
    public String name() {
        return "sigmoid_binary_cross_entropy";
    }

    @Override
    public String description() {
        return "binary cross-entropy on logits, softplus(z) - y z, mean over elements";
    }
}
