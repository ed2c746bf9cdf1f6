package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.GatingMath;

/**
 * Traub–Miles (1991) sodium current, BrainPy's {@code INa_TM1991}: I = g_max p³q (E − V) with
 * <pre>
 *   α_p = 0.32 (13 − V + V_sh) / (e^((13 − V + V_sh)/4) − 1)
 *   β_p = 0.28 (V − V_sh − 40) / (e^((V − V_sh − 40)/5) − 1)
 *   α_q = 0.128 e^((17 − V + V_sh)/18)                          β_q = 4 / (1 + e^(−(V − V_sh − 40)/5))
 * </pre>
 * Source: Traub &amp; Miles, Neuronal Networks of the Hippocampus (1991); BrainPy
 * {@code sodium_compatible.py} (defaults E 50, g_max 120, φ 1, V_sh −63).
 */
public final class INa_TM1991 extends SodiumP3Q {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "INa_TM1991";

    static final ParameterSpec E = eSpec(50.0);
    static final ParameterSpec G_MAX = gMaxSpec(120.0);
    static final ParameterSpec PHI = phiSpec("phi", 1.0);
    static final ParameterSpec V_SH = vShSpec(-63.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E, G_MAX, PHI, V_SH);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Traub-Miles 1991 sodium current g p^3 q (E - V) (BrainPy INa_TM1991)", PARAMETERS);

    private INa_TM1991(int size, Parameters p) {
        super(MODEL, size, p.get(G_MAX), p.get(E), p.get(PHI), p.get(V_SH));
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static INa_TM1991 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new INa_TM1991(size, params);
    }

    @Override
    double alpha(int gate, double v) {
        if (gate == 0) {
            // 0.32 u / (e^(u/4) − 1) = 0.32·4 · (u/4)/expm1(u/4), u = 13 − V + V_sh.
            return 1.28 * GatingMath.xOverExpm1((13.0 - v + vSh) / 4.0);
        }
        return 0.128 * Math.exp((17.0 - v + vSh) / 18.0);
    }

    @Override
    double beta(int gate, double v) {
        if (gate == 0) {
            return 1.4 * GatingMath.xOverExpm1((v - vSh - 40.0) / 5.0);
        }
        return 4.0 / (1.0 + Math.exp(-(v - vSh - 40.0) / 5.0));
    }
}
