package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.osgi.service.component.annotations.Component;

/** BrainPy's {@code binary_logistic}: element-wise binary cross-entropy on logits, see {@link SigmoidCrossEntropyBase}. */
@Component(service = Loss.class, property = Provider.RANKING + "=0")
public final class BinaryLogisticLoss extends SigmoidCrossEntropyBase {

    /** Creates the loss; it holds no state. */
    public BinaryLogisticLoss() {
    }

    @Override
    public String name() {
        return "binary_logistic";
    }

    @Override
    public String description() {
        return "binary cross-entropy on logits, softplus(z) - y z, mean over elements";
    }
}
