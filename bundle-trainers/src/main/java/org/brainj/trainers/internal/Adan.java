package org.brainj.trainers.internal;

import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.UpdateRule;
import org.osgi.service.component.annotations.Component;

/**
 * Adan, adaptive Nesterov momentum (Xie et al. 2022, Algorithm 1 with the bias corrections of the authors' code),
 * BrainPy's {@code Adan(lr=1e-3, betas=(0.02, 0.08, 0.01), eps=1e-8, weight_decay=0.02, no_prox=False)}. The
 * betas follow the paper's convention (weight of the new value, not of the old average). With d = ∇_t − ∇_{t−1}
 * (0 at the first step):
 * <pre>
 *   m ← (1 − β1) m + β1 ∇
 *   v ← (1 − β2) v + β2 d
 *   n ← (1 − β3) n + β3 (∇ + (1 − β2) d)²
 *   u = (m / (1 − (1−β1)^t) + (1 − β2) v / (1 − (1−β2)^t)) / (√(n / (1 − (1−β3)^t)) + ε)
 *   θ ← (θ − η u) / (1 + η λ)            (proximal weight decay; no_prox = 1: θ ← θ(1 − ηλ) − η u)
 * </pre>
 */
@Component(service = Optimizer.class, property = Provider.RANKING + "=0")
public final class Adan extends OptimizerBase {

    static final ParameterSpec BETA1 = new ParameterSpec("beta1", "1", 0.02, 0.0, 1.0, true,
            "weight of the new gradient in the first moment, in (0, 1]");
    static final ParameterSpec BETA2 = new ParameterSpec("beta2", "1", 0.08, 0.0, 1.0, true,
            "weight of the new gradient difference in its moment, in (0, 1]");
    static final ParameterSpec BETA3 = new ParameterSpec("beta3", "1", 0.01, 0.0, 1.0, true,
            "weight of the new squared look-ahead gradient in the second moment, in (0, 1]");
    static final ParameterSpec WEIGHT_DECAY = ParameterSpec.nonNegative("weight_decay", "1", 0.02,
            "weight decay lambda");
    static final ParameterSpec NO_PROX = new ParameterSpec("no_prox", "1", 0.0, 0.0, 1.0, false,
            "0: proximal decay theta / (1 + lr lambda); 1: decoupled decay theta (1 - lr lambda)");

    /** Creates the optimizer; it holds no state. */
    public Adan() {
        super("adan", List.of(BETA1, BETA2, BETA3, Adam.EPS, WEIGHT_DECAY, NO_PROX));
    }

    @Override
    UpdateRule rule(int size, Parameters values) {
        double b1 = values.get(BETA1);
        double b2 = values.get(BETA2);
        double b3 = values.get(BETA3);
        double eps = values.get(Adam.EPS);
        double wd = values.get(WEIGHT_DECAY);
        double noProx = values.get(NO_PROX);
        if (noProx != 0.0 && noProx != 1.0) {
            throw new ParameterException("adan.no_prox", String.valueOf(noProx), "must be 0 (no) or 1 (yes)");
        }
        return new Rule(name(), size, b1, b2, b3, eps, wd, noProx == 1.0);
    }

    /** One parameter array's Adan state: three moments and the previous gradient. */
    private static final class Rule implements UpdateRule {
        private final String name;
        private final int size;
        private final double b1;
        private final double b2;
        private final double b3;
        private final double eps;
        private final double wd;
        private final boolean noProx;
        private final double[] m;
        private final double[] v;
        private final double[] n;
        private final double[] previous;

        Rule(String name, int size, double b1, double b2, double b3, double eps, double wd, boolean noProx) {
            this.name = name;
            this.size = size;
            this.b1 = b1;
            this.b2 = b2;
            this.b3 = b3;
            this.eps = eps;
            this.wd = wd;
            this.noProx = noProx;
            this.m = new double[size];
            this.v = new double[size];
            this.n = new double[size];
            this.previous = new double[size];
        }

        @Override
        public void apply(double[] params, double[] gradients, double lr, long step) {
            UpdateArguments.check(name, size, params, gradients, lr, step);
            double c1 = 1.0 - Math.pow(1.0 - b1, step);
            double c2 = 1.0 - Math.pow(1.0 - b2, step);
            double c3 = 1.0 - Math.pow(1.0 - b3, step);
            for (int k = 0; k < size; k++) {
                double g = gradients[k];
                double d = step == 1 ? 0.0 : g - previous[k];
                previous[k] = g;
                double look = g + (1.0 - b2) * d;
                double mk = (1.0 - b1) * m[k] + b1 * g;
                double vk = (1.0 - b2) * v[k] + b2 * d;
                double nk = (1.0 - b3) * n[k] + b3 * look * look;
                m[k] = mk;
                v[k] = vk;
                n[k] = nk;
                double u = (mk / c1 + (1.0 - b2) * vk / c2) / (Math.sqrt(nk / c3) + eps);
                params[k] = noProx ? params[k] * (1.0 - lr * wd) - lr * u : (params[k] - lr * u) / (1.0 + lr * wd);
            }
        }
    }
}
