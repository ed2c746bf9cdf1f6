package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.GatingMath;

/**
 * Hodgkin–Huxley (1952) sodium current, BrainPy's {@code INa_HH1952}: I = g_max p³q (E − V),
 * dp/dt = φ(α_p(1 − p) − β_p p), dq/dt = φ(α_q(1 − q) − β_q q) with
 * <pre>
 *   α_p = 0.1 (V − V_sh − 5) / (1 − e^(−(V − V_sh − 5)/10))   β_p = 4 e^(−(V − V_sh + 20)/18)
 *   α_q = 0.07 e^(−(V − V_sh + 20)/20)                        β_q = 1 / (1 + e^(−(V − V_sh − 10)/10))
 * </pre>
 * With V_sh = −45 mV these are Hodgkin and Huxley's rates in the modern convention (rest −65 mV), those of the
 * {@link org.brainj.models.zoo.HH} neuron. Source: Hodgkin &amp; Huxley, J. Physiol. 117:500 (1952); BrainPy
 * {@code brainpy/_src/dyn/channels/sodium_compatible.py} (defaults E 50, g_max 120, φ 1, V_sh −45).
 */
public final class INa_HH1952 extends SodiumP3Q {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "INa_HH1952";

    static final ParameterSpec E = eSpec(50.0);
    static final ParameterSpec G_MAX = gMaxSpec(120.0);
    static final ParameterSpec PHI = phiSpec("phi", 1.0);
    static final ParameterSpec V_SH = vShSpec(-45.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E, G_MAX, PHI, V_SH);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Hodgkin-Huxley 1952 sodium current g p^3 q (E - V) (BrainPy INa_HH1952)", PARAMETERS);

    private INa_HH1952(int size, Parameters p) {
        super(MODEL, size, p.get(G_MAX), p.get(E), p.get(PHI), p.get(V_SH));
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel, gates at zero until its population resets them
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static INa_HH1952 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new INa_HH1952(size, params);
    }

    @Override
    double alpha(int gate, double v) {
        if (gate == 0) {
            return GatingMath.xOverExpm1(-(v - vSh - 5.0) / 10.0);
        }
        return 0.07 * Math.exp(-(v - vSh + 20.0) / 20.0);
    }

    @Override
    double beta(int gate, double v) {
        if (gate == 0) {
            return 4.0 * Math.exp(-(v - vSh + 20.0) / 18.0);
        }
        return 1.0 / (1.0 + Math.exp(-(v - vSh - 10.0) / 10.0));
    }
}
