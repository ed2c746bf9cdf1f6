package org.brainj.models.zoo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.models.kit.OdeNeuronGroup;
import org.brainj.models.kit.RecentSpikes;

/**
 * What BrainPy's integrate-and-fire family ({@code Lif}, {@code ExpIF}, {@code AdExIF}, {@code QuaIF},
 * {@code AdQuaIF}, {@code Gif}, {@code Izhikevich} and their {@code Ref} variants) shares: a membrane potential V
 * that is reset when it reaches a threshold, optional model-specific jumps of other variables at a spike, and for the
 * {@code Ref} variants an absolute refractory period during which V is held.
 *
 * <p>A step is: the model's vectorisable {@link #advance} (integrate every variable from the state at the start of
 * the step, BrainPy's {@code exp_auto} on the joint equations, add delta inputs to V, clear the inputs); then the
 * refractory neurons — those that fired in the last K steps, K·dt ≤ τ_ref, a short list kept by {@link RecentSpikes}
 * — are put back to the reset value their V is held at; then a threshold pass whose branch is rarely taken (spikes
 * are rare) resets V, applies {@link #onSpike} and writes the fired list.
 *
 * <p>Non-finite values: a NaN potential throws a {@link org.brainj.api.core.DivergenceException} naming V; +∞ is a
 * spike (the exponential and quadratic models blow up in finite time, and BrainPy resets them), so it is reset.
 */
abstract class ResetNeuronGroup extends OdeNeuronGroup {

    /** The time BrainPy gives {@code t_last_spike} before any spike, far enough back that no one starts refractory. */
    static final double NEVER_SPIKED = -1e7;

    /** The refractory period of the {@code Ref} variants. */
    static final org.brainj.api.model.ParameterSpec TAU_REF = org.brainj.api.model.ParameterSpec.nonNegative(
            "tau_ref", "ms", 0.0, "absolute refractory period (V held at its reset value)");

    /**
     * @param parameters a model's parameters
     * @return them followed by {@link #TAU_REF}, for its {@code Ref} variant
     */
    static List<org.brainj.api.model.ParameterSpec> withTauRef(List<org.brainj.api.model.ParameterSpec> parameters) {
        List<org.brainj.api.model.ParameterSpec> all = new ArrayList<>(parameters);
        all.add(TAU_REF);
        return List.copyOf(all);
    }

    /** Membrane potential [mV]. */
    protected final double[] v;
    /** Last spike times [ms] of the {@code Ref} variants; null for models without refractoriness. */
    protected final double[] tLastSpike;
    /** Threshold V_th [mV] (constant; models with a dynamic threshold override {@link #detect}). */
    protected final double vTh;
    /** Potential after a spike [mV], which refractory neurons are held at. */
    protected final double vReset;
    private final double tauRef;
    private final double v0;
    private final RecentSpikes refractory;
    private double cachedDt = Double.NaN;

    /**
     * @param name   population name
     * @param size   number of neurons
     * @param vTh    threshold [mV]
     * @param vReset reset potential [mV]
     * @param tauRef refractory period [ms], or NaN for a model without refractoriness
     * @param v0     initial potential [mV]
     */
    ResetNeuronGroup(String name, int size, double vTh, double vReset, double tauRef, double v0) {
        super(name, size);
        this.vTh = vTh;
        this.vReset = vReset;
        this.tauRef = tauRef;
        this.v0 = v0;
        this.v = new double[size];
        boolean ref = !Double.isNaN(tauRef);
        this.tLastSpike = ref ? new double[size] : null;
        this.refractory = ref ? new RecentSpikes(0) : null;
    }

    /**
     * Declares the state: V first, then the model's other ODE variables, then t_last_spike for Ref variants. Called
     * once by the subclass constructor, which then calls {@link #reset()}.
     *
     * @param others the model's other ODE variables, in order
     */
    final void declareState(StateVariable... others) {
        List<StateVariable> s = new ArrayList<>();
        s.add(new StateVariable("V", "mV", v));
        double[][] arrays = new double[others.length + 1][];
        arrays[0] = v;
        for (int k = 0; k < others.length; k++) {
            s.add(others[k]);
            arrays[k + 1] = others[k].values();
        }
        if (tLastSpike != null) {
            s.add(new StateVariable("t_last_spike", "ms", tLastSpike));
        }
        declareState(s, arrays);
    }

    /**
     * Checks V_th &gt; V_reset, which every reset model needs (otherwise each reset is a new spike).
     *
     * @param vThName    the threshold's parameter name
     * @param vTh        its value
     * @param vResetName the reset's parameter name
     * @param vReset     its value
     */
    static void requireThresholdAboveReset(String vThName, double vTh, String vResetName, double vReset) {
        if (!(vTh > vReset)) {
            throw new ParameterException(vThName, vTh + " mV",
                    "must be > " + vResetName + " = " + vReset + " mV, otherwise every reset is a new spike");
        }
    }

