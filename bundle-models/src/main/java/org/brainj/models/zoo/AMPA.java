package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * AMPA receptor with Destexhe's kinetic scheme, BrainPy's {@code AMPA}: dg/dt = α[T](1 − g) − βg, [T] = T for T_dur ms
 * after each presynaptic spike (α 0.98, β 0.18, T 0.5, T_dur 0.5 by default). Presynaptic spikes only: use it in an
 * align-pre projection. See {@link KineticSynapse} for the integration.
 */
public final class AMPA extends KineticSynapse {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "AMPA";

    static final ParameterSpec ALPHA = alphaSpec(0.98);
    static final ParameterSpec BETA = betaSpec(0.18);
    static final ParameterSpec T = tSpec(0.5);
    static final ParameterSpec T_DUR = tDurSpec(0.5);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(ALPHA, BETA, T, T_DUR);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.SYNAPSE,
            "AMPA receptor, Destexhe kinetics: dg/dt = alpha [T] (1 - g) - beta g, [T] = T for T_dur ms after a "
                    + "presynaptic spike (BrainPy AMPA; align-pre only)",
            PARAMETERS);

    /**
     * @param size  number of synapses (the presynaptic population's size)
     * @param alpha binding rate [1/(mM ms)]
     * @param beta  unbinding rate [1/ms]
     * @param t     transmitter concentration [mM]
     * @param tDur  release duration [ms]
     */
    public AMPA(int size, double alpha, double beta, double t, double tDur) {
        super(size, ALPHA.validate(alpha), BETA.validate(beta), T.validate(t), T_DUR.validate(tDur));
    }

    /**
     * @param name   ignored (synapses are named by their projection)
     * @param size   number of synapses
     * @param params {@code alpha}, {@code beta}, {@code T}, {@code T_dur}
     * @return the synapse
     */
    public static AMPA create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new AMPA(size, params.get(ALPHA), params.get(BETA), params.get(T), params.get(T_DUR));
    }

    @Override
    public String model() {
        return MODEL;
    }
}
