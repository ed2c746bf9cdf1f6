package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * {@link QuaIF} neurons with an absolute refractory period, BrainPy's {@code QuaIFRef}: while t − t_last_spike ≤ τ_ref, V is
 * held at V_reset (delta inputs are ignored); the other variables keep integrating.
 */
public final class QuaIFRef extends QuaIF {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "QuaIFRef";

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = withTauRef(QuaIF.PARAMETERS);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "quadratic integrate-and-fire with refractory period tau_ref", PARAMETERS);

    private QuaIFRef(String name, int size, Parameters p) {
        super(name, size, p, p.get(TAU_REF));
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static QuaIFRef create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        check(params);
        return new QuaIFRef(name, size, params);
    }
}
