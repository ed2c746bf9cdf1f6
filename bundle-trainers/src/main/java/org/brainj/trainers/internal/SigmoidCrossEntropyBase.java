package org.brainj.trainers.internal;

/**
 * Element-wise binary cross-entropy on logits, the function behind BrainPy's {@code cross_entropy_sigmoid},
 * {@code sigmoid_binary_cross_entropy} and {@code binary_logistic_loss}: with p = σ(z) and a label (or probability)
 * y in [0, 1],
 * <pre>  ℓ = −y log p − (1 − y) log(1 − p) = softplus(z) − y z</pre>
 * averaged over every element; ∂L/∂z = (σ(z) − y)/(rows·cols). softplus(z) = max(z, 0) + log1p(e^{−|z|}) neither
 * overflows nor loses small losses.
 */
abstract class SigmoidCrossEntropyBase extends SettingFreeLoss {

    @Override
    public final double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        LossShapes.check(name(), predicted, target, rows, cols, gradient);
        int n = rows * cols;
        double inv = 1.0 / n;
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            double z = predicted[k];
            double y = target[k];
            double e = Math.exp(-Math.abs(z));
            sum += Math.max(z, 0.0) + Math.log1p(e) - y * z;
            if (gradient != null) {
                double sigma = z >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
                gradient[k] = (sigma - y) * inv;
            }
        }
        return sum * inv;
    }
}
