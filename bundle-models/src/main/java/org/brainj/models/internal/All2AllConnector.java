package org.brainj.models.internal;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;

/**
 * BrainPy's {@code All2All}: every presynaptic neuron connects to every postsynaptic one. With
 * {@code include_self = 0} the pairs with equal indices (i = j) are left out, whatever the two sizes.
 */
final class All2AllConnector {

    static final String NAME = "All2All";

    static final ParameterSpec INCLUDE_SELF = Flags.spec("include_self", true, "keep the pairs i = j");

    static final List<ParameterSpec> PARAMETERS = List.of(INCLUDE_SELF);

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "every pre connects to every post (BrainPy All2All)", PARAMETERS);

    private All2AllConnector() {
    }

    /**
     * @param pre    presynaptic size
     * @param post   postsynaptic size
     * @param params {@code include_self}
     * @return the dense pattern as CSR, weight 1
     */
    static CsrMatrix connect(int pre, int post, Parameters params) {
        params.requireKnown(NAME, PARAMETERS);
        boolean includeSelf = Flags.get(params, INCLUDE_SELF);
        long nnz = (long) pre * post;
        if (!includeSelf) {
            nnz -= Math.min(pre, post);
        }
        if (nnz > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(NAME + " of " + pre + " x " + post + " has " + nnz
                    + " connections, more than a CSR matrix can index (" + (Integer.MAX_VALUE - 8) + ")");
        }
        int[] indptr = new int[pre + 1];
        int[] indices = new int[(int) nnz];
        int k = 0;
        for (int i = 0; i < pre; i++) {
            for (int j = 0; j < post; j++) {
                if (includeSelf || j != i) {
                    indices[k++] = j;
                }
            }
            indptr[i + 1] = k;
        }
        return new CsrMatrix(pre, post, indptr, indices, new double[] {1.0});
    }
}
