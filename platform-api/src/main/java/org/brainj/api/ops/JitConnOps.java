package org.brainj.api.ops;

import org.osgi.annotation.versioning.ConsumerType;

/** Operators over just-in-time connectivity: memory O(1) per row, the matrix regenerated on every call. */
@ConsumerType
public interface JitConnOps {

    /**
     * out = M·x or Mᵀ·x; overwrites {@code out}.
     *
     * @param spec      the matrix
     * @param x         input, length cols (rows when transposed) (not modified)
     * @param out       output, length rows (cols when transposed) (modified)
     * @param transpose use Mᵀ
     */
    void mv(JitConnSpec spec, double[] x, double[] out, boolean transpose);

    /**
     * Event-driven synaptic direction: for each firing row, regenerate it and <b>accumulate</b> its weights into
     * {@code out}.
     *
     * @param spec   the matrix
     * @param events one flag per row (not modified)
     * @param out    accumulator, length cols (modified)
     */
    void eventMv(JitConnSpec spec, boolean[] events, double[] out);

    /**
     * @param spec the matrix
     * @return exactly the matrix the operators use, in CSR form
     */
    CsrMatrix materialize(JitConnSpec spec);
}
