package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The hyperpolarisation-activated cation current of Huguenard &amp; McCormick (1992), BrainPy's {@code Ih_HM1992}:
 * I = g_max p (E − V), dp/dt = φ(p∞ − p)/τ_p, p∞ = 1/(1 + e^((V + 75)/5.5)),
 * τ_p = 1/(e^(−0.086 V − 14.59) + e^(0.0701 V − 1.87)). Source: Huguenard &amp; McCormick, J. Neurophysiol.
 * 68:1373 (1992); BrainPy {@code hyperpolarization_activated.py} (defaults g_max 10, E 43, φ 1).
 */
public final class Ih_HM1992 extends SteadyStateChannel {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "Ih_HM1992";

    static final ParameterSpec G_MAX = gMaxSpec(10.0);
    static final ParameterSpec E = eSpec(43.0);
    static final ParameterSpec PHI = phiSpec("phi", 1.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(G_MAX, E, PHI);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Huguenard-McCormick 1992 hyperpolarization-activated cation current g p (E - V) (BrainPy Ih_HM1992)",
            PARAMETERS);

    private Ih_HM1992(int size, Parameters p) {
        super(MODEL, size, p.get(G_MAX), p.get(E), new double[] {p.get(PHI)}, "p");
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static Ih_HM1992 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new Ih_HM1992(size, params);
    }

    @Override
    public Ion ion() {
        return Ion.NONSPECIFIC;
    }

    @Override
    protected double conductance(int i, double ca) {
        return gMax * gates[0][i];
    }

    @Override
    double steady(int gate, double v) {
        return 1.0 / (1.0 + Math.exp((v + 75.0) / 5.5));
    }

    @Override
    double tau(int gate, double v) {
        return 1.0 / (Math.exp(-0.086 * v - 14.59) + Math.exp(0.0701 * v - 1.87));
    }
}
