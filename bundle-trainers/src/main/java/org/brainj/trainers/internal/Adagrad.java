package org.brainj.trainers.internal;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.UpdateRule;
import org.osgi.service.component.annotations.Component;

/**
 * Adagrad (Duchi, Hazan &amp; Singer 2011), BrainPy's {@code Adagrad(epsilon=1e-6)}: each parameter's step shrinks
 * with the root of its summed squared gradients,
 * <pre>  g ← ∇ + λθ,   G ← G + g²,   θ ← θ − η g / √(G + ε)</pre>
 * with G starting at 0 (BrainPy's form: ε inside the root).
 */
@Component(service = Optimizer.class, property = Provider.RANKING + "=0")
public final class Adagrad extends OptimizerBase {

    static final ParameterSpec EPSILON = ParameterSpec.positive("epsilon", "1", 1e-6,
            "added to the accumulated squared gradient inside the root");

    /** Creates the optimizer; it holds no state. */
    public Adagrad() {
        super("adagrad", List.of(EPSILON, Sgd.WEIGHT_DECAY));
    }

    @Override
    UpdateRule rule(int size, Parameters values) {
        double eps = values.get(EPSILON);
        double wd = values.get(Sgd.WEIGHT_DECAY);
        double[] sum = new double[size];
        String n = name();
        return (params, gradients, lr, step) -> {
            UpdateArguments.check(n, size, params, gradients, lr, step);
            for (int k = 0; k < size; k++) {
                double g = gradients[k] + wd * params[k];
                double s = sum[k] + g * g;
                sum[k] = s;
                params[k] -= lr * g / Math.sqrt(s + eps);
            }
        };
    }
}
