package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.GatingMath;

/**
 * The high-voltage-activated calcium current of Reuveni et al. (1993), BrainPy's {@code ICaHT_Re1993}:
 * I = g_max p²q (E_Ca − V), dp/dt = φ_p(α_p(1 − p) − β_p p), dq/dt = φ_q(α_q(1 − q) − β_q q),
 * φ = T_base^((T − 23)/10), and with u = V − V_sh
 * <pre>
 *   α_p = 0.055 (−27 − u) / (e^((−27 − u)/3.8) − 1)    β_p = 0.94 e^((−75 − u)/17)
 *   α_q = 0.000457 e^((−13 − u)/50)                   β_q = 0.0065 / (e^((−15 − u)/28) + 1)
 * </pre>
 * Source: Reuveni et al., J. Neurosci. 13:4609 (1993); BrainPy {@code calcium.py} (defaults T 36, T_base_p 2.3,
 * T_base_q 2.3, g_max 1, V_sh 0).
 */
public final class ICaHT_Re1993 extends MarkovChannel {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "ICaHT_Re1993";

    static final ParameterSpec T = temperatureSpec(36.0);
    static final ParameterSpec T_BASE_P = baseSpec("T_base_p", 2.3, 23.0);
    static final ParameterSpec T_BASE_Q = baseSpec("T_base_q", 2.3, 23.0);
    static final ParameterSpec G_MAX = gMaxSpec(1.0);
    static final ParameterSpec V_SH = vShSpec(0.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(T, T_BASE_P, T_BASE_Q, G_MAX, V_SH);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Reuveni 1993 high-voltage-activated calcium current g p^2 q (E_Ca - V) (BrainPy ICaHT_Re1993)",
            PARAMETERS);

    private final double vSh;

    private ICaHT_Re1993(int size, Parameters p) {
        super(MODEL, size, p.get(G_MAX), Double.NaN, new double[] {
            Rates.temperatureFactor(p.get(T_BASE_P), p.get(T), 23.0),
            Rates.temperatureFactor(p.get(T_BASE_Q), p.get(T), 23.0)}, "p", "q");
        this.vSh = p.get(V_SH);
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static ICaHT_Re1993 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new ICaHT_Re1993(size, params);
    }

    @Override
    public Ion ion() {
        return Ion.CALCIUM;
    }

    @Override
    protected double conductance(int i, double ca) {
        double p = gates[0][i];
        return gMax * p * p * gates[1][i];
    }

    @Override
    double alpha(int gate, double v) {
        double u = v - vSh;
        if (gate == 0) {
            return 0.055 * 3.8 * GatingMath.xOverExpm1((-27.0 - u) / 3.8);
        }
        return 0.000457 * Math.exp((-13.0 - u) / 50.0);
    }

    @Override
    double beta(int gate, double v) {
        double u = v - vSh;
        if (gate == 0) {
            return 0.94 * Math.exp((-75.0 - u) / 17.0);
        }
        return 0.0065 / (Math.exp((-15.0 - u) / 28.0) + 1.0);
    }
}