    /**
     * Advances members [from, to) one step with exponential Euler, from the state at the start of the step; adds
     * {@link #delta} to V and zeroes {@link #input} and {@link #delta} of the slice. Must not allocate.
     *
     * @param dt   the step [ms]
     * @param from first member
     * @param to   last member, exclusive
     */
    protected abstract void advance(double dt, int from, int to);

    /**
     * Model-specific jumps at a spike of neuron i, after V was reset (u += d, w += b, ...).
     *
     * @param i the neuron
     */
    protected void onSpike(int i) {
    }

    /**
     * Called when dt changes (and on the first step), to cache per-step decay factors.
     *
     * @param dt the step [ms]
     */
    protected void dtChanged(double dt) {
    }

    /** Resets the model's other variables to their defaults; V and t_last_spike are reset by this class. */
    protected abstract void resetOthers();

    @Override
    protected final boolean clearsInputs() {
        return true;
    }

    /** @return the refractory period τ_ref [ms], or NaN for a model without refractoriness */
    public final double tauRef() {
        return tauRef;
    }

    /** @return each neuron's last spike time [ms], live; null for a model without refractoriness */
    public final double[] lastSpikeTime() {
        return tLastSpike;
    }

    private void prepare(double dt) {
        if (dt != cachedDt) {
            cachedDt = dt;
            if (refractory != null) {
                // Held for the K steps after a spike with K·dt ≤ τ_ref: BrainPy's t − t_last ≤ τ_ref.
                refractory.setDepth((int) Math.floor(tauRef / dt + 1e-9));
            }
            dtChanged(dt);
        }
    }

    @Override
    protected final int stepNative(StepContext ctx, int from, int to) {
        prepare(ctx.dt());
        advance(ctx.dt(), from, to);
        if (refractory != null) {
            refractory.fill(v, vReset, from, to);
        }
        return detect(ctx, from, to);
    }

    /**
     * The threshold pass over [from, to): resets the neurons at or above threshold, applies {@link #onSpike}, raises
     * their flags and writes their indices from {@code fired[from]} on.
     *
     * @param ctx  the step context
     * @param from first member
     * @param to   last member, exclusive
     * @return how many fired
     */
    protected int detect(StepContext ctx, int from, int to) {
        final double[] v = this.v;
        final double th = vTh;
        int n = 0;
        for (int i = from; i < to; i++) {
            // One compare catches both a spike and NaN.
            if (!(v[i] < th)) {
                fire(ctx, i);
                fired[from + n++] = i;
            }
        }
        return n;
    }

    /**
     * Resets neuron i after it reached threshold (or throws when its V is NaN).
     *
     * @param ctx the step context
     * @param i   the neuron
     */
    protected final void fire(StepContext ctx, int i) {
        if (Double.isNaN(v[i])) {
            divergence(ctx, "V", v, i, i + 1);
        }
        v[i] = vReset;
        if (tLastSpike != null) {
            tLastSpike[i] = ctx.t();
        }
        spike[i] = true;
        onSpike(i);
    }

    @Override
    protected void afterStep() {
        if (refractory != null) {
            refractory.push(fired, firedCount());
        }
    }

    @Override
    protected final int afterGenericStep(StepContext ctx, double[] previousPotential) {
        prepare(ctx.dt());
        final double t = ctx.t();
        // BrainPy compares t − t_last ≤ τ_ref in floating point; a tolerance far below dt keeps k·dt sums from
        // flipping it.
        final double limit = tauRef + 1e-9;
        for (int i = 0; i < size; i++) {
            double vNew = v[i] + delta[i];
            if (tLastSpike != null && t - tLastSpike[i] <= limit) {
                vNew = previousPotential[i];
            }
            v[i] = vNew;
        }
        Arrays.fill(input, 0.0);
        Arrays.fill(delta, 0.0);
        return detect(ctx, 0, size);
    }

    @Override
    protected final void resetState() {
        if (refractory != null) {
            refractory.clear();
            Arrays.fill(tLastSpike, NEVER_SPIKED);
        }
        Arrays.fill(v, v0);
        resetOthers();
    }

    /**
     * (e<sup>a·dt</sup> − 1)/a, the exponential-Euler weight of the derivative for linear coefficient a, with its
     * limit dt at a = 0.
     *
     * @param a  the linear coefficient ∂f/∂x [1/ms]
     * @param dt the step [ms]
     * @return the weight [ms]
     */
    static double phi(double a, double dt) {
        return a == 0.0 ? dt : Math.expm1(a * dt) / a;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " '" + name() + "' (" + size + " neurons)";
    }
}
