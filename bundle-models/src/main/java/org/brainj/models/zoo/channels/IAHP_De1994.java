package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * The calcium-dependent potassium (after-hyperpolarisation) current of Destexhe et al. (1994), BrainPy's
 * {@code IAHP_De1994}: closed + n Ca²⁺ ⇌ open (rates α, β), I = g_max p² (E − V),
 * dp/dt = φ(p∞ − p)/τ_p, p∞ = α[Ca]ⁿ/(α[Ca]ⁿ + β), τ_p = 1/(α[Ca]ⁿ + β). Source: Destexhe et al., J. Neurophysiol.
 * 72:803 (1994); BrainPy {@code potassium_calcium_compatible.py} (defaults E −95, n 2, g_max 10, α 48 ms⁻¹mM⁻ⁿ,
 * β 0.09 ms⁻¹, φ 1). Needs calcium in its population.
 */
public final class IAHP_De1994 extends Channel {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "IAHP_De1994";

    static final ParameterSpec E = eSpec(-95.0);
    static final ParameterSpec N = ParameterSpec.positive("n", "1", 2.0, "number of Ca2+ ions binding to open");
    static final ParameterSpec G_MAX = gMaxSpec(10.0);
    static final ParameterSpec ALPHA = ParameterSpec.nonNegative("alpha", "1/(ms*mM^n)", 48.0, "binding rate");
    static final ParameterSpec BETA = ParameterSpec.positive("beta", "1/ms", 0.09, "unbinding rate");
    static final ParameterSpec PHI = phiSpec("phi", 1.0);

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E, N, G_MAX, ALPHA, BETA, PHI);

    /** What model factories list for this channel. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "Destexhe 1994 calcium-dependent potassium (AHP) current g p^2 (E - V) (BrainPy IAHP_De1994)",
            PARAMETERS);

    private final double n;
    private final double alpha;
    private final double beta;
    private final double phi;

    private IAHP_De1994(int size, Parameters p) {
        super(MODEL, size, p.get(G_MAX), p.get(E), "p");
        this.n = p.get(N);
        this.alpha = p.get(ALPHA);
        this.beta = p.get(BETA);
        this.phi = p.get(PHI);
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the channel
     */
    public static IAHP_De1994 create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new IAHP_De1994(size, params);
    }

    @Override
    public Ion ion() {
        return Ion.POTASSIUM;
    }

    @Override
    public boolean usesCalcium() {
        return true;
    }

    @Override
    protected double conductance(int i, double ca) {
        double p = gates[0][i];
        return gMax * p * p;
    }

    private double bound(double ca) {
        return n == 2.0 ? alpha * ca * ca : alpha * Math.pow(ca, n);
    }

    @Override
    protected double inf(int gate, int i, double v, double ca) {
        double c2 = bound(ca);
        return c2 / (c2 + beta);
    }

    @Override
    protected double rate(int gate, int i, double v, double ca) {
        return phi * (bound(ca) + beta);
    }
}
