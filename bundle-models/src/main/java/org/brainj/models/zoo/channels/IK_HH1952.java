package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.GatingMath;

/**
 * Hodgkin–Huxley (1952) delayed-rectifier potassium current, BrainPy's {@code IK_HH1952}: I = g_max p⁴ (E − V),
 * dp/dt = φ(α_p(1 − p) − β_p p), α_p = 0.01 (V − V_sh + 10) / (1 − e^(−(V − V_sh + 10)/10)),
 * β_p = 0.125 e^(−(V − V_sh + 20)/80). With V_sh = −45 mV: the n gate of {@link org.brainj.models.zoo.HH}.
 * Source: Hodgkin &amp; Huxley (1952); BrainPy {@code potassium_compatible.py} (defaults E −90, g_max 10, φ 1,
 * V_sh −45; the HH neuron's own values are E −77, g_max 36).
 */
public final class IK_HH1952 extends PotassiumP4 {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "IK_HH1952";

    static final ParameterSpec E = eSpec(-90.0);
    static final ParameterSpec G_MAX = gMaxSpec(10.0);
    static final ParameterSpec PHI = phiSpec("phi", 1.0);
    static final ParameterSpec V_SH = vShSpec(-45.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E, G_MAX, PHI, V_SH);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Hodgkin-Huxley 1952 potassium current g p^4 (E - V) (BrainPy IK_HH1952)", PARAMETERS);

    private IK_HH1952(int size, Parameters p) {
        super(MODEL, size, p.get(G_MAX), p.get(E), p.get(PHI), p.get(V_SH));
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static IK_HH1952 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new IK_HH1952(size, params);
    }

    @Override
    double alpha(int gate, double v) {
        return 0.1 * GatingMath.xOverExpm1(-(v - vSh + 10.0) / 10.0);
    }

    @Override
    double beta(int gate, double v) {
        return 0.125 * Math.exp(-(v - vSh + 20.0) / 80.0);
    }
}
