package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.models.kit.GroupRange;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.kit.PlasticConnectivity;

/**
 * Reward-modulated STDP: pair STDP writes into a per-synapse eligibility trace, and weights change only while
 * dopamine is present (Izhikevich 2007, "Solving the distal reward problem through linkage of STDP and dopamine
 * signaling", Cereb. Cortex 17:2443, eqs. 1–2). BrainPy has none; names follow the paper:
 *
 * <pre>
 *   dc/dt = −c/τ_c + STDP(Δt)·δ(t − t_pre/post)     STDP(Δt) = A_plus·e^(−Δt/τ_plus) (Δt &gt; 0), −A_minus·e^(Δt/τ_minus)
 *   dd/dt = −d/τ_d + DA(t)                          (d: extracellular dopamine; DA: rewards, each a jump)
 *   dw/dt = c·d,  w clipped to [W_min, W_max]
 * </pre>
 *
 * <p>Defaults are the paper's: τ_c = 1 s, τ_d = 0.2 s, A+ = 1.0, A− = 1.5, τ± = 20 ms, weights in [0, 4] (mV);
 * a reward releases 0.5 µM (the {@code DA_release} of {@link #reward()}). Per step, c and d decay exactly and
 * w gains ∫c·d dt over the step with c and d held at their start-of-step values (exact within O(dt/τ)).
 * Rewards come from {@link #reward(double)} (Java) or from the spikes of a dopaminergic population
 * ({@link #modulatedBy}), each spike releasing {@code DA_release}. Cost: O(synapses) per step for the decay of c,
 * and as much again for w += c·d·dt while d is not 0; the tonic dopamine of the paper (0.01 µM/s) is not built in.
 */
public final class RSTDP extends PlasticConnectivity {

    /** The rule's name in listings. */
    public static final String MODEL = "RSTDP";

    static final ParameterSpec TAU_C = ParameterSpec.positive("tau_c", "ms", 1000.0, "eligibility trace decay");
    static final ParameterSpec TAU_D = ParameterSpec.positive("tau_d", "ms", 200.0, "dopamine uptake");
    static final ParameterSpec TAU_PLUS = ParameterSpec.positive("tau_plus", "ms", 20.0, "potentiation window");
    static final ParameterSpec TAU_MINUS = ParameterSpec.positive("tau_minus", "ms", 20.0, "depression window");
    static final ParameterSpec A_PLUS = ParameterSpec.nonNegative("A_plus", "1", 1.0, "potentiation per pair");
    static final ParameterSpec A_MINUS = ParameterSpec.nonNegative("A_minus", "1", 1.5, "depression per pair");
    static final ParameterSpec DA_RELEASE = ParameterSpec.nonNegative("DA_release", "uM", 0.5,
            "dopamine released per reward (or per spike of the modulating population)");
    static final ParameterSpec W_MIN = ParameterSpec.any("W_min", "1", 0.0, "lower weight bound");
    static final ParameterSpec W_MAX = ParameterSpec.any("W_max", "1", 4.0, "upper weight bound");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(TAU_C, TAU_D, TAU_PLUS, TAU_MINUS, A_PLUS, A_MINUS,
            DA_RELEASE, W_MIN, W_MAX);

    /** What the plasticity factory lists. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.PLASTICITY,
            "reward-modulated STDP: eligibility trace x dopamine (Izhikevich 2007)", PARAMETERS);

    private final double aPlus;
    private final double aMinus;
    private final double release;
    private final double dt;
    private final double dPlus;
    private final double dMinus;
    private final double dC;
    private final double dD;
    private final double[] xPre;
    private final double[] xPost;
    private final double[] c;
    private double dopamine;
    private double pending;
    private NeuronGroup modulator;

    private RSTDP(CsrMatrix weights, GroupRange post, double dt, Parameters p, boolean dense) {
        super(weights, post, p.get(W_MIN), p.get(W_MAX), dense);
        this.dt = Plasticity.dt(dt);
        this.aPlus = p.get(A_PLUS);
        this.aMinus = p.get(A_MINUS);
        this.release = p.get(DA_RELEASE);
        this.dPlus = Math.exp(-dt / p.get(TAU_PLUS));
        this.dMinus = Math.exp(-dt / p.get(TAU_MINUS));
        this.dC = Math.exp(-dt / p.get(TAU_C));
        this.dD = Math.exp(-dt / p.get(TAU_D));
        this.xPre = new double[rows()];
        this.xPost = new double[cols()];
        this.c = new double[weights.nnz()];
    }

    /**
     * @param weights connectivity and initial weights (rows = pre)
     * @param post    the postsynaptic population or range
     * @param dt      the step [ms]
     * @param params  the parameters; missing ones take their defaults
     * @return the plastic connectivity
     */
    public static RSTDP create(CsrMatrix weights, GroupRange post, double dt, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new RSTDP(weights, post, dt, params, false);
    }

    /**
     * @param rows    presynaptic size
     * @param weights row-major initial weights, rows × post.size()
     * @param post    the postsynaptic population or range
     * @param dt      the step [ms]
     * @param params  the parameters
     * @return the plastic connectivity on dense weights
     */
    public static RSTDP dense(int rows, double[] weights, GroupRange post, double dt, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new RSTDP(densePattern(rows, post.size(), weights), post, dt, params, true);
    }

    /**
     * Lets the spikes of a population release dopamine: each spike of the previous step adds {@code DA_release}.
     *
     * @param dopaminergic the modulating population (null: none)
     * @return this
     */
    public RSTDP modulatedBy(NeuronGroup dopaminergic) {
        this.modulator = dopaminergic;
        return this;
    }

    /**
     * Delivers a reward: d jumps by {@code amount} at the next step.
     *
     * @param amount dopamine [µM], ≥ 0
     */
    public void reward(double amount) {
        if (!(amount >= 0 && Double.isFinite(amount))) {
            throw new ParameterException("reward", String.valueOf(amount), "must be finite and >= 0 uM");
        }
        pending += amount;
    }

    /** Delivers one reward of {@code DA_release}. */
    public void reward() {
        reward(release);
    }

    /** @return the dopamine concentration d [µM] */
    public double dopamine() {
        return dopamine;
    }

    /** @return the eligibility traces c, one per synapse (live) */
    public double[] eligibility() {
        return c;
    }

    @Override
    protected void advance() {
        Plasticity.scale(xPre, dPlus);
        Plasticity.scale(xPost, dMinus);
        // w gains c·d·dt with this step's start values, then both decay.
        double d = dopamine;
        if (d != 0.0) {
            double k = d * dt;
            for (int e = 0; e < w.length; e++) {
                w[e] = clip(w[e] + c[e] * k);
            }
        }
        Plasticity.scale(c, dC);
        dopamine = d * dD + pending + (modulator == null ? 0.0 : release * modulator.firedCount());
        pending = 0.0;
    }

    @Override
    protected void onPre(int e, int i, int j) {
        c[e] -= aMinus * xPost[j];
    }

    @Override
    protected void onPost(int e, int i, int j) {
        c[e] += aPlus * xPre[i];
    }

    @Override
    protected void preSpiked(int i) {
        xPre[i] += 1.0;
    }

    @Override
    protected void postSpiked(int j) {
        xPost[j] += 1.0;
    }

    @Override
    protected void resetTraces() {
        java.util.Arrays.fill(xPre, 0.0);
        java.util.Arrays.fill(xPost, 0.0);
        java.util.Arrays.fill(c, 0.0);
        dopamine = 0.0;
        pending = 0.0;
    }

    @Override
    protected String rule() {
        return MODEL;
    }
}
