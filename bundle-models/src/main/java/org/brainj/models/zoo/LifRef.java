package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.OdeNeuronGroup;
import org.brainj.models.kit.PostSynapse;
import org.brainj.models.kit.RecentSpikes;

/**
 * Leaky integrate-and-fire neurons with an absolute refractory period, BrainPy's {@code LifRef}:
 *
 * <pre>
 *   τ dV/dt = −(V − V_rest) + R·I
 *   spike when V ≥ V_th, then V ← V_reset and t_last_spike ← t
 *   refractory while t − t_last_spike ≤ τ_ref: V is held at its value (delta inputs are ignored)
 * </pre>
 *
 * <p>Where a refractory period ends is a convention: BrainPy holds V while t − t_last ≤ τ_ref (the default,
 * {@code ref_inclusive = 1}: V held for the floor(τ_ref/dt) steps after a spike), Brian2 while t − t_last &lt; τ_ref
 * ({@code ref_inclusive = 0}: one step fewer when τ_ref is a multiple of dt, i.e. 49 steps for 5 ms at dt = 0.1 ms).
 * Both have an error of half a step against continuous time (the spike is stamped with the step's start, the
 * crossing lies inside the step); in a bursty network such as {@code coba} the step moves the rates by about 3 %.
 *
 * <p>Units: V in mV, times in ms; R·I must be in mV (R = 1 with I in mV as in the COBA/CUBA benchmarks, R in GΩ with
 * I in pA, or R in MΩ with I in nA).
 *
 * <p>The native step integrates exactly for input held over the step, {@code V(t+dt) = V∞ + (V − V∞)·e^(−dt/τ)} with
 * {@code V∞ = V_rest + R·I}: what BrainPy's {@code exp_auto} computes for this linear equation.
 */
