package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.GatingMath;

/**
 * Traub–Miles (1991) potassium current, BrainPy's {@code IK_TM1991}: I = g_max p⁴ (E − V),
 * α_p = 0.032 (15 − V + V_sh) / (e^((15 − V + V_sh)/5) − 1), β_p = 0.5 e^((10 − V + V_sh)/40). Source: Traub &amp;
 * Miles (1991); BrainPy {@code potassium_compatible.py} (defaults E −90, g_max 10, φ 1, V_sh −60).
 */
public final class IK_TM1991 extends PotassiumP4 {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "IK_TM1991";

    static final ParameterSpec E = eSpec(-90.0);
    static final ParameterSpec G_MAX = gMaxSpec(10.0);
    static final ParameterSpec PHI = phiSpec("phi", 1.0);
    static final ParameterSpec V_SH = vShSpec(-60.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E, G_MAX, PHI, V_SH);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Traub-Miles 1991 potassium current g p^4 (E - V) (BrainPy IK_TM1991)", PARAMETERS);

    private IK_TM1991(int size, Parameters p) {
        super(MODEL, size, p.get(G_MAX), p.get(E), p.get(PHI), p.get(V_SH));
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static IK_TM1991 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new IK_TM1991(size, params);
    }

    @Override
    double alpha(int gate, double v) {
        return 0.16 * GatingMath.xOverExpm1((15.0 - v + vSh) / 5.0);
    }

    @Override
    double beta(int gate, double v) {
        return 0.5 * Math.exp((10.0 - v + vSh) / 40.0);
    }
}
