package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The calcium-activated non-selective cation current of Inoue &amp; Strowbridge (2008), BrainPy's
 * {@code ICaN_IS2008}: I = g_max M([Ca]) p (E − V), M = [Ca]/(0.2 + [Ca]) ([Ca] in mM), dp/dt = φ(p∞ − p)/τ_p,
 * p∞ = 1/(1 + e^(−(V + 43)/5.2)), τ_p = 2.7/(e^(−(V + 55)/15) + e^((V + 55)/15)) + 1.6. Sources: Destexhe et al.,
 * J. Neurophysiol. 72:803 (1994); Inoue &amp; Strowbridge, J. Neurophysiol. 99:187 (2008); BrainPy {@code calcium.py}
 * (defaults E 10, g_max 1, φ 1). Needs calcium in its population.
 */
public final class ICaN_IS2008 extends SteadyStateChannel {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "ICaN_IS2008";

    static final ParameterSpec E = eSpec(10.0);
    static final ParameterSpec G_MAX = gMaxSpec(1.0);
    static final ParameterSpec PHI = phiSpec("phi", 1.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E, G_MAX, PHI);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Inoue-Strowbridge 2008 calcium-activated non-selective cation current g Ca/(Ca+0.2) p (E - V) "
                    + "(BrainPy ICaN_IS2008)", PARAMETERS);

    private ICaN_IS2008(int size, Parameters p) {
        super(MODEL, size, p.get(G_MAX), p.get(E), new double[] {p.get(PHI)}, "p");
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static ICaN_IS2008 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new ICaN_IS2008(size, params);
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
        return gMax * (ca / (ca + 0.2)) * gates[0][i];
    }

    @Override
    double steady(int gate, double v) {
        return 1.0 / (1.0 + Math.exp(-(v + 43.0) / 5.2));
    }

    @Override
    double tau(int gate, double v) {
        return 2.7 / (Math.exp(-(v + 55.0) / 15.0) + Math.exp((v + 55.0) / 15.0)) + 1.6;
    }
}
