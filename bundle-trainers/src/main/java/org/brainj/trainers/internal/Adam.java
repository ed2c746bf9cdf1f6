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
 * Adam (Kingma &amp; Ba 2015, Algorithm 1), BrainPy's {@code Adam(beta1=0.9, beta2=0.999, eps=1e-8)}. At update t
 * (counted from 1), with learning rate α:
 * <pre>
 *   g ← ∇ + λ θ                          (weight_decay λ, L2 added to the gradient)
 *   m ← β1 m + (1 − β1) g,   v ← β2 v + (1 − β2) g²
 *   m̂ = m / (1 − β1^t),     v̂ = v / (1 − β2^t)
 *   θ ← θ − α m̂ / (√v̂ + ε)
 * </pre>
 * The moments start at 0; the bias corrections undo that start, so the first step moves each parameter by about α
 * in the direction of −sign(g).
 */
@Component(service = Optimizer.class, property = Provider.RANKING + "=" + Adam.RANKING)
public final class Adam implements Optimizer {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    static final String NAME = "adam";

    static final ParameterSpec BETA1 = new ParameterSpec("beta1", "1", 0.9, 0.0, 1.0, false,
            "decay of the first-moment (mean) estimate; must be < 1");
    static final ParameterSpec BETA2 = new ParameterSpec("beta2", "1", 0.999, 0.0, 1.0, false,
            "decay of the second-moment (uncentred variance) estimate; must be < 1");
    static final ParameterSpec EPS = ParameterSpec.positive("eps", "1", 1e-8,
            "added to the root of the second moment to keep the step finite");
    static final ParameterSpec WEIGHT_DECAY = ParameterSpec.nonNegative("weight_decay", "1", 0.0,
            "L2 penalty lambda, added to the gradient as lambda * theta");

    private static final List<ParameterSpec> HYPER = List.of(BETA1, BETA2, EPS, WEIGHT_DECAY);

    /** Creates the optimizer; it holds no state (each rule holds its own buffers). */
    public Adam() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public List<ParameterSpec> hyperParameters() {
        return HYPER;
    }

    @Override
    public UpdateRule create(int size, Parameters hyper) {
        UpdateArguments.checkSize(NAME, size);
        hyper.requireKnown(NAME, HYPER);
        double beta1 = belowOne(BETA1, hyper.get(BETA1));
        double beta2 = belowOne(BETA2, hyper.get(BETA2));
        return new Rule(size, beta1, beta2, hyper.get(EPS), hyper.get(WEIGHT_DECAY));
    }

    private static double belowOne(ParameterSpec spec, double value) {
        // beta = 1 would freeze the moment at 0 and make its bias correction 0/0.
        if (!(value < 1.0)) {
            throw new ParameterException(spec.name(), String.valueOf(value), "must be in [0, 1)");
        }
        return value;
    }

    /** One parameter array's Adam state: the first and second moment estimates. */
    private static final class Rule implements UpdateRule {

        private final int size;
        private final double beta1;
        private final double beta2;
        private final double eps;
        private final double weightDecay;
        private final double[] m;
        private final double[] v;

        Rule(int size, double beta1, double beta2, double eps, double weightDecay) {
            this.size = size;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.eps = eps;
            this.weightDecay = weightDecay;
            this.m = new double[size];
            this.v = new double[size];
        }

        @Override
        public void apply(double[] params, double[] gradients, double learningRate, long step) {
            UpdateArguments.check(NAME, size, params, gradients, learningRate, step);
            double c1 = 1.0 / (1.0 - Math.pow(beta1, step));
            double c2 = 1.0 / (1.0 - Math.pow(beta2, step));
            double a1 = 1.0 - beta1;
            double a2 = 1.0 - beta2;
            for (int k = 0; k < size; k++) {
                double g = gradients[k] + weightDecay * params[k];
                double mk = beta1 * m[k] + a1 * g;
                double vk = beta2 * v[k] + a2 * g * g;
                m[k] = mk;
                v[k] = vk;
                params[k] -= learningRate * (mk * c1) / (Math.sqrt(vk * c2) + eps);
            }
        }
    }
}
