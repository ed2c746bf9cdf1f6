package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The leak current, BrainPy's {@code IL}: I = g_max (E − V). Source: BrainPy {@code brainpy/_src/dyn/channels/leaky.py}
 * (defaults g_max 0.1, E −70).
 */
public final class IL extends LeakChannel {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "IL";

    static final ParameterSpec G_MAX = gMaxSpec(0.1);
    static final ParameterSpec E = eSpec(-70.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(G_MAX, E);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "leak current g (E - V) (BrainPy IL)", PARAMETERS);

    private IL(int size, Parameters p) {
        super(MODEL, size, p.get(G_MAX), p.get(E));
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static IL create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new IL(size, params);
    }

    @Override
    public Ion ion() {
        return Ion.NONSPECIFIC;
    }
}
