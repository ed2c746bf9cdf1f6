package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The low-threshold T-type calcium current of reticular thalamic neurons, Huguenard &amp; Prince (1992) (J. Neurosci.
 * 12:3804), BrainPy's {@code ICaT_HP1992}:
 * <pre>
 *   p∞ = 1/(1 + e^(−(u + 52)/7.4))
 *   τ_p = 3 + 1/(e^((u + 27)/10) + e^(−(u + 102)/15))
 *   q∞ = 1/(1 + e^((u + 80)/5))
 *   τ_q = 85 + 1/(e^((u + 48)/4) + e^(−(u + 407)/50))
 * </pre>
 * (u = V − V_sh). Defaults T 36, T_base_p 5.0, T_base_q 3.0, g_max 1.75, V_sh -3.0, as BrainPy's
 * {@code brainpy/_src/dyn/channels/calcium.py}.
 */
public final class ICaT_HP1992 extends CalciumP2Q {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "ICaT_HP1992";

    static final ParameterSpec T_BASE_P = baseSpec("T_base_p", 5.0, 24.0);
    static final ParameterSpec T_BASE_Q = baseSpec("T_base_q", 3.0, 24.0);
    static final ParameterSpec G_MAX = gMaxSpec(1.75);
    static final ParameterSpec V_SH = vShSpec(-3.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = parameters(T_BASE_P, T_BASE_Q, G_MAX, V_SH);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Huguenard-Prince 1992 reticular T-type calcium current g p^2 q (E_Ca - V) (BrainPy ICaT_HP1992)",
            PARAMETERS);

    private ICaT_HP1992(int size, Parameters p) {
        super(MODEL, size, p, T_BASE_P, T_BASE_Q, G_MAX, V_SH);
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static ICaT_HP1992 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new ICaT_HP1992(size, params);
    }

    @Override
    double steady(int gate, double v) {
        double u = v - vSh;
        return gate == 0 ? 1.0 / (1.0 + Math.exp(-(u + 52.0) / 7.4)) : 1.0 / (1.0 + Math.exp((u + 80.0) / 5.0));
    }

    @Override
    double tau(int gate, double v) {
        double u = v - vSh;
        if (gate == 0) {
            return 3.0 + 1.0 / (Math.exp((u + 27.0) / 10.0) + Math.exp(-(u + 102.0) / 15.0));
        }
        return 85.0 + 1.0 / (Math.exp((u + 48.0) / 4.0) + Math.exp(-(u + 407.0) / 50.0));
    }
}
