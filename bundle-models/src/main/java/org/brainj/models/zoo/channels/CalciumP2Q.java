package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Calcium currents of the form I = g_max p²q (E_Ca − V) with steady-state kinetics, BrainPy's {@code _ICa_p2q_ss}:
 * dp/dt = φ_p(p∞ − p)/τ_p, dq/dt = φ_q(q∞ − q)/τ_q, φ_p = T_base_p^((T − 24)/10), φ_q = T_base_q^((T − 24)/10)
 * (rates measured at 24 °C). E_Ca and the influx belong to the population's {@link CalciumIon}.
 */
abstract class CalciumP2Q extends SteadyStateChannel {

    static final ParameterSpec T = temperatureSpec(36.0);

    static List<ParameterSpec> parameters(ParameterSpec baseP, ParameterSpec baseQ, ParameterSpec gMax,
                                          ParameterSpec vSh) {
        return List.of(T, baseP, baseQ, gMax, vSh);
    }

    /** V_sh [mV]. */
    final double vSh;

    CalciumP2Q(String model, int size, Parameters p, ParameterSpec baseP, ParameterSpec baseQ, ParameterSpec gMax,
               ParameterSpec vSh) {
        super(model, size, p.get(gMax), Double.NaN, new double[] {
            Rates.temperatureFactor(p.get(baseP), p.get(T), 24.0),
            Rates.temperatureFactor(p.get(baseQ), p.get(T), 24.0)}, "p", "q");
        this.vSh = p.get(vSh);
    }

    @Override
    public final Ion ion() {
        return Ion.CALCIUM;
    }

    @Override
    protected final double conductance(int i, double ca) {
        double p = gates[0][i];
        return gMax * p * p * gates[1][i];
    }
}
