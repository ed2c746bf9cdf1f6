package org.brainj.trainers.internal.linear;

/**
 * RLS on recurrent weights (FORCE applied inside the network, Sussillo &amp; Abbott 2009 Fig. 1C; in the
 * "full-FORCE" form of DePasquale et al. 2018): each unit i's incoming row J_i is trained so that its recurrent input
 * J_i·r follows a target drive, all rows sharing one P because they see the same presynaptic rates r:
 * <pre>  e_i = J_i·r − target_i,   (k, c, P) from r as in {@link RlsFilter},   J_i ← J_i − e_i c k</pre>
 * The rows are dense (every unit may connect to every unit once trained).
 */
public final class RecurrentRls {

    private final int n;
    private final RlsFilter filter;

    /**
     * @param n     units
     * @param alpha regulariser, P(0) = I/α
     */
    public RecurrentRls(int n, double alpha) {
        this.n = n;
        this.filter = new RlsFilter(n, alpha);
    }

    /**
     * One update of every row.
     *
     * @param r      presynaptic rates, n values
     * @param j      recurrent weights n × n, row = postsynaptic unit (modified)
     * @param target target recurrent input of each unit, n values
     * @return the mean squared error before the update
     */
    public double update(double[] r, double[] j, double[] target) {
        if (r.length != n || j.length != (long) n * n || target.length != n) {
            throw new IllegalArgumentException("recurrent RLS: expected r and target of " + n
                    + " values and J of " + n + " x " + n + "; got " + r.length + ", " + target.length + ", "
                    + j.length);
        }
        filter.update(r);
        double sq = 0.0;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            // The error uses the weights before this update, as the rule requires; P is already updated, which
            // only changes the gain, not the error.
            double s = 0.0;
            for (int k = 0; k < n; k++) {
                s += j[row + k] * r[k];
            }
            double e = s - target[i];
            sq += e * e;
            filter.correct(j, row, e);
        }
        return sq / n;
    }
}
