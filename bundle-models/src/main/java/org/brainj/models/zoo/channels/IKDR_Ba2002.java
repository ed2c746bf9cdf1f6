package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.GatingMath;

/**
 * Bazhenov et al. (2002) delayed-rectifier potassium current, BrainPy's {@code IKDR_Ba2002}: I = g_max p⁴ (E − V),
 * φ = T_base^((T − 36)/10), α_p = 0.032 (V − V_sh − 15) / (1 − e^(−(V − V_sh − 15)/5)),
 * β_p = 0.5 e^(−(V − V_sh − 10)/40). Source: Bazhenov et al., J. Neurosci. 22:8691 (2002); BrainPy
 * {@code potassium_compatible.py} (defaults E −90, g_max 10, V_sh −50, T_base 3, T 36).
 */
public final class IKDR_Ba2002 extends PotassiumP4 {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "IKDR_Ba2002";

    static final ParameterSpec E = eSpec(-90.0);
    static final ParameterSpec G_MAX = gMaxSpec(10.0);
    static final ParameterSpec V_SH = vShSpec(-50.0);
    static final ParameterSpec T_BASE = baseSpec("T_base", 3.0, 36.0);
    static final ParameterSpec T = temperatureSpec(36.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E, G_MAX, V_SH, T_BASE, T);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Bazhenov 2002 delayed-rectifier potassium current g p^4 (E - V) (BrainPy IKDR_Ba2002)", PARAMETERS);

    private IKDR_Ba2002(int size, Parameters p, double phi) {
        super(MODEL, size, p.get(G_MAX), p.get(E), phi, p.get(V_SH));
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static IKDR_Ba2002 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new IKDR_Ba2002(size, params, Rates.temperatureFactor(params.get(T_BASE), params.get(T), 36.0));
    }

    @Override
    double alpha(int gate, double v) {
        return 0.16 * GatingMath.xOverExpm1(-(v - vSh - 15.0) / 5.0);
    }

    @Override
    double beta(int gate, double v) {
        return 0.5 * Math.exp(-(v - vSh - 10.0) / 40.0);
    }
}
