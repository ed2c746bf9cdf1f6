package org.brainj.trainers.internal;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.UpdateRule;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code Momentum(momentum=0.9)} (Polyak's heavy ball): {@link Sgd}'s rule with μ = 0.9 by default,
 * v ← μv + g, θ ← θ − ηv.
 */
@Component(service = Optimizer.class, property = Provider.RANKING + "=0")
public final class Momentum extends OptimizerBase {

    static final ParameterSpec MOMENTUM = new ParameterSpec("momentum", "1", 0.9, 0.0, 1.0, false,
            "momentum factor mu, in [0, 1)");

    /** Creates the optimizer; it holds no state. */
    public Momentum() {
        super("momentum", List.of(MOMENTUM, Sgd.WEIGHT_DECAY));
    }

    @Override
    UpdateRule rule(int size, Parameters values) {
        return new Sgd.Rule(size, UpdateArguments.belowOne(name(), MOMENTUM, values.get(MOMENTUM)), false,
                values.get(Sgd.WEIGHT_DECAY));
    }
}
