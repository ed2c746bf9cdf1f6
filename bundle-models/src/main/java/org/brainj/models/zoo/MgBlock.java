package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.SynapticOutput;

/**
 * Magnesium-blocked conductance output, BrainPy's {@code MgBlock} (Jahr and Stevens 1990), for NMDA synapses:
 * I = g (E − V) / (1 + (cc_Mg/β) e^(α (V_offset − V))).
 *
 * <p>The exponential is a branch-free polynomial ({@link FastMath#exp}) so the loop vectorises; its argument is
 * clamped to ±36, where the block is 1 or 0 to double precision (|V − V_offset| &gt; 580 mV with the default α).
 */
public final class MgBlock extends SynapticOutput {

    /** The model's name. */
    public static final String MODEL = "MgBlock";

    static final ParameterSpec E = ParameterSpec.any("E", "mV", 0.0, "reversal potential");
    static final ParameterSpec CC_MG = ParameterSpec.nonNegative("cc_Mg", "mM", 1.2,
            "extracellular magnesium concentration");
    static final ParameterSpec ALPHA = ParameterSpec.any("alpha", "1/mV", 0.062, "voltage sensitivity of the block");
    static final ParameterSpec BETA = ParameterSpec.positive("beta", "mM", 3.57, "magnesium sensitivity");
    static final ParameterSpec V_OFFSET = ParameterSpec.any("V_offset", "mV", 0.0, "offset of the potential");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E, CC_MG, ALPHA, BETA, V_OFFSET);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.OUTPUT,
            "magnesium block: I = g (E - V) / (1 + cc_Mg/beta exp(alpha (V_offset - V))) (BrainPy MgBlock)",
            PARAMETERS);

    private final double e;
    private final double ccMg;
    private final double alpha;
    private final double beta;
    private final double vOffset;

    /**
     * @param e       reversal potential [mV]
     * @param ccMg    magnesium concentration [mM], ≥ 0
     * @param alpha   voltage sensitivity [1/mV]
     * @param beta    magnesium sensitivity [mM], &gt; 0
     * @param vOffset potential offset [mV]
     */
    public MgBlock(double e, double ccMg, double alpha, double beta, double vOffset) {
        this.e = E.validate(e);
        this.ccMg = CC_MG.validate(ccMg);
        this.alpha = ALPHA.validate(alpha);
        this.beta = BETA.validate(beta);
        this.vOffset = V_OFFSET.validate(vOffset);
    }

    /**
     * @param params {@code E}, {@code cc_Mg}, {@code alpha}, {@code beta}, {@code V_offset}
     * @return the output
     */
    public static MgBlock create(Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new MgBlock(params.get(E), params.get(CC_MG), params.get(ALPHA), params.get(BETA),
                params.get(V_OFFSET));
    }

    @Override
    public String identity() {
        return MODEL + "(E=" + e + ", cc_Mg=" + ccMg + ", alpha=" + alpha + ", beta=" + beta + ", V_offset=" + vOffset
                + ")";
    }

    /**
     * @param g conductance
     * @param v membrane potential [mV]
     * @return the current this output adds for one member
     */
    public double current(double g, double v) {
        double z = Math.max(-FastMath.LIMIT, Math.min(FastMath.LIMIT, alpha * (vOffset - v)));
        return g * (e - v) / (1.0 + ccMg / beta * FastMath.exp(z));
    }

    @Override
    public void apply(double[] g, double[] v, double[] input, int from, int to) {
        final double rev = e;
        final double c = ccMg / beta;
        final double a = alpha;
        final double off = vOffset;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double z = Math.max(-FastMath.LIMIT, Math.min(FastMath.LIMIT, a * (off - vi)));
            input[i] += g[i] * (rev - vi) / Math.fma(c, FastMath.exp(z), 1.0);
        }
    }
}
