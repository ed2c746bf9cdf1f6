package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The potassium leak current, BrainPy's {@code IKL} (FEATURES' {@code IK_Leak}): I = g_max (E − V), the K⁺ leak
 * modulated by acetylcholine and norepinephrine in thalamic models. Source: BrainPy {@code leaky.py} (defaults g_max
 * 0.005, E −90).
 */
public final class IKL extends LeakChannel {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "IKL";

    static final ParameterSpec G_MAX = gMaxSpec(0.005);
    static final ParameterSpec E = eSpec(-90.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(G_MAX, E);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "potassium leak current g (E - V) (BrainPy IKL)", PARAMETERS);

    private IKL(int size, Parameters p) {
        super(MODEL, size, p.get(G_MAX), p.get(E));
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static IKL create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new IKL(size, params);
    }

    @Override
    public Ion ion() {
        return Ion.POTASSIUM;
    }
}
