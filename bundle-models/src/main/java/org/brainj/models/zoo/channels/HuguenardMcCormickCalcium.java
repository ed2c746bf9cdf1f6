package org.brainj.models.zoo.channels;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The p²q calcium kinetics of Huguenard &amp; McCormick (1992), J. Neurophysiol. 68:1373, shared by BrainPy's
 * {@code ICaT_HM1992} (low threshold, V_sh −3 mV) and {@code ICaHT_HM1992} (the same rates shifted to a high
 * threshold, V_sh 25 mV); with u = V − V_sh
 * <pre>
 *   p∞ = 1/(1 + e^(−(u + 59)/6.2))
 *   τ_p = 1/(e^(−(u + 132)/16.7) + e^((u + 16.8)/18.2)) + 0.612
 *   q∞ = 1/(1 + e^((u + 83)/4))
 *   τ_q = e^(−(u + 22)/10.5) + 28 for u ≥ −80, else e^((u + 467)/66.6)
 * </pre>
 * as BrainPy's {@code brainpy/_src/dyn/channels/calcium.py}. The two currents differ only in their defaults, so the
 * rate functions live here once.
 */
abstract class HuguenardMcCormickCalcium extends CalciumP2Q {

    HuguenardMcCormickCalcium(String model, int size, Parameters p, ParameterSpec baseP, ParameterSpec baseQ,
                              ParameterSpec gMax, ParameterSpec vSh) {
        super(model, size, p, baseP, baseQ, gMax, vSh);
    }

    @Override
    final double steady(int gate, double v) {
        double u = v - vSh;
        return gate == 0 ? 1.0 / (1.0 + Math.exp(-(u + 59.0) / 6.2)) : 1.0 / (1.0 + Math.exp((u + 83.0) / 4.0));
    }

    @Override
    final double tau(int gate, double v) {
        double u = v - vSh;
        if (gate == 0) {
            return 1.0 / (Math.exp(-(u + 132.0) / 16.7) + Math.exp((u + 16.8) / 18.2)) + 0.612;
        }
        return u >= -80.0 ? Math.exp(-(u + 22.0) / 10.5) + 28.0 : Math.exp((u + 467.0) / 66.6);
    }
}
