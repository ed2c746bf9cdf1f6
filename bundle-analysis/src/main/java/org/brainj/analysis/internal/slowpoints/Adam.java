package org.brainj.analysis.internal.slowpoints;

/**
 * Adam (Kingma &amp; Ba 2015) with BrainPy's slow-point schedule: learning rate lr·decay^t (BrainPy's
 * {@code ExponentialDecayLR(0.2, 1, 0.9999)}), β1 = 0.9, β2 = 0.999, ε = 1e-8, bias-corrected moments.
 */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    private final double learningRate;
    private final double decay;

    /**
     * @param learningRate initial rate
     * @param decay        factor applied to the rate each iteration, in (0, 1]
     */
    Adam(double learningRate, double decay) {
        this.learningRate = learningRate;
        this.decay = decay;
    }

    /**
     * Minimises from x in place; the point returned is the best one visited (Adam's iterates are not monotone).
     *
     * @return the final loss and the work done
     */
    Lbfgs.Outcome minimise(Objective f, double[] x, double tolerance, int maxIterations) {
        int n = x.length;
        double[] m = new double[n];
        double[] v = new double[n];
        double[] g = new double[n];
        double[] best = x.clone();
        double bestQ = Double.POSITIVE_INFINITY;
        double lr = learningRate;
        double b1t = 1.0;
        double b2t = 1.0;
        int it = 0;
        for (; it < maxIterations; it++) {
            double q = f.valueAndGradient(x, g);
            if (q < bestQ) {
                bestQ = q;
                System.arraycopy(x, 0, best, 0, n);
            }
            if (!(q > tolerance)) {
                break;
            }
            b1t *= BETA1;
            b2t *= BETA2;
            double a = lr * Math.sqrt(1.0 - b2t) / (1.0 - b1t);
            for (int i = 0; i < n; i++) {
                m[i] = BETA1 * m[i] + (1.0 - BETA1) * g[i];
                v[i] = BETA2 * v[i] + (1.0 - BETA2) * g[i] * g[i];
                // ε scaled as in Kingma & Ba's efficient form (Alg. 1, last paragraph of §2).
                x[i] -= a * m[i] / (Math.sqrt(v[i]) + EPS);
            }
            lr *= decay;
        }
        if (it == maxIterations) {
            double q = f.valueAndGradient(x, g);
            if (q < bestQ) {
                bestQ = q;
                System.arraycopy(x, 0, best, 0, n);
            }
        }
        System.arraycopy(best, 0, x, 0, n);
        return new Lbfgs.Outcome(bestQ, it, it + 1);
    }
}
