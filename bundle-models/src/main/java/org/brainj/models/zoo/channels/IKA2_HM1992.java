package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The A-type potassium current IA2 of Huguenard &amp; McCormick (1992), BrainPy's {@code IKA2_HM1992}: the
 * {@link ATypePotassium} kinetics with p∞ = 1/(1 + e^(−(V − V_sh + 36)/20)). Source: Huguenard &amp; McCormick, J.
 * Neurophysiol. 68:1373 (1992);
 * BrainPy {@code potassium_compatible.py} (defaults E −90, g_max 20.0, V_sh 0, φ_p 1, φ_q 1).
 */
public final class IKA2_HM1992 extends ATypePotassium {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "IKA2_HM1992";

    static final ParameterSpec G_MAX = gMaxSpec(20.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = parameters(G_MAX);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Huguenard-McCormick 1992 A-type potassium current IA2 g p^4 q (E - V) (BrainPy IKA2_HM1992)",
            PARAMETERS);

    private IKA2_HM1992(int size, Parameters p) {
        super(MODEL, size, p, G_MAX);
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static IKA2_HM1992 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new IKA2_HM1992(size, params);
    }

    @Override
    double pInf(double u) {
        return 1.0 / (1.0 + Math.exp(-(u + 36.0) / 20.0));
    }
}
