package org.brainj.trainers.internal;

import java.util.List;

import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.UpdateRule;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code MomentumNesterov(momentum=0.9)} (Nesterov's accelerated gradient in Sutskever et al.'s 2013
 * form): {@link Sgd}'s rule with μ = 0.9 and the look-ahead step, v ← μv + g, θ ← θ − η(g + μv).
 */
@Component(service = Optimizer.class, property = Provider.RANKING + "=0")
public final class MomentumNesterov extends OptimizerBase {

    /** Creates the optimizer; it holds no state. */
    public MomentumNesterov() {
        super("momentum_nesterov", List.of(Momentum.MOMENTUM, Sgd.WEIGHT_DECAY));
    }

    @Override
    UpdateRule rule(int size, Parameters values) {
        return new Sgd.Rule(size, UpdateArguments.belowOne(name(), Momentum.MOMENTUM, values.get(Momentum.MOMENTUM)),
                true, values.get(Sgd.WEIGHT_DECAY));
    }
}
