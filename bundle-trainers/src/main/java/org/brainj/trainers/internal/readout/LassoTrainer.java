package org.brainj.trainers.internal.readout;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Trainer;
import org.brainj.trainers.internal.linear.CoordinateDescent;
import org.brainj.trainers.internal.linear.Design;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code LassoRegression(alpha=1)}: the readout minimising (1/(2n))‖y − Xw − b‖² + α‖w‖₁ per output, by
 * {@link CoordinateDescent} (exactly sparse, unlike BrainPy's gradient descent).
 */
@Component(service = Trainer.class, property = Provider.RANKING + "=0")
public final class LassoTrainer extends OfflineReadoutTrainer {

    static final ParameterSpec ALPHA = ParameterSpec.nonNegative("alpha", "1", 1.0, "L1 penalty");
    static final ParameterSpec MAX_ITER = ParameterSpec.positive("max_iter", "1", 10000, "most coordinate sweeps");
    static final ParameterSpec TOL = ParameterSpec.positive("tol", "1", 1e-10,
            "stop when a sweep changes no weight by more than tol x the largest weight");

    /** Creates the trainer; it holds no state. */
    public LassoTrainer() {
        super("lasso", "offline lasso readout by coordinate descent (alpha 1)", List.of(ALPHA, MAX_ITER, TOL));
    }

    @Override
    double[] solve(Design data, Parameters hyper) {
        return CoordinateDescent.fit(data, hyper.get(ALPHA), 1.0, whole(MAX_ITER, hyper.get(MAX_ITER)), hyper.get(TOL));
    }
}
