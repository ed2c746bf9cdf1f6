package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.SynapticOutput;

/** Conductance-based output, BrainPy's {@code COBA}: I = g·(E − V). */
public final class Coba extends SynapticOutput {

    /** The model's name. */
    public static final String MODEL = "COBA";

    static final ParameterSpec E = ParameterSpec.any("E", "mV", 0.0, "reversal potential");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.OUTPUT,
            "conductance-based output: I = g (E - V) (BrainPy COBA)", PARAMETERS);

    private final double e;

    /** @param e reversal potential [mV] */
    public Coba(double e) {
        this.e = E.validate(e);
    }

    /**
     * @param params {@code E}
     * @return the output
     */
    public static Coba create(Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new Coba(params.get(E));
    }

    /** @return the reversal potential E [mV] */
    public double reversal() {
        return e;
    }

    @Override
    public String identity() {
        return MODEL + "(E=" + e + ")";
    }

    @Override
    public void apply(double[] g, double[] v, double[] input, int from, int to) {
        final double rev = e;
        for (int i = from; i < to; i++) {
            input[i] += g[i] * (rev - v[i]);
        }
    }
}
