package org.brainj.trainers.internal;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.UpdateRule;
import org.osgi.service.component.annotations.Component;

/**
 * AdamW (Loshchilov &amp; Hutter 2019, Algorithm 2 with schedule multiplier 1), BrainPy's
 * {@code AdamW(beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2)}: Adam on the raw gradient, with the weight
 * decay applied to the parameters directly instead of through the moments,
 * <pre>
 *   m ← β1 m + (1 − β1) ∇,   v ← β2 v + (1 − β2) ∇²
 *   θ ← θ − η (m̂ / (√v̂ + ε) + λ θ)
 * </pre>
 */
@Component(service = Optimizer.class, property = Provider.RANKING + "=0")
public final class AdamW extends OptimizerBase {

    static final ParameterSpec WEIGHT_DECAY = ParameterSpec.nonNegative("weight_decay", "1", 1e-2,
            "decoupled decay lambda: theta shrinks by lr * lambda * theta per step");

    /** Creates the optimizer; it holds no state. */
    public AdamW() {
        super("adamw", List.of(Adam.BETA1, Adam.BETA2, Adam.EPS, WEIGHT_DECAY));
    }

    @Override
    UpdateRule rule(int size, Parameters values) {
        double beta1 = UpdateArguments.belowOne(name(), Adam.BETA1, values.get(Adam.BETA1));
        double beta2 = UpdateArguments.belowOne(name(), Adam.BETA2, values.get(Adam.BETA2));
        double eps = values.get(Adam.EPS);
        double wd = values.get(WEIGHT_DECAY);
        double[] m = new double[size];
        double[] v = new double[size];
        String n = name();
        return (params, gradients, lr, step) -> {
            UpdateArguments.check(n, size, params, gradients, lr, step);
            double c1 = 1.0 / (1.0 - Math.pow(beta1, step));
            double c2 = 1.0 / (1.0 - Math.pow(beta2, step));
            for (int k = 0; k < size; k++) {
                double g = gradients[k];
                double mk = beta1 * m[k] + (1.0 - beta1) * g;
                double vk = beta2 * v[k] + (1.0 - beta2) * g * g;
                m[k] = mk;
                v[k] = vk;
                params[k] -= lr * ((mk * c1) / (Math.sqrt(vk * c2) + eps) + wd * params[k]);
            }
        };
    }
}
