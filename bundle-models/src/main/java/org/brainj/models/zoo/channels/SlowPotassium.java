package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The slowly inactivating potassium currents IK2 of Huguenard &amp; McCormick (1992), BrainPy's {@code _IKK2_pq_ss}:
 * I = g_max p q (E − V), dp/dt = φ_p(p∞ − p)/τ_p, dq/dt = φ_q(q∞ − q)/τ_q with
 * <pre>
 *   p∞  = 1 / (1 + e^(−(V − V_sh + 43)/17))
 *   τ_p = 1 / (e^((V − V_sh − 81)/25.6) + e^(−(V − V_sh + 132)/18)) + 9.9
 *   q∞  = 1 / (1 + e^((V − V_sh + 58)/10.6))
 *   τ_q = 1 / (e^((V − V_sh − 1329)/200) + e^(−(V − V_sh + 130)/7.1))   (IKK2B: 8.9 ms for V ≥ −70 + V_sh)
 * </pre>
 * as BrainPy's code computes them (its docstring writes +59 in q∞ and +120 in τ_q; the code is followed here).
 */
abstract class SlowPotassium extends SteadyStateChannel {

    static final ParameterSpec E = eSpec(-90.0);
    static final ParameterSpec G_MAX = gMaxSpec(10.0);
    static final ParameterSpec V_SH = vShSpec(0.0);
    static final ParameterSpec PHI_P = phiSpec("phi_p", 1.0);
    static final ParameterSpec PHI_Q = phiSpec("phi_q", 1.0);

    /** The parameters, in BrainPy's order. */
    static final List<ParameterSpec> PARAMS = List.of(E, G_MAX, V_SH, PHI_P, PHI_Q);

    private final double vSh;

    SlowPotassium(String model, int size, Parameters p) {
        super(model, size, p.get(G_MAX), p.get(E), new double[] {p.get(PHI_P), p.get(PHI_Q)}, "p", "q");
        this.vSh = p.get(V_SH);
    }

    @Override
    public final Ion ion() {
        return Ion.POTASSIUM;
    }

    @Override
    protected final double conductance(int i, double ca) {
        return gMax * gates[0][i] * gates[1][i];
    }

    @Override
    final double steady(int gate, double v) {
        double u = v - vSh;
        return gate == 0 ? 1.0 / (1.0 + Math.exp(-(u + 43.0) / 17.0)) : 1.0 / (1.0 + Math.exp((u + 58.0) / 10.6));
    }

    @Override
    final double tau(int gate, double v) {
        double u = v - vSh;
        if (gate == 0) {
            return 1.0 / (Math.exp((u - 81.0) / 25.6) + Math.exp(-(u + 132.0) / 18.0)) + 9.9;
        }
        return inactivationTau(u);
    }

    /**
     * @param u V − V_sh [mV]
     * @return τ_q [ms]
     */
    abstract double inactivationTau(double u);

    static double slowTau(double u) {
        return 1.0 / (Math.exp((u - 1329.0) / 200.0) + Math.exp(-(u + 130.0) / 7.1));
    }
}
