package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.models.kit.GroupRange;
import org.brainj.models.kit.PlasticConnectivity;

/**
 * Triplet spike-timing-dependent plasticity, all-to-all interactions (Pfister &amp; Gerstner 2006, J. Neurosci.
 * 26:9673, eqs. 3–4). BrainPy has no triplet rule; the names follow the paper:
 *
 * <pre>
 *   presynaptic traces  r1 (τ_plus), r2 (τ_x);  postsynaptic traces o1 (τ_minus), o2 (τ_y); each jumps by 1 per spike
 *   on a presynaptic spike:  w ← w − o1·(A2_minus + A3_minus·r2)   (r2 before its jump)
 *   on a postsynaptic spike: w ← w + r1·(A2_plus  + A3_plus ·o2)   (o2 before its jump)
 * </pre>
 *
 * <p>Defaults: the minimal all-to-all model fitted to visual-cortex data (Sjöström et al. 2001), Pfister &amp; Gerstner
 * 2006 Table 4: τ+ = 16.8 ms, τ− = 33.7 ms, τ_y = 125 ms, A2+ = 0, A3+ = 6.5·10⁻³, A2− = 7.1·10⁻³, A3− = 0 (so τ_x,
 * here 101 ms from the full model of the same table, has no effect until A3− is set). With A2+ = 0, potentiation needs
 * a preceding postsynaptic spike: pairings at low frequency depress, at high frequency potentiate — the frequency
 * dependence the pair rule cannot produce. Weights clipped to [W_min, W_max] (default unbounded). Event order: see
 * {@link PlasticConnectivity}.
 */
public final class TripletSTDP extends PlasticConnectivity {

    /** The rule's name in listings. */
    public static final String MODEL = "TripletSTDP";

    static final ParameterSpec TAU_PLUS = ParameterSpec.positive("tau_plus", "ms", 16.8, "time constant of r1");
    static final ParameterSpec TAU_MINUS = ParameterSpec.positive("tau_minus", "ms", 33.7, "time constant of o1");
    static final ParameterSpec TAU_X = ParameterSpec.positive("tau_x", "ms", 101.0, "time constant of r2");
    static final ParameterSpec TAU_Y = ParameterSpec.positive("tau_y", "ms", 125.0, "time constant of o2");
    static final ParameterSpec A2_PLUS = ParameterSpec.nonNegative("A2_plus", "1", 0.0, "pair potentiation");
    static final ParameterSpec A3_PLUS = ParameterSpec.nonNegative("A3_plus", "1", 6.5e-3, "triplet potentiation");
    static final ParameterSpec A2_MINUS = ParameterSpec.nonNegative("A2_minus", "1", 7.1e-3, "pair depression");
    static final ParameterSpec A3_MINUS = ParameterSpec.nonNegative("A3_minus", "1", 0.0, "triplet depression");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(TAU_PLUS, TAU_MINUS, TAU_X, TAU_Y, A2_PLUS, A3_PLUS,
            A2_MINUS, A3_MINUS, STDP.W_MIN, STDP.W_MAX);

    /** What the plasticity factory lists. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.PLASTICITY,
            "triplet STDP, all-to-all (Pfister & Gerstner 2006; minimal visual-cortex parameters)", PARAMETERS);

    private final double a2p;
    private final double a3p;
    private final double a2m;
    private final double a3m;
    private final double dPlus;
    private final double dMinus;
    private final double dX;
    private final double dY;
    private final double[] r1;
    private final double[] r2;
    private final double[] o1;
    private final double[] o2;

    private TripletSTDP(CsrMatrix weights, GroupRange post, double dt, Parameters p, boolean dense) {
        super(weights, post, p.get(STDP.W_MIN), p.get(STDP.W_MAX), dense);
        double step = Plasticity.dt(dt);
        this.a2p = p.get(A2_PLUS);
        this.a3p = p.get(A3_PLUS);
        this.a2m = p.get(A2_MINUS);
        this.a3m = p.get(A3_MINUS);
        this.dPlus = Math.exp(-step / p.get(TAU_PLUS));
        this.dMinus = Math.exp(-step / p.get(TAU_MINUS));
        this.dX = Math.exp(-step / p.get(TAU_X));
        this.dY = Math.exp(-step / p.get(TAU_Y));
        this.r1 = new double[rows()];
        this.r2 = new double[rows()];
        this.o1 = new double[cols()];
        this.o2 = new double[cols()];
    }

    /**
     * @param weights connectivity and initial weights (rows = pre)
     * @param post    the postsynaptic population or range
     * @param dt      the step [ms]
     * @param params  the parameters; missing ones take their defaults
     * @return the plastic connectivity
     */
    public static TripletSTDP create(CsrMatrix weights, GroupRange post, double dt, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new TripletSTDP(weights, post, dt, params, false);
    }

    /**
     * @param rows    presynaptic size
     * @param weights row-major initial weights, rows × post.size()
     * @param post    the postsynaptic population or range
     * @param dt      the step [ms]
     * @param params  the parameters
     * @return the plastic connectivity on dense weights
     */
    public static TripletSTDP dense(int rows, double[] weights, GroupRange post, double dt, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new TripletSTDP(densePattern(rows, post.size(), weights), post, dt, params, true);
    }

    @Override
    protected void advance() {
        Plasticity.scale(r1, dPlus);
        Plasticity.scale(r2, dX);
        Plasticity.scale(o1, dMinus);
        Plasticity.scale(o2, dY);
    }

    @Override
    protected void onPre(int e, int i, int j) {
        w[e] = clip(w[e] - o1[j] * (a2m + a3m * r2[i]));
    }

    @Override
    protected void onPost(int e, int i, int j) {
        w[e] = clip(w[e] + r1[i] * (a2p + a3p * o2[j]));
    }

    @Override
    protected void preSpiked(int i) {
        r1[i] += 1.0;
        r2[i] += 1.0;
    }

    @Override
    protected void postSpiked(int j) {
        o1[j] += 1.0;
        o2[j] += 1.0;
    }

    @Override
    protected void resetTraces() {
        java.util.Arrays.fill(r1, 0.0);
        java.util.Arrays.fill(r2, 0.0);
        java.util.Arrays.fill(o1, 0.0);
        java.util.Arrays.fill(o2, 0.0);
    }

    @Override
    protected String rule() {
        return MODEL;
    }
}
