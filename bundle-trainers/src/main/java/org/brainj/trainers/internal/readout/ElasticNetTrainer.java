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
 * BrainPy's {@code ElasticNetRegression(alpha=1, l1_ratio=0.5)}: the readout minimising
 * (1/(2n))‖y − Xw − b‖² + αρ‖w‖₁ + (α(1 − ρ)/2)‖w‖² per output, by {@link CoordinateDescent}.
 */
@Component(service = Trainer.class, property = Provider.RANKING + "=0")
public final class ElasticNetTrainer extends OfflineReadoutTrainer {

    static final ParameterSpec L1_RATIO = new ParameterSpec("l1_ratio", "1", 0.5, 0.0, 1.0, false,
            "share of the L1 penalty, in [0, 1]");

    /** Creates the trainer; it holds no state. */
    public ElasticNetTrainer() {
        super("elastic_net", "offline elastic-net readout by coordinate descent (alpha 1, l1_ratio 0.5)", List.of(LassoTrainer.ALPHA, L1_RATIO, LassoTrainer.MAX_ITER, LassoTrainer.TOL));
    }

    @Override
    double[] solve(Design data, Parameters hyper) {
        return CoordinateDescent.fit(data, hyper.get(LassoTrainer.ALPHA), hyper.get(L1_RATIO),
                whole(LassoTrainer.MAX_ITER, hyper.get(LassoTrainer.MAX_ITER)), hyper.get(LassoTrainer.TOL));
    }
}
