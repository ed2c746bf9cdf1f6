package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The slow non-inactivating potassium (M) current of Yamada et al. (1989), BrainPy's {@code IKNI_Ya1989}, which
 * produces spike-frequency adaptation: I = g_max p (E − V), dp/dt = φ_p(p∞ − p)/τ_p,
 * p∞ = 1/(1 + e^(−(V − V_sh + 35)/10)), τ_p = τ_max / (3.3 e^((V − V_sh + 35)/20) + e^(−(V − V_sh + 35)/20)).
 * Source: Yamada, Koch &amp; Adams, Methods in Neuronal Modeling (1989) 97–133; BrainPy {@code potassium_compatible.py}
 * (defaults E −90, g_max 0.004, φ_p 1, τ_max 4000 ms, V_sh 0; BrainPy's unused {@code phi_q} is omitted).
 */
public final class IKNI_Ya1989 extends SteadyStateChannel {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "IKNI_Ya1989";

    static final ParameterSpec E = eSpec(-90.0);
    static final ParameterSpec G_MAX = gMaxSpec(0.004);
    static final ParameterSpec PHI_P = phiSpec("phi_p", 1.0);
    static final ParameterSpec TAU_MAX = ParameterSpec.positive("tau_max", "ms", 4000.0, "largest time constant");
    static final ParameterSpec V_SH = vShSpec(0.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E, G_MAX, PHI_P, TAU_MAX, V_SH);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Yamada 1989 slow non-inactivating (M-type) potassium current g p (E - V) (BrainPy IKNI_Ya1989)",
            PARAMETERS);

    private final double tauMax;
    private final double vSh;

    private IKNI_Ya1989(int size, Parameters p) {
        super(MODEL, size, p.get(G_MAX), p.get(E), new double[] {p.get(PHI_P)}, "p");
        this.tauMax = p.get(TAU_MAX);
        this.vSh = p.get(V_SH);
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static IKNI_Ya1989 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new IKNI_Ya1989(size, params);
    }

    @Override
    public Ion ion() {
        return Ion.POTASSIUM;
    }

    @Override
    protected double conductance(int i, double ca) {
        return gMax * gates[0][i];
    }

    @Override
    double steady(int gate, double v) {
        return 1.0 / (1.0 + Math.exp(-(v - vSh + 35.0) / 10.0));
    }

    @Override
    double tau(int gate, double v) {
        double u = v - vSh + 35.0;
        return tauMax / (3.3 * Math.exp(u / 20.0) + Math.exp(-u / 20.0));
    }
}
