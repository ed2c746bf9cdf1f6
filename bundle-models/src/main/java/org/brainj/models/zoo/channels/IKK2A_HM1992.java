package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The slowly inactivating potassium current IK2a of Huguenard &amp; McCormick (1992), BrainPy's
 * {@code IKK2A_HM1992}: the {@link SlowPotassium} kinetics, τ_q as in {@link SlowPotassium} at every V. Source:
 * Huguenard &amp; McCormick,
 * J. Neurophysiol. 68:1373 (1992); BrainPy {@code potassium_compatible.py} (defaults E −90, g_max 10, V_sh 0,
 * φ_p 1, φ_q 1).
 */
public final class IKK2A_HM1992 extends SlowPotassium {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "IKK2A_HM1992";

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = PARAMS;

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Huguenard-McCormick 1992 slow potassium current g p q (E - V) (BrainPy IKK2A_HM1992)", PARAMETERS);

    private IKK2A_HM1992(int size, Parameters p) {
        super(MODEL, size, p);
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static IKK2A_HM1992 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new IKK2A_HM1992(size, params);
    }

    @Override
    double inactivationTau(double u) {
        return slowTau(u);
    }
}
