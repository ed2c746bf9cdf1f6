package org.brainj.trainers.internal;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.UpdateRule;
import org.osgi.service.component.annotations.Component;

/**
 * Adadelta (Zeiler 2012, Algorithm 1), BrainPy's {@code Adadelta(lr=1, epsilon=1e-6, rho=0.95)}: the step's units
 * come from the running RMS of past steps, so a learning rate of 1 is the published method,
 * <pre>
 *   g ← ∇ + λθ
 *   E[g²] ← ρ E[g²] + (1 − ρ) g²
 *   Δ = g · √(E[Δ²] + ε) / √(E[g²] + ε)
 *   E[Δ²] ← ρ E[Δ²] + (1 − ρ) Δ²
 *   θ ← θ − η Δ
 * </pre>
 */
@Component(service = Optimizer.class, property = Provider.RANKING + "=0")
public final class Adadelta extends OptimizerBase {

    static final ParameterSpec RHO = new ParameterSpec("rho", "1", 0.95, 0.0, 1.0, false,
            "decay of the squared-gradient and squared-step averages, in [0, 1)");

    /** Creates the optimizer; it holds no state. */
    public Adadelta() {
        super("adadelta", List.of(RHO, Adagrad.EPSILON, Sgd.WEIGHT_DECAY));
    }

    @Override
    UpdateRule rule(int size, Parameters values) {
        double rho = UpdateArguments.belowOne(name(), RHO, values.get(RHO));
        double eps = values.get(Adagrad.EPSILON);
        double wd = values.get(Sgd.WEIGHT_DECAY);
        double[] g2 = new double[size];
        double[] d2 = new double[size];
        String n = name();
        return (params, gradients, lr, step) -> {
            UpdateArguments.check(n, size, params, gradients, lr, step);
            for (int k = 0; k < size; k++) {
                double g = gradients[k] + wd * params[k];
                double eg = rho * g2[k] + (1.0 - rho) * g * g;
                g2[k] = eg;
                double delta = g * Math.sqrt(d2[k] + eps) / Math.sqrt(eg + eps);
                d2[k] = rho * d2[k] + (1.0 - rho) * delta * delta;
                params[k] -= lr * delta;
            }
        };
    }
}
