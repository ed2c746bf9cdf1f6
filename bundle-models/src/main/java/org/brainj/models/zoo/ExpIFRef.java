package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * {@link ExpIF} neurons with an absolute refractory period, BrainPy's {@code ExpIFRef}: while
 * t − t_last_spike ≤ τ_ref, V is held at V_reset (delta inputs are ignored).
 */
public final class ExpIFRef extends ExpIF {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "ExpIFRef";

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(V_REST, V_RESET, V_TH, V_T, DELTA_T, R, TAU, V0,
            TAU_REF);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "exponential integrate-and-fire with refractory period tau_ref", PARAMETERS);

    private ExpIFRef(String name, int size, Parameters p) {
        super(name, size, p, p.get(TAU_REF));
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter, or V_th ≤ V_reset
     */
    public static ExpIFRef create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        check(params);
        return new ExpIFRef(name, size, params);
    }
}
