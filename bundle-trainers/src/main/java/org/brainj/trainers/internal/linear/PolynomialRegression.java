package org.brainj.trainers.internal.linear;

/**
 * BrainPy's {@code PolynomialRegression(degree)} and {@code polynomial_ridge}: least squares (α = 0) or ridge
 * regression on {@link PolynomialFeatures} of the inputs. Unlike the readout trainers it owns its weights, because
 * the expanded feature count differs from the model's.
 */
public final class PolynomialRegression {

    private final PolynomialFeatures features;
    private final double alpha;
    private double[] weights;
    private int outputs;

    /**
     * @param inputs input features d
     * @param degree highest monomial degree
     * @param alpha  ridge penalty, 0 for plain least squares
     */
    public PolynomialRegression(int inputs, int degree, double alpha) {
        this.features = new PolynomialFeatures(inputs, degree);
        this.alpha = alpha;
    }

    /**
     * @param data a design of the raw inputs
     * @return this, fitted
     */
    public PolynomialRegression fit(Design data) {
        weights = LeastSquares.fit(features.expand(data), alpha);
        outputs = data.m();
        return this;
    }

    /** @return the weights over the expanded features, outputs × (size + 1), bias last */
    public double[] weights() {
        if (weights == null) {
            throw new IllegalStateException("polynomial regression: call fit before reading the weights");
        }
        return weights.clone();
    }

    /**
     * @param x n × d inputs
     * @param n samples
     * @return n × outputs predictions
     */
    public double[] predict(double[] x, int n) {
        double[] w = weights();
        double[] expanded = new double[n * features.size()];
        int d = x.length / n;
        for (int r = 0; r < n; r++) {
            features.expand(x, r * d, expanded, r * features.size());
        }
        double[] out = new double[n * outputs];
        Design.predict(w, expanded, n, features.size(), outputs, out);
        return out;
    }
}
