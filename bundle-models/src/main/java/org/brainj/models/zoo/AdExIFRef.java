package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * {@link AdExIF} neurons with an absolute refractory period, BrainPy's {@code AdExIFRef}: while
 * t − t_last_spike ≤ τ_ref, V is held at V_reset (delta inputs are ignored); w keeps integrating.
 */
public final class AdExIFRef extends AdExIF {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "AdExIFRef";

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(ExpIF.V_REST, ExpIF.V_RESET, ExpIF.V_TH,
            ExpIF.V_T, ExpIF.DELTA_T, A, B, ExpIF.TAU, TAU_W, ExpIF.R, ExpIF.V0, ExpIF.TAU_REF);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "adaptive exponential integrate-and-fire with refractory period tau_ref", PARAMETERS);

    private AdExIFRef(String name, int size, Parameters p) {
        super(name, size, p, p.get(ExpIF.TAU_REF));
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
    public static AdExIFRef create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        ExpIF.check(params);
        return new AdExIFRef(name, size, params);
    }
}
