package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.SynapticOutput;

/** Current-based output, BrainPy's {@code CUBA}: I = g. */
public final class Cuba extends SynapticOutput {

    /** The model's name. */
    public static final String MODEL = "CUBA";

    /** The parameters (none). */
    public static final List<ParameterSpec> PARAMETERS = List.of();

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.OUTPUT,
            "current-based output: I = g (BrainPy CUBA)", PARAMETERS);

    /** Creates the output; it has no parameters. */
    public Cuba() {
    }

    /**
     * @param params none
     * @return the output
     */
    public static Cuba create(Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new Cuba();
    }

    @Override
    public String identity() {
        return MODEL;
    }

    @Override
    public void apply(double[] g, double[] v, double[] input, int from, int to) {
        for (int i = from; i < to; i++) {
            input[i] += g[i];
        }
    }
}
