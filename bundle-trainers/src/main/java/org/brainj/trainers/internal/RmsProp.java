package org.brainj.trainers.internal;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.UpdateRule;
import org.osgi.service.component.annotations.Component;

/**
 * RMSProp (Tieleman &amp; Hinton 2012), BrainPy's {@code RMSProp(epsilon=1e-6, rho=0.9)}: Adagrad with a leaky
 * average of squared gradients,
 * <pre>  g ← ∇ + λθ,   s ← ρ s + (1 − ρ) g²,   θ ← θ − η g / √(s + ε)</pre>
 * with s starting at 0.
 */
@Component(service = Optimizer.class, property = Provider.RANKING + "=0")
public final class RmsProp extends OptimizerBase {

    static final ParameterSpec RHO = new ParameterSpec("rho", "1", 0.9, 0.0, 1.0, false,
            "decay of the squared-gradient average, in [0, 1)");

    /** Creates the optimizer; it holds no state. */
    public RmsProp() {
        super("rmsprop", List.of(RHO, Adagrad.EPSILON, Sgd.WEIGHT_DECAY));
    }

    @Override
    UpdateRule rule(int size, Parameters values) {
        double rho = UpdateArguments.belowOne(name(), RHO, values.get(RHO));
        double eps = values.get(Adagrad.EPSILON);
        double wd = values.get(Sgd.WEIGHT_DECAY);
        double[] avg = new double[size];
        String n = name();
        return (params, gradients, lr, step) -> {
            UpdateArguments.check(n, size, params, gradients, lr, step);
            for (int k = 0; k < size; k++) {
                double g = gradients[k] + wd * params[k];
                double s = rho * avg[k] + (1.0 - rho) * g * g;
                avg[k] = s;
                params[k] -= lr * g / Math.sqrt(s + eps);
            }
        };
    }
}
