package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * {@link Izhikevich} neurons with an absolute refractory period, BrainPy's {@code IzhikevichRef}: while
 * t − t_last_spike ≤ τ_ref, V is held at c (delta inputs are ignored); u keeps integrating.
 */
public final class IzhikevichRef extends Izhikevich {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "IzhikevichRef";

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(V_TH, A, B, C, D, V0, TAU_REF);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "Izhikevich 2003 with refractory period tau_ref (V held at c)", PARAMETERS);

    private IzhikevichRef(String name, int size, Parameters p) {
        super(name, size, p, p.get(TAU_REF));
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter, or V_th ≤ c
     */
    public static IzhikevichRef create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        check(params);
        return new IzhikevichRef(name, size, params);
    }
}
