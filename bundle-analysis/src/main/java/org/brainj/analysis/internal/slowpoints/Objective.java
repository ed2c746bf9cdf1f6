package org.brainj.analysis.internal.slowpoints;

/** A smooth function to minimise, with its gradient; one instance per thread (it may hold scratch buffers). */
interface Objective {

    /** @return the number of unknowns */
    int dimension();

    /**
     * @param x    the point (not modified)
     * @param grad receives ∇q(x) (modified)
     * @return q(x)
     */
    double valueAndGradient(double[] x, double[] grad);
}
