package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The calcium-modulated hyperpolarisation-activated current of Destexhe et al. (1996), BrainPy's {@code Ih_De1996}:
 * <pre>
 *   C ⇌ O (α(V), β(V))      P0 + 2Ca²⁺ ⇌ P1 (k1, k2)      O + P1 ⇌ O_L (k3, k4)
 *   dO/dt   = α (1 − O − O_L) − β O
 *   dO_L/dt = k3 P1 O − k4 O_L
 *   dP1/dt  = k1 [Ca]⁴ (1 − P1) − k2 P1
 *   I = g_max (O + g_inc O_L) (E − V)
 *   α = m∞/τ_m, β = (1 − m∞)/τ_m, m∞ = 1/(1 + e^((V + 75 − V_sh)/5.5)),
 *   τ_m = (20 + 1000/(e^((V + 71.5 − V_sh)/14.2) + e^(−(V + 89 − V_sh)/11.6))) / φ,  φ = T_base^((T − 24)/10)
 *   k1 = k2 / Ca_half⁴, k3 = k4 / 0.01
 * </pre>
 * Source: Destexhe et al., J. Neurophysiol. 76:2049 (1996); BrainPy {@code hyperpolarization_activated.py}
 * (defaults E −40, k2 4e−4, k4 1e−3, V_sh 0, g_max 0.02, g_inc 2, Ca_half 2e−3 mM, T 36, T_base 3). Needs calcium.
 */
public final class Ih_De1996 extends Channel {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "Ih_De1996";

    static final ParameterSpec E = eSpec(-40.0);
    static final ParameterSpec K2 = ParameterSpec.positive("k2", "1/ms", 4e-4, "unbinding rate of Ca2+ from P");
    static final ParameterSpec K4 = ParameterSpec.positive("k4", "1/ms", 1e-3, "unlocking rate of O_L");
    static final ParameterSpec V_SH = vShSpec(0.0);
    static final ParameterSpec G_MAX = gMaxSpec(0.02);
    static final ParameterSpec G_INC = ParameterSpec.nonNegative("g_inc", "1", 2.0,
            "conductance of the locked-open state relative to the open state");
    static final ParameterSpec CA_HALF = ParameterSpec.positive("Ca_half", "mM", 2e-3,
            "half-activating calcium concentration of P");
    static final ParameterSpec T = temperatureSpec(36.0);
    static final ParameterSpec T_BASE = baseSpec("T_base", 3.0, 24.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E, K2, K4, V_SH, G_MAX, G_INC, CA_HALF, T, T_BASE);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Destexhe 1996 calcium-modulated Ih: g (O + g_inc O_L) (E - V) (BrainPy Ih_De1996)", PARAMETERS);

    private final double k1;
    private final double k2;
    private final double k3;
    private final double k4;
    private final double vSh;
    private final double gInc;
    private final double phi;

    private Ih_De1996(int size, Parameters p) {
        super(MODEL, size, p.get(G_MAX), p.get(E), "O", "OL", "P1");
        this.k2 = p.get(K2);
        double half = p.get(CA_HALF);
        this.k1 = k2 / (half * half * half * half);
        this.k4 = p.get(K4);
        this.k3 = k4 / 0.01;
        this.vSh = p.get(V_SH);
        this.gInc = p.get(G_INC);
        this.phi = Rates.temperatureFactor(p.get(T_BASE), p.get(T), 24.0);
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static Ih_De1996 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new Ih_De1996(size, params);
    }

    @Override
    public Ion ion() {
        return Ion.NONSPECIFIC;
    }

    @Override
    public boolean usesCalcium() {
        return true;
    }

    @Override
    protected double conductance(int i, double ca) {
        return gMax * (gates[0][i] + gInc * gates[1][i]);
    }

    private double mInf(double v) {
        return 1.0 / (1.0 + Math.exp((v + 75.0 - vSh) / 5.5));
    }

    private double tauM(double v) {
        return (20.0 + 1000.0 / (Math.exp((v + 71.5 - vSh) / 14.2) + Math.exp(-(v + 89.0 - vSh) / 11.6))) / phi;
    }

    @Override
    protected double inf(int gate, int i, double v, double ca) {
        switch (gate) {
            case 0:
                // dO/dt = α(1 − O_L) − (α + β)O with O_L held.
                return mInf(v) * (1.0 - gates[1][i]);
            case 1:
                return k3 * gates[2][i] * gates[0][i] / k4;
            default:
                double c2 = ca * ca;
                double bound = k1 * c2 * c2;
                return bound / (bound + k2);
        }
    }

    @Override
    protected double rate(int gate, int i, double v, double ca) {
        switch (gate) {
            case 0:
                return 1.0 / tauM(v);
            case 1:
                return k4;
            default:
                double c2 = ca * ca;
                return k1 * c2 * c2 + k2;
        }
    }

    @Override
    public void steadyState(double[] v, double[] ca, int from, int to) {
        for (int i = from; i < to; i++) {
            double c = ca == null ? 0.0 : ca[i];
            double c2 = c * c;
            double bound = k1 * c2 * c2;
            double p1 = bound / (bound + k2);
            double inf = mInf(v[i]);
            double tau = tauM(v[i]);
            double a = inf / tau;
            double b = (1.0 - inf) / tau;
            double o = a / (a + a * k3 * p1 / k4 + b);
            gates[2][i] = p1;
            gates[0][i] = o;
            gates[1][i] = k3 * p1 * o / k4;
        }
    }
}
