package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.GatingMath;

/**
 * Bazhenov et al. (2002) sodium current, BrainPy's {@code INa_Ba2002}: I = g_max p³q (E − V), φ = 3^((T − 36)/10),
 * <pre>
 *   α_p = 0.32 (V − V_sh − 13) / (1 − e^(−(V − V_sh − 13)/4))
 *   β_p = −0.28 (V − V_sh − 40) / (1 − e^((V − V_sh − 40)/5))
 *   α_q = 0.128 e^(−(V − V_sh − 17)/18)                          β_q = 4 / (1 + e^(−(V − V_sh − 40)/5))
 * </pre>
 * Source: Bazhenov et al., J. Neurosci. 22:8691 (2002); BrainPy {@code sodium_compatible.py} (defaults T 36, E 50,
 * g_max 90, V_sh −50).
 */
public final class INa_Ba2002 extends SodiumP3Q {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "INa_Ba2002";

    static final ParameterSpec T = temperatureSpec(36.0);
    static final ParameterSpec E = eSpec(50.0);
    static final ParameterSpec G_MAX = gMaxSpec(90.0);
    static final ParameterSpec V_SH = vShSpec(-50.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(T, E, G_MAX, V_SH);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Bazhenov 2002 sodium current g p^3 q (E - V), phi = 3^((T-36)/10) (BrainPy INa_Ba2002)", PARAMETERS);

    private INa_Ba2002(int size, Parameters p, double phi) {
        super(MODEL, size, p.get(G_MAX), p.get(E), phi, p.get(V_SH));
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static INa_Ba2002 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new INa_Ba2002(size, params, Rates.temperatureFactor(3.0, params.get(T), 36.0));
    }

    @Override
    double alpha(int gate, double v) {
        if (gate == 0) {
            return 1.28 * GatingMath.xOverExpm1(-(v - vSh - 13.0) / 4.0);
        }
        return 0.128 * Math.exp(-(v - vSh - 17.0) / 18.0);
    }

    @Override
    double beta(int gate, double v) {
        if (gate == 0) {
            // −0.28 u / (1 − e^(u/5)) = 0.28 u / expm1(u/5) = 1.4 · (u/5)/expm1(u/5), u = V − V_sh − 40.
            return 1.4 * GatingMath.xOverExpm1((v - vSh - 40.0) / 5.0);
        }
        return 4.0 / (1.0 + Math.exp(-(v - vSh - 40.0) / 5.0));
    }
}
