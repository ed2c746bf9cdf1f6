package org.brainj.trainers.internal.readout;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Trainer;
import org.brainj.trainers.internal.linear.Design;
import org.brainj.trainers.internal.linear.LogisticRegression;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code LogisticRegression} (Newton / IRLS solver): a readout of logits for targets 0/1, one output at a
 * time, with an L2 penalty α, by {@link LogisticRegression}.
 */
@Component(service = Trainer.class, property = Provider.RANKING + "=0")
public final class LogisticTrainer extends OfflineReadoutTrainer {

    static final ParameterSpec ALPHA = ParameterSpec.nonNegative("alpha", "1", 1e-4, "L2 penalty on the weights");
    static final ParameterSpec MAX_ITER = ParameterSpec.positive("max_iter", "1", 100, "most Newton steps");
    static final ParameterSpec TOL = ParameterSpec.positive("tol", "1", 1e-10, "largest Newton step accepted as converged");

    /** Creates the trainer; it holds no state. */
    public LogisticTrainer() {
        super("logistic", "offline logistic-regression readout (logits), Newton-IRLS", List.of(ALPHA, MAX_ITER, TOL));
    }

    @Override
    double[] solve(Design data, Parameters hyper) {
        return LogisticRegression.fit(data, hyper.get(ALPHA), whole(MAX_ITER, hyper.get(MAX_ITER)), hyper.get(TOL));
    }
}
