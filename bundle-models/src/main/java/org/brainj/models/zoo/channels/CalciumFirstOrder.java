package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * First-order calcium, BrainPy's {@code CalciumFirstOrder}: d[Ca]/dt = max(−α I_Ca, 0) − β[Ca], E_Ca by Nernst, with
 * I_Ca = Σ g(V − E_Ca) of the calcium channels (negative inward; the sign BrainPy's own sum g(E − V) gets wrong, see
 * {@link CalciumDetailed}). The form and the values α = 0.13, β = 0.075 are Pinsky &amp; Rinzel's (1994) calcium.
 * Source: BrainPy {@code brainpy/_src/dyn/ions/calcium.py} (defaults T 36, α 0.13, β 0.075, C0 2 mM, initial
 * 2.4e−4 mM).
 */
public final class CalciumFirstOrder extends CalciumDynamics {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "CalciumFirstOrder";

    static final ParameterSpec ALPHA = ParameterSpec.nonNegative("alpha", "mM/(ms*uA/cm^2)", 0.13,
            "calcium per unit inward calcium current");
    static final ParameterSpec BETA = ParameterSpec.positive("beta", "1/ms", 0.075, "calcium removal rate");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(T, ALPHA, BETA, C0, C_INIT);

    /** What model factories list for this ion. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "first-order calcium d[Ca]/dt = max(-alpha I_Ca, 0) - beta [Ca], Nernst E_Ca (BrainPy CalciumFirstOrder)",
            PARAMETERS);

    private final double alpha;
    private final double beta;

    private CalciumFirstOrder(int size, Parameters p) {
        super(size, p.get(T), p.get(C0), p.get(C_INIT));
        this.alpha = p.get(ALPHA);
        this.beta = p.get(BETA);
        reset();
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the ion, at its initial concentration
     */
    public static CalciumFirstOrder create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new CalciumFirstOrder(size, params);
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    double target(int i, double iCa) {
        return Math.max(-alpha * iCa, 0.0) / beta;
    }

    @Override
    double removal() {
        return beta;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }
}
