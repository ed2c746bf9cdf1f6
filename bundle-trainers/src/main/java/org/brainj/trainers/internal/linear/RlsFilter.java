package org.brainj.trainers.internal.linear;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ParameterException;

/**
 * Recursive least squares, the learning rule of FORCE (Sussillo &amp; Abbott 2009, eqs. 4–5, and its supplement's
 * MATLAB code). It keeps P, a running estimate of the inverse correlation matrix of the presynaptic vector r
 * (here [features, 1] when a bias is learnt), starting at P(0) = I/α, and per update
 * <pre>
 *   k = P r,   c = 1 / (1 + rᵀ k)
 *   P ← P − c k kᵀ
 *   W_o ← W_o − e_o c kᵀ      for every output row o, e_o = W_o·r − target_o (the error before the update)
 * </pre>
 * One P serves every weight row that sees the same presynaptic vector: the readout's outputs, or (for FORCE on
 * recurrent weights) every neuron's incoming row. After one pass over samples r₁ … r_N from W = 0 the weights equal
 * ridge regression with penalty α on every column: W = YᵀR (RᵀR + αI)⁻¹.
 *
 * <p>Note on α: this is Sussillo &amp; Abbott's α (P(0) = I/α, the learning rate's inverse; FORCE uses α = 1).
 * BrainPy's {@code RLS(alpha)} sets P(0) = α I, so its α is the reciprocal of this one.
 *
 * <p>P is symmetric; only its upper triangle is updated and read, halving the work of the O(d²) step, which
 * allocates nothing.
 */
public final class RlsFilter {

    private final int size;
    private final double[] p;
    private final double[] k;
    private double lastGain;
    private long updates;

    /**
     * @param size  length of the presynaptic vector (features, +1 for a bias)
     * @param alpha regulariser α &gt; 0: P(0) = I/α
     */
    public RlsFilter(int size, double alpha) {
        if (size < 1) {
            throw new ParameterException("rls.size", String.valueOf(size), "must be >= 1");
        }
        if (!(alpha > 0.0) || Double.isInfinite(alpha)) {
            throw new ParameterException("rls.alpha", String.valueOf(alpha), "must be > 0 and finite");
        }
        if ((long) size * size > Integer.MAX_VALUE - 8) {
            throw new ParameterException("rls.size", String.valueOf(size), "must be <= 46340 (P is size x size)");
        }
        this.size = size;
        this.p = new double[size * size];
        this.k = new double[size];
        for (int i = 0; i < size; i++) {
            p[i * size + i] = 1.0 / alpha;
        }
    }

    /** @return the presynaptic vector's length */
    public int size() {
        return size;
    }

    /** @return updates so far */
    public long updates() {
        return updates;
    }

    /**
     * Updates P with one presynaptic vector and leaves the gain c·k for {@link #correct}.
     *
     * @param r the presynaptic vector, {@link #size()} values (not modified)
     * @throws BrainjException when P stops being positive definite (1 + rᵀPr ≤ 0 or not finite)
     */
    public void update(double[] r) {
        int n = size;
        // k = P r from the upper triangle: P[i][j] with j >= i, mirrored for j < i.
        for (int i = 0; i < n; i++) {
            k[i] = 0.0;
        }
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double ri = r[i];
            double s = p[row + i] * ri;
            for (int j = i + 1; j < n; j++) {
                double pij = p[row + j];
                s += pij * r[j];
                k[j] += pij * ri;
            }
            k[i] += s;
        }
        double rk = 0.0;
        for (int i = 0; i < n; i++) {
            rk += r[i] * k[i];
        }
        double denom = 1.0 + rk;
        if (!(denom > 0.0) || Double.isInfinite(denom)) {
            throw new BrainjException("RLS update " + (updates + 1) + ": 1 + r'Pr = " + denom
                    + "; P lost positive definiteness (features too large or alpha too small)");
        }
        double c = 1.0 / denom;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double cki = c * k[i];
            for (int j = i; j < n; j++) {
                p[row + j] -= cki * k[j];
            }
        }
        // After the update P r = c k: the gain of the weight correction.
        for (int i = 0; i < n; i++) {
            k[i] *= c;
        }
        lastGain = c;
        updates++;
    }

    /**
     * Applies the last update's gain to one weight row: W_row ← W_row − error · P r.
     *
     * @param w      the weights (modified)
     * @param offset where the row starts
     * @param error  the row's output minus its target, before the update
     */
    public void correct(double[] w, int offset, double error) {
        for (int j = 0; j < size; j++) {
            w[offset + j] -= error * k[j];
        }
    }

    /** @return c = 1/(1 + rᵀPr) of the last update */
    public double lastGain() {
        return lastGain;
    }

    /**
     * @param i row
     * @param j column
     * @return P[i][j]
     */
    public double p(int i, int j) {
        return i <= j ? p[i * size + j] : p[j * size + i];
    }
}
