package org.brainj.api.ops;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Dense operators. Matrices are row-major {@code double[]} of shape rows × cols. Every method overwrites its output
 * and allocates nothing.
 */
@ConsumerType
public interface DenseOps {

    /**
     * out = A·x (or Aᵀ·x).
     *
     * @param a         matrix, rows × cols, row-major (not modified)
     * @param rows      rows of A
     * @param cols      columns of A
     * @param x         input, length cols (rows when transposed) (not modified)
     * @param out       output, length rows (cols when transposed) (modified)
     * @param transpose multiply by Aᵀ instead
     */
    void matvec(double[] a, int rows, int cols, double[] x, double[] out, boolean transpose);

    /**
     * out = A·B with A rows × inner and B inner × cols, both row-major.
     *
     * @param a     left matrix (not modified)
     * @param b     right matrix (not modified)
     * @param rows  rows of A
     * @param inner columns of A = rows of B
     * @param cols  columns of B
     * @param out   rows × cols (modified)
     */
    void matmat(double[] a, double[] b, int rows, int inner, int cols, double[] out);

    /**
     * All-to-all with one weight in O(n): out<sub>j</sub> = w·Σ<sub>i</sub> x<sub>i</sub>, minus w·x<sub>j</sub> when
     * self-connections are excluded (then sizes must match).
     *
     * @param weight      the shared weight
     * @param x           presynaptic values (not modified)
     * @param out         postsynaptic values (modified)
     * @param includeSelf whether i = j connects
     */
    void allToAll(double weight, double[] x, double[] out, boolean includeSelf);

    /**
     * One-to-one: out<sub>i</sub> = w·x<sub>i</sub>.
     *
     * @param weight the weight
     * @param x      input (not modified)
     * @param out    output, same length (modified)
     */
    void oneToOne(double weight, double[] x, double[] out);
}