public final class LifRef extends OdeNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "LifRef";

    /** The time BrainPy gives {@code t_last_spike} before any spike, far enough back that no one starts refractory. */
    public static final double NEVER_SPIKED = -1e7;

    static final ParameterSpec V_REST = ParameterSpec.any("V_rest", "mV", 0.0, "resting potential");
    static final ParameterSpec V_RESET = ParameterSpec.any("V_reset", "mV", -5.0,
            "potential after a spike; must be below V_th");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", 20.0, "spike threshold");
    static final ParameterSpec R = ParameterSpec.positive("R", "1", 1.0,
            "membrane resistance, in the unit that makes R*I millivolts (1 for I in mV; GOhm for pA; MOhm for nA)");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 10.0, "membrane time constant");
    static final ParameterSpec TAU_REF = ParameterSpec.nonNegative("tau_ref", "ms", 0.0,
            "absolute refractory period");
    static final ParameterSpec REF_INCLUSIVE = new ParameterSpec("ref_inclusive", "1", 1.0, 0.0, 1.0, false,
            "1: refractory while t - t_last <= tau_ref (BrainPy), 0: while t - t_last < tau_ref (Brian2)");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", 0.0,
            "initial membrane potential (BrainPy's default initializer gives 0); --init V=... draws it instead");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(V_REST, V_RESET, V_TH, R, TAU, TAU_REF, V0,
            REF_INCLUSIVE);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "leaky integrate-and-fire with refractory period: tau dV/dt = -(V - V_rest) + R I (BrainPy LifRef)",
            PARAMETERS);

    private final double vRest;
    private final double vReset;
    private final double vTh;
    private final double r;
    private final double tau;
    private final double tauRef;
    private final boolean refInclusive;
    private final double v0;

    private final double[] v;
    private final double[] tLastSpike;

    private final RecentSpikes refractory = new RecentSpikes(0);
    private PostSynapse[] fusedFor;
    private boolean fusable;
    private double cachedDt = Double.NaN;
    private double decay;

    private LifRef(String name, int size, Parameters p) {
        super(name, size);
        this.vRest = p.get(V_REST);
        this.vReset = p.get(V_RESET);
        this.vTh = p.get(V_TH);
        this.r = p.get(R);
        this.tau = p.get(TAU);
        this.tauRef = p.get(TAU_REF);
        this.refInclusive = p.get(REF_INCLUSIVE) == 1.0;
        this.v0 = p.get(V0);
        this.v = new double[size];
        this.tLastSpike = new double[size];
        declareState(List.of(new StateVariable("V", "mV", v), new StateVariable("t_last_spike", "ms", tLastSpike)),
                v);
        reset();
    }

    /**
     * Builds a population from user parameters, rejecting unknown names and out-of-range values.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws ParameterException for an unknown or out-of-range parameter, V_th ≤ V_reset, or ref_inclusive other
     *                            than 0 or 1
     */
    public static LifRef create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        double inclusive = params.get(REF_INCLUSIVE);
        if (inclusive != 0.0 && inclusive != 1.0) {
            throw new ParameterException(REF_INCLUSIVE.name(), String.valueOf(inclusive),
                    "0 (Brian2: t - t_last < tau_ref) or 1 (BrainPy: t - t_last <= tau_ref)");
        }
        double vReset = params.get(V_RESET);
        double vTh = params.get(V_TH);
        if (!(vTh > vReset)) {
            throw new ParameterException(V_TH.name(), vTh + " mV",
                    "must be > V_reset = " + vReset + " mV, otherwise every reset is a new spike");
        }
        return new LifRef(name, size, params);
    }

    @Override
    public String inputUnit() {
        return "mV/R";
    }

    /** @return the membrane time constant τ [ms] */
    public double tau() {
        return tau;
    }

    /** @return the refractory period τ_ref [ms] */
    public double tauRef() {
        return tauRef;
    }

    /** @return true when V is held while t − t_last ≤ τ_ref (BrainPy), false for t − t_last &lt; τ_ref (Brian2) */
    public boolean refractoryInclusive() {
        return refInclusive;
    }

    /**
     * @param dt the time step [ms]
     * @return the number of steps after a spike for which V is held
     */
    public int refractorySteps(double dt) {
        return refInclusive ? (int) Math.floor(tauRef / dt + 1e-9)
                : Math.max(0, (int) Math.ceil(tauRef / dt - 1e-9) - 1);
    }

    /** @return each neuron's last spike time [ms], live */
    public double[] lastSpikeTime() {
        return tLastSpike;
    }

    @Override
    protected void derivatives(double t, double[] y, double[] dydt) {
        double inv = 1.0 / tau;
        for (int i = 0; i < size; i++) {
            dydt[i] = (-(y[i] - vRest) + r * input[i]) * inv;
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        prepare(ctx.dt());
        final double a = decay;
        final double[] v = this.v;
        final double[] in = this.input;
        final double[] jump = this.delta;
        // Three passes, each branch-light: this one vectorises; then refractory neurons (a short list) are put back
        // to their held value, V_reset; spikes are rare, so the threshold test is a well-predicted branch.
        for (int i = from; i < to; i++) {
            double vInf = vRest + r * in[i];
            v[i] = vInf + (v[i] - vInf) * a + jump[i];
            in[i] = 0.0;
            jump[i] = 0.0;
        }
        return holdAndDetect(ctx, from, to);
    }

    private void prepare(double dt) {
        if (dt != cachedDt) {
            decay = Math.exp(-dt / tau);
            cachedDt = dt;
            // Held for the K steps after a spike with K·dt ≤ τ_ref (BrainPy) or K·dt < τ_ref (Brian2).
            refractory.setDepth(refractorySteps(dt));
        }
    }

    private int holdAndDetect(StepContext ctx, int from, int to) {
        final double t = ctx.t();
        final double[] v = this.v;
        refractory.fill(v, vReset, from, to);
        final double th = vTh;
        int n = 0;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            // One compare catches both a spike and NaN; −∞ turns into NaN one step later (g·(E − V) = ∞).
            if (!(vi < th)) {
                if (!Double.isFinite(vi)) {
                    divergence(ctx, "V", v, i, i + 1);
                }
                v[i] = vReset;
                tLastSpike[i] = t;
                spike[i] = true;
                fired[from + n++] = i;
            }
        }
        return n;
    }

    /**
     * The coba/cuba hot loop: up to two exponential synapses with COBA or CUBA outputs, integrated, applied and the
     * membrane advanced in one vectorisable pass; an output adds g·(c<sub>E</sub> + c<sub>V</sub>·V), with (E, −1)
     * for COBA and (1, 0) for CUBA, so both run the same branch-free loop.
     */
    @Override
    protected int integrateFused(StepContext ctx, PostSynapse[] synapses, int from, int to) {
        if (generic() || synapses.length == 0 || synapses.length > 2) {
            return -1;
        }
        if (synapses != fusedFor) {
            fusedFor = synapses;
            fusable = true;
            for (PostSynapse s : synapses) {
                fusable &= s.dynamics() instanceof Expon
                        && (s.output() instanceof Coba || s.output() instanceof Cuba);
            }
        }
        if (!fusable) {
            return -1;
        }
        final double dt = ctx.dt();
        prepare(dt);
        Expon s0 = (Expon) synapses[0].dynamics();
        Expon s1 = synapses.length > 1 ? (Expon) synapses[1].dynamics() : s0;
        final double[] g0 = s0.value();
        final double[] g1 = s1.value();
        final double a0 = s0.decay(dt);
        // A single synapse runs as two with the second's contribution zeroed (c = 0) and its decay left alone.
        final boolean two = synapses.length > 1;
        final double a1 = two ? s1.decay(dt) : a0;
        // The membrane sees g·u: u = a after this step's decay (BrainPy), u = 1 before it (Brian2, Expon pre_decay).
        final double u0 = s0.preDecay() ? 1.0 : a0;
        final double u1 = s1.preDecay() ? 1.0 : a1;
        final double e0 = coefficientE(synapses[0].output());
        final double v0 = coefficientV(synapses[0].output());
        final double e1 = two ? coefficientE(synapses[1].output()) : 0.0;
        final double v1 = two ? coefficientV(synapses[1].output()) : 0.0;
        final double a = decay;
        final double[] v = this.v;
        final double[] in = this.input;
        final double[] jump = this.delta;
        if (!inputUsed() && !deltaUsed()) {
            // Nothing writes input or delta (a self-sustained network): the loop touches V and g only, a third
            // less memory traffic, which is what limits a step at 10^6 neurons.
            for (int i = from; i < to; i++) {
                double vi = v[i];
                double h0 = g0[i];
                double h1 = g1[i];
                double x0 = h0 * u0;
                double x1 = h1 * u1;
                g0[i] = h0 * a0;
                if (two) {
                    g1[i] = h1 * a1;
                }
                double vInf = vRest + r * (x0 * (e0 + v0 * vi) + x1 * (e1 + v1 * vi));
                v[i] = vInf + (vi - vInf) * a;
            }
        } else if (two) {
            for (int i = from; i < to; i++) {
                double vi = v[i];
                double h0 = g0[i];
                double h1 = g1[i];
                double x0 = h0 * u0;
                double x1 = h1 * u1;
                g0[i] = h0 * a0;
                g1[i] = h1 * a1;
                double vInf = vRest + r * (in[i] + x0 * (e0 + v0 * vi) + x1 * (e1 + v1 * vi));
                v[i] = vInf + (vi - vInf) * a + jump[i];
                in[i] = 0.0;
                jump[i] = 0.0;
            }
        } else {
            for (int i = from; i < to; i++) {
                double vi = v[i];
                double h0 = g0[i];
                double x0 = h0 * u0;
                g0[i] = h0 * a0;
                double vInf = vRest + r * (in[i] + x0 * (e0 + v0 * vi));
                v[i] = vInf + (vi - vInf) * a + jump[i];
                in[i] = 0.0;
                jump[i] = 0.0;
            }
        }
        return holdAndDetect(ctx, from, to);
    }

    private static double coefficientE(org.brainj.models.kit.SynapticOutput out) {
        return out instanceof Coba ? ((Coba) out).reversal() : 1.0;
    }

    private static double coefficientV(org.brainj.models.kit.SynapticOutput out) {
        return out instanceof Coba ? -1.0 : 0.0;
    }

    @Override
    protected void afterStep() {
        refractory.push(fired, firedCount());
    }

    @Override
    protected boolean clearsInputs() {
        return true;
    }

    @Override
    protected int afterGenericStep(StepContext ctx, double[] previousPotential) {
        final double t = ctx.t();
        final double limit = refractoryLimit();
        int n = 0;
        for (int i = 0; i < size; i++) {
            double vNew = v[i] + delta[i];
            double since = t - tLastSpike[i];
            vNew = (refInclusive ? since <= limit : since < limit) ? previousPotential[i] : vNew;
            if (!Double.isFinite(vNew)) {
                v[i] = vNew;
                divergence(ctx, "V", v, i, i + 1);
            }
            boolean f = vNew >= vTh;
            v[i] = f ? vReset : vNew;
            tLastSpike[i] = f ? t : tLastSpike[i];
            spike[i] = f;
            fired[n] = i;
            n += f ? 1 : 0;
            input[i] = 0.0;
            delta[i] = 0.0;
        }
        return n;
    }

    // t − t_last is compared in floating point; a tolerance far below dt keeps k·dt sums from flipping the test.
    private double refractoryLimit() {
        return refInclusive ? tauRef + 1e-9 : tauRef - 1e-9;
    }

    @Override
    protected void resetState() {
        refractory.clear();
        java.util.Arrays.fill(v, v0);
        java.util.Arrays.fill(tLastSpike, NEVER_SPIKED);
    }

    @Override
    public String toString() {
        return MODEL + " '" + name() + "' (" + size + " neurons, tau = " + tau + " ms, tau_ref = " + tauRef + " ms"
                + (refInclusive ? "" : ", t - t_last < tau_ref") + ")";
    }
}
