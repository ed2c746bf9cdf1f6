package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The low-threshold T-type calcium current of Huguenard &amp; McCormick (1992) (J. Neurophysiol. 68:1373), BrainPy's
 * {@code ICaT_HM1992}: I = g_max p²q (E_Ca − V) with the {@link HuguenardMcCormickCalcium} kinetics. Defaults T 36,
 * T_base_p 3.55, T_base_q 3.0, g_max 2.0, V_sh −3.0, as BrainPy's {@code brainpy/_src/dyn/channels/calcium.py}.
 */
public final class ICaT_HM1992 extends HuguenardMcCormickCalcium {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "ICaT_HM1992";

    static final ParameterSpec T_BASE_P = baseSpec("T_base_p", 3.55, 24.0);
    static final ParameterSpec T_BASE_Q = baseSpec("T_base_q", 3.0, 24.0);
    static final ParameterSpec G_MAX = gMaxSpec(2.0);
    static final ParameterSpec V_SH = vShSpec(-3.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = parameters(T_BASE_P, T_BASE_Q, G_MAX, V_SH);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Huguenard-McCormick 1992 low-threshold T-type calcium current g p^2 q (E_Ca - V) (BrainPy ICaT_HM1992)",
            PARAMETERS);

    private ICaT_HM1992(int size, Parameters p) {
        super(MODEL, size, p, T_BASE_P, T_BASE_Q, G_MAX, V_SH);
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static ICaT_HM1992 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new ICaT_HM1992(size, params);
    }
}
