package org.brainj.trainers.internal.readout;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Trainer;
import org.brainj.trainers.internal.linear.Design;
import org.brainj.trainers.internal.linear.LeastSquares;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code RidgeTrainer} / {@code RidgeRegression(alpha=1e-7)}: the readout minimising
 * ‖[X 1]Wᵀ − Y‖² + α‖W_features‖² (bias unpenalised), by {@link LeastSquares}.
 */
@Component(service = Trainer.class, property = Provider.RANKING + "=0")
public final class RidgeTrainer extends OfflineReadoutTrainer {

    static final ParameterSpec ALPHA = ParameterSpec.nonNegative("alpha", "1", 1e-7, "ridge penalty on the weights");

    /** Creates the trainer; it holds no state. */
    public RidgeTrainer() {
        super("ridge", "offline ridge regression of the readout (alpha 1e-7)", List.of(ALPHA));
    }

    @Override
    double[] solve(Design data, Parameters hyper) {
        return LeastSquares.fit(data, hyper.get(ALPHA));
    }
}
