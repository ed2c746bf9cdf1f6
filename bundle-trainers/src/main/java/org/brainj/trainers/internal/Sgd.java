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
 * Stochastic gradient descent with optional (Nesterov) momentum and L2 weight decay, covering BrainPy's
 * {@code SGD}, {@code Momentum} and {@code MomentumNesterov}. Per step, with learning rate η:
 * <pre>
 *   g ← ∇ + λ θ                       (weight_decay λ, added to the gradient)
 *   v ← μ v + g                       (momentum μ; v starts at 0)
 *   θ ← θ − η (g + μ v)   if nesterov, else   θ ← θ − η v
 * </pre>
 * With μ = 0 this is plain SGD, θ ← θ − η g, and no velocity buffer is kept. The velocity accumulates gradients,
 * not η·gradients, so a learning-rate schedule rescales the whole step at once (the PyTorch convention; with a
 * constant η it equals BrainPy's {@code v ← μ v + η g; θ ← θ − v}).
 */
@Component(service = Optimizer.class, property = Provider.RANKING + "=" + Sgd.RANKING)
public final class Sgd implements Optimizer {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    static final String NAME = "sgd";

    static final ParameterSpec MOMENTUM = new ParameterSpec("momentum", "1", 0.0, 0.0, 1.0, false,
            "momentum factor mu; 0 = plain SGD");
    static final ParameterSpec NESTEROV = new ParameterSpec("nesterov", "1", 0.0, 0.0, 1.0, false,
            "use Nesterov momentum (0 = no, 1 = yes); needs momentum > 0");
    static final ParameterSpec WEIGHT_DECAY = ParameterSpec.nonNegative("weight_decay", "1", 0.0,
            "L2 penalty lambda, added to the gradient as lambda * theta");

    private static final List<ParameterSpec> HYPER = List.of(MOMENTUM, NESTEROV, WEIGHT_DECAY);

    /** Creates the optimizer; it holds no state (each rule holds its own buffers). */
    public Sgd() {
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
        double momentum = hyper.get(MOMENTUM);
        double nesterovValue = hyper.get(NESTEROV);
        if (nesterovValue != 0.0 && nesterovValue != 1.0) {
            throw new ParameterException(NESTEROV.name(), String.valueOf(nesterovValue), "must be 0 (no) or 1 (yes)");
        }
        boolean nesterov = nesterovValue == 1.0;
        if (nesterov && momentum == 0.0) {
            throw new ParameterException(NESTEROV.name(), "1", "needs momentum > 0, got momentum = 0");
        }
        return new Rule(size, momentum, nesterov, hyper.get(WEIGHT_DECAY));
    }

    /** One parameter array's SGD state: the velocity, allocated only when momentum is used. */
    static final class Rule implements UpdateRule {

        private final int size;
        private final double momentum;
        private final boolean nesterov;
        private final double weightDecay;
        private final double[] velocity;

        /**
         * @param size        parameter count
         * @param momentum    μ, 0 for plain SGD
         * @param nesterov    Nesterov's look-ahead step
         * @param weightDecay L2 penalty λ
         */
        Rule(int size, double momentum, boolean nesterov, double weightDecay) {
            this.size = size;
            this.momentum = momentum;
            this.nesterov = nesterov;
            this.weightDecay = weightDecay;
            this.velocity = momentum == 0.0 ? null : new double[size];
        }

        @Override
        public void apply(double[] params, double[] gradients, double learningRate, long step) {
            UpdateArguments.check(NAME, size, params, gradients, learningRate, step);
            if (velocity == null) {
                for (int k = 0; k < size; k++) {
                    params[k] -= learningRate * (gradients[k] + weightDecay * params[k]);
                }
                return;
            }
            for (int k = 0; k < size; k++) {
                double g = gradients[k] + weightDecay * params[k];
                double v = momentum * velocity[k] + g;
                velocity[k] = v;
                params[k] -= learningRate * (nesterov ? g + momentum * v : v);
            }
        }
    }
}
