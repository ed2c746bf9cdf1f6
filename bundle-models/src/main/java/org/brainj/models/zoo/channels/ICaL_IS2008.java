package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The L-type calcium current of Inoue &amp; Strowbridge (2008) (J. Neurophysiol. 99:187), BrainPy's {@code
 * ICaL_IS2008}:
 * <pre>
 *   p∞ = 1/(1 + e^(−(u + 10)/4))
 *   τ_p = 0.4 + 0.7/(e^(−(u + 5)/15) + e^((u + 5)/15))
 *   q∞ = 1/(1 + e^((u + 25)/2))
 *   τ_q = 300 + 100/(e^((u + 40)/9.5) + e^(−(u + 40)/9.5))
 * </pre>
 * (u = V − V_sh). Defaults T 36, T_base_p 3.55, T_base_q 3.0, g_max 1.0, V_sh 0.0, as BrainPy's
 * {@code brainpy/_src/dyn/channels/calcium.py}.
 */
public final class ICaL_IS2008 extends CalciumP2Q {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "ICaL_IS2008";

    static final ParameterSpec T_BASE_P = baseSpec("T_base_p", 3.55, 24.0);
    static final ParameterSpec T_BASE_Q = baseSpec("T_base_q", 3.0, 24.0);
    static final ParameterSpec G_MAX = gMaxSpec(1.0);
    static final ParameterSpec V_SH = vShSpec(0.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = parameters(T_BASE_P, T_BASE_Q, G_MAX, V_SH);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Inoue-Strowbridge 2008 L-type calcium current g p^2 q (E_Ca - V) (BrainPy ICaL_IS2008)", PARAMETERS);

    private ICaL_IS2008(int size, Parameters p) {
        super(MODEL, size, p, T_BASE_P, T_BASE_Q, G_MAX, V_SH);
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static ICaL_IS2008 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new ICaL_IS2008(size, params);
    }

    @Override
    double steady(int gate, double v) {
        double u = v - vSh;
        return gate == 0 ? 1.0 / (1.0 + Math.exp(-(u + 10.0) / 4.0)) : 1.0 / (1.0 + Math.exp((u + 25.0) / 2.0));
    }

    @Override
    double tau(int gate, double v) {
        double u = v - vSh;
        if (gate == 0) {
            return 0.4 + 0.7 / (Math.exp(-(u + 5.0) / 15.0) + Math.exp((u + 5.0) / 15.0));
        }
        return 300.0 + 100.0 / (Math.exp((u + 40.0) / 9.5) + Math.exp(-(u + 40.0) / 9.5));
    }
}
