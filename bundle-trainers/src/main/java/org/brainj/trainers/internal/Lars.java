package org.brainj.trainers.internal;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.UpdateRule;
import org.osgi.service.component.annotations.Component;

/**
 * LARS, layer-wise adaptive rate scaling (You, Gitman &amp; Ginsburg 2017, Algorithm 1), BrainPy's
 * {@code LARS(momentum=0.9, weight_decay=1e-4, tc=1e-3, eps=1e-5)}. Each parameter array (a "layer") gets its own
 * learning rate from the ratio of its weight norm to its gradient norm:
 * <pre>
 *   trust = tc ‖θ‖ / (‖∇‖ + λ‖θ‖ + ε)      (1 when ‖θ‖ or ‖∇‖ is 0, as BrainPy does)
 *   v ← μ v + η·trust·(∇ + λθ)
 *   θ ← θ − v
 * </pre>
 */
@Component(service = Optimizer.class, property = Provider.RANKING + "=0")
public final class Lars extends OptimizerBase {

    static final ParameterSpec WEIGHT_DECAY = ParameterSpec.nonNegative("weight_decay", "1", 1e-4,
            "L2 penalty lambda, added to the gradient and to the trust ratio's denominator");
    static final ParameterSpec TRUST = ParameterSpec.positive("tc", "1", 1e-3, "trust coefficient eta of LARS");
    static final ParameterSpec EPS = ParameterSpec.positive("eps", "1", 1e-5,
            "added to the trust ratio's denominator");

    /** Creates the optimizer; it holds no state. */
    public Lars() {
        super("lars", List.of(Momentum.MOMENTUM, WEIGHT_DECAY, TRUST, EPS));
    }

    @Override
    UpdateRule rule(int size, Parameters values) {
        double mu = UpdateArguments.belowOne(name(), Momentum.MOMENTUM, values.get(Momentum.MOMENTUM));
        double wd = values.get(WEIGHT_DECAY);
        double tc = values.get(TRUST);
        double eps = values.get(EPS);
        double[] velocity = new double[size];
        String n = name();
        return (params, gradients, lr, step) -> {
            UpdateArguments.check(n, size, params, gradients, lr, step);
            double p2 = 0.0;
            double g2 = 0.0;
            for (int k = 0; k < size; k++) {
                p2 += params[k] * params[k];
                g2 += gradients[k] * gradients[k];
            }
            double pn = Math.sqrt(p2);
            double gn = Math.sqrt(g2);
            double trust = pn == 0.0 || gn == 0.0 ? 1.0 : tc * pn / (gn + wd * pn + eps);
            double local = lr * trust;
            for (int k = 0; k < size; k++) {
                double v = mu * velocity[k] + local * (gradients[k] + wd * params[k]);
                velocity[k] = v;
                params[k] -= v;
            }
        };
    }
}
