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
        return columns(pre, post, params).draw(0, post, null, null);
    }

    /**
     * @param pre    presynaptic size
     * @param post   postsynaptic size
     * @param params {@code include_self}
     * @return the draw of any column range of {@link #connect}'s matrix (nothing random: each row's columns of the
     *     range)
     * @throws IllegalArgumentException when the matrix has more connections than a CSR matrix can index
     */
    static Connectors.ColumnSource columns(int pre, int post, Parameters params) {
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
        return (from, to, rowEntries, before) -> columns(pre, post, includeSelf, from, to, rowEntries, before);
    }

    private static CsrMatrix columns(int pre, int post, boolean includeSelf, int from, int to, int[] rowEntries,
                                     int[] before) {
        int[] indptr = new int[pre + 1];
        int[] indices = new int[(int) Math.min(ConnectorSupport.MAX_NNZ, (long) pre * (to - from))];
        int k = 0;
        for (int i = 0; i < pre; i++) {
            boolean self = !includeSelf;
            for (int j = from; j < to; j++) {
                if (!self || j != i) {
                    indices[k++] = j;
                }
            }
            indptr[i + 1] = k;
            if (rowEntries != null) {
                rowEntries[i] = post - (self && i < post ? 1 : 0);
            }
            if (before != null) {
                before[i] = from - (self && i < from ? 1 : 0);
            }
        }
        return new CsrMatrix(pre, post, indptr, k == indices.length ? indices : java.util.Arrays.copyOf(indices, k),
                new double[] {1.0});
    }
}
