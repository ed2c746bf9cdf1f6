package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The rapidly inactivating A-type potassium currents of Huguenard &amp; McCormick (1992), BrainPy's
 * {@code _IKA_p4q_ss}: I = g_max p⁴q (E − V), dp/dt = φ_p(p∞ − p)/τ_p, dq/dt = φ_q(q∞ − q)/τ_q with
 * <pre>
 *   τ_p = 1 / (e^((V − V_sh + 35.8)/19.7) + e^(−(V − V_sh + 79.7)/12.7)) + 0.37
 *   q∞  = 1 / (1 + e^((V − V_sh + 78)/6))
 *   τ_q = 1 / (e^((V − V_sh + 46)/5) + e^(−(V − V_sh + 238)/37.5))   for V &lt; −63 + V_sh, else 19
 * </pre>
 * and p∞ per component ({@link IKA1_HM1992}, {@link IKA2_HM1992}).
 */
abstract class ATypePotassium extends SteadyStateChannel {

    static final ParameterSpec E = eSpec(-90.0);
    static final ParameterSpec V_SH = vShSpec(0.0);
    static final ParameterSpec PHI_P = phiSpec("phi_p", 1.0);
    static final ParameterSpec PHI_Q = phiSpec("phi_q", 1.0);

    static List<ParameterSpec> parameters(ParameterSpec gMax) {
        return List.of(E, gMax, V_SH, PHI_P, PHI_Q);
    }

    /** V_sh [mV]. */
    final double vSh;

    ATypePotassium(String model, int size, Parameters p, ParameterSpec gMax) {
        super(model, size, p.get(gMax), p.get(E), new double[] {p.get(PHI_P), p.get(PHI_Q)}, "p", "q");
        this.vSh = p.get(V_SH);
    }

    @Override
    public final Ion ion() {
        return Ion.POTASSIUM;
    }

    @Override
    protected final double conductance(int i, double ca) {
        double p = gates[0][i];
        double p2 = p * p;
        return gMax * p2 * p2 * gates[1][i];
    }

    /**
     * @param u V − V_sh [mV]
     * @return p∞
     */
    abstract double pInf(double u);

    @Override
    final double steady(int gate, double v) {
        double u = v - vSh;
        return gate == 0 ? pInf(u) : 1.0 / (1.0 + Math.exp((u + 78.0) / 6.0));
    }

    @Override
    final double tau(int gate, double v) {
        double u = v - vSh;
        if (gate == 0) {
            return 1.0 / (Math.exp((u + 35.8) / 19.7) + Math.exp(-(u + 79.7) / 12.7)) + 0.37;
        }
        return u < -63.0 ? 1.0 / (Math.exp((u + 46.0) / 5.0) + Math.exp(-(u + 238.0) / 37.5)) : 19.0;
    }
}
