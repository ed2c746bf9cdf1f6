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
 * Pair-based, additive spike-timing-dependent plasticity with exponential traces (Song, Miller &amp; Abbott 2000,
 * Nat. Neurosci. 3:919), with BrainPy's names and defaults ({@code bp.dyn.STDP_Song2000}):
 *
 * <pre>
 *   dA_pre/dt  = −A_pre/τ_s  + Σ δ(t − t_pre)        (presynaptic trace)
 *   dA_post/dt = −A_post/τ_t + Σ δ(t − t_post)       (postsynaptic trace)
 *   on a presynaptic spike:  w ← clip(w − A2·A_post, W_min, W_max)
 *   on a postsynaptic spike: w ← clip(w + A1·A_pre,  W_min, W_max)
 * </pre>
 *
 * <p>So one pair with Δt = t_post − t_pre changes w by A1·e^(−Δt/τ_s) for Δt &gt; 0 and by −A2·e^(Δt/τ_t) for
 * Δt &lt; 0 — Song 2000's window with A+ = A1, τ+ = τ_s, A− = A2, τ− = τ_t. BrainPy's defaults τ_s = 16.8 ms,
 * τ_t = 33.7 ms, A1 = 0.96, A2 = 0.53 are the fit of Bi &amp; Poo (1998) (relative changes; scale them to your weight
 * unit); Song 2000 itself used τ± = 20 ms, A− /A+ = 1.05 and bounds [0, g_max]. W_min and W_max are unbounded by
 * default, as BrainPy's {@code None}. Event order and timing: see {@link PlasticConnectivity}.
 */
public final class STDP extends PlasticConnectivity {

    /** The rule's name in listings (BrainPy's class). */
    public static final String MODEL = "STDP_Song2000";

    static final ParameterSpec TAU_S = ParameterSpec.positive("tau_s", "ms", 16.8,
            "time constant of the presynaptic trace (potentiation window)");
    static final ParameterSpec TAU_T = ParameterSpec.positive("tau_t", "ms", 33.7,
            "time constant of the postsynaptic trace (depression window)");
    static final ParameterSpec A1 = ParameterSpec.nonNegative("A1", "1", 0.96,
            "potentiation per pair at dt -> 0+ (weight units)");
    static final ParameterSpec A2 = ParameterSpec.nonNegative("A2", "1", 0.53,
            "depression per pair at dt -> 0- (weight units)");
    static final ParameterSpec W_MIN = ParameterSpec.any("W_min", "1", -Double.MAX_VALUE,
            "lower weight bound (default: none)");
    static final ParameterSpec W_MAX = ParameterSpec.any("W_max", "1", Double.MAX_VALUE,
            "upper weight bound (default: none)");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(TAU_S, TAU_T, A1, A2, W_MIN, W_MAX);

    /** What the plasticity factory lists. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.PLASTICITY,
            "pair STDP, additive, exponential traces (Song, Miller & Abbott 2000; BrainPy STDP_Song2000)",
            PARAMETERS);

    private final double a1;
    private final double a2;
    private final double decayPre;
    private final double decayPost;
    private final double[] aPre;
    private final double[] aPost;

    private STDP(CsrMatrix weights, GroupRange post, double dt, Parameters p, boolean dense) {
        super(weights, post, p.get(W_MIN), p.get(W_MAX), dense);
        this.a1 = p.get(A1);
        this.a2 = p.get(A2);
        double step = Plasticity.dt(dt);
        this.decayPre = Math.exp(-step / p.get(TAU_S));
        this.decayPost = Math.exp(-step / p.get(TAU_T));
        this.aPre = new double[rows()];
        this.aPost = new double[cols()];
    }

    /**
     * STDP on stored (CSR) weights.
     *
     * @param weights connectivity and initial weights (rows = pre)
     * @param post    the postsynaptic population or range
     * @param dt      the step [ms]
     * @param params  BrainPy's parameters; missing ones take their defaults
     * @return the plastic connectivity, to pass to {@code Network.alignPost} or {@code Network.delta}
     */
    public static STDP create(CsrMatrix weights, GroupRange post, double dt, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new STDP(weights, post, dt, params, false);
    }

    /**
     * STDP on a dense row-major weight matrix (every pair is a synapse).
     *
     * @param rows    presynaptic size
     * @param weights row-major initial weights, rows × post.size()
     * @param post    the postsynaptic population or range
     * @param dt      the step [ms]
     * @param params  BrainPy's parameters
     * @return the plastic connectivity; {@link #weights()} is the row-major matrix
     */
    public static STDP dense(int rows, double[] weights, GroupRange post, double dt, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new STDP(densePattern(rows, post.size(), weights), post, dt, params, true);
    }

    /** @return the presynaptic trace A_pre (live) */
    public double[] preTrace() {
        return aPre;
    }

    /** @return the postsynaptic trace A_post (live) */
    public double[] postTrace() {
        return aPost;
    }

    @Override
    protected void advance() {
        Plasticity.scale(aPre, decayPre);
        Plasticity.scale(aPost, decayPost);
    }

    @Override
    protected void onPre(int e, int i, int j) {
        w[e] = clip(w[e] - a2 * aPost[j]);
    }

    @Override
    protected void onPost(int e, int i, int j) {
        w[e] = clip(w[e] + a1 * aPre[i]);
    }

    @Override
    protected void preSpiked(int i) {
        aPre[i] += 1.0;
    }

    @Override
    protected void postSpiked(int j) {
        aPost[j] += 1.0;
    }

    @Override
    protected void resetTraces() {
        java.util.Arrays.fill(aPre, 0.0);
        java.util.Arrays.fill(aPost, 0.0);
    }

    @Override
    protected String rule() {
        return MODEL;
    }
}
