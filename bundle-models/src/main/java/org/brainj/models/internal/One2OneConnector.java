package org.brainj.models.internal;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;

/** BrainPy's {@code One2One}: neuron i connects to neuron i; both sides must have the same size. */
final class One2OneConnector {

    static final String NAME = "One2One";

    static final List<ParameterSpec> PARAMETERS = List.of();

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.CONNECTOR,
            "pre i connects to post i; needs equal sizes (BrainPy One2One)", PARAMETERS);

    private One2OneConnector() {
    }

    /**
     * @param pre    presynaptic size
     * @param post   postsynaptic size, equal to {@code pre}
     * @param params none
     * @return the identity pattern, weight 1
     * @throws IllegalArgumentException when the sizes differ
     */
    static CsrMatrix connect(int pre, int post, Parameters params) {
        params.requireKnown(NAME, PARAMETERS);
        if (pre != post) {
            throw new IllegalArgumentException(NAME + " needs pre and post of the same size, got pre = " + pre
                    + ", post = " + post);
        }
        int[] indptr = new int[pre + 1];
        int[] indices = new int[pre];
        for (int i = 0; i < pre; i++) {
            indices[i] = i;
            indptr[i + 1] = i + 1;
        }
        return new CsrMatrix(pre, post, indptr, indices, new double[] {1.0});
    }
}
