package org.brainj.trainers.internal.linear;

import org.brainj.api.core.ParameterException;

/**
 * Polynomial feature expansion (BrainPy's {@code PolynomialRegression} features, scikit-learn's
 * {@code PolynomialFeatures(include_bias=False)}): each sample's d features followed by every monomial of degree 2 …
 * {@code degree} over them, with repetition, in lexicographic order of the index tuples j₁ ≤ j₂ ≤ … (for d = 2,
 * degree 2: x₀, x₁, x₀², x₀x₁, x₁²). The constant is left to the readout's bias.
 */
public final class PolynomialFeatures {

    private final int d;
    private final int degree;
    private final int[][] terms;

    /**
     * @param d      input features, ≥ 1
     * @param degree highest degree, 1 … 10
     */
    public PolynomialFeatures(int d, int degree) {
        if (d < 1) {
            throw new ParameterException("features", String.valueOf(d), "must be >= 1");
        }
        if (degree < 1 || degree > 10) {
            throw new ParameterException("degree", String.valueOf(degree), "must be in [1, 10]");
        }
        this.d = d;
        this.degree = degree;
        java.util.List<int[]> list = new java.util.ArrayList<>();
        for (int deg = 1; deg <= degree; deg++) {
            addTerms(list, new int[deg], 0, 0);
        }
        this.terms = list.toArray(new int[0][]);
        if (terms.length > 1_000_000) {
            throw new ParameterException("degree", String.valueOf(degree), "gives " + terms.length
                    + " features for " + d + " inputs; must give at most 1000000");
        }
    }

    private void addTerms(java.util.List<int[]> list, int[] idx, int pos, int from) {
        if (pos == idx.length) {
            list.add(idx.clone());
            return;
        }
        for (int j = from; j < d; j++) {
            idx[pos] = j;
            addTerms(list, idx, pos + 1, j);
        }
    }

    /** @return features after expansion */
    public int size() {
        return terms.length;
    }

    /** @return the highest degree */
    public int degree() {
        return degree;
    }

    /**
     * @param in  d features (not modified)
     * @param out {@link #size()} features (modified)
     */
    public void expand(double[] in, int inOffset, double[] out, int outOffset) {
        for (int t = 0; t < terms.length; t++) {
            int[] idx = terms[t];
            double v = 1.0;
            for (int j : idx) {
                v *= in[inOffset + j];
            }
            out[outOffset + t] = v;
        }
    }

    /**
     * @param data a design of d features
     * @return the same samples with the expanded features
     */
    public Design expand(Design data) {
        if (data.d() != d) {
            throw new IllegalArgumentException("polynomial features: the design has " + data.d()
                    + " features, expected " + d);
        }
        double[] x = new double[data.n() * terms.length];
        for (int r = 0; r < data.n(); r++) {
            expand(data.x(), r * d, x, r * terms.length);
        }
        return new Design(x, data.y(), data.n(), terms.length, data.m());
    }
}
