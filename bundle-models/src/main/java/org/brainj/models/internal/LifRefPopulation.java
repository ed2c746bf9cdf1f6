package org.brainj.models.internal;

import java.util.List;

import org.brainj.api.core.DivergenceException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.core.Population;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * A population of leaky integrate-and-fire neurons with an absolute refractory period, BrainPy's {@code LifRef}:
 *
 * <pre>
 *   τ dV/dt = −(V − V_rest) + R·I
 *   spike when V ≥ V_th, then V ← V_reset and t_last_spike ← t
 *   refractory while t − t_last_spike ≤ τ_ref: V is held at its value
 * </pre>
 *
 * <p>Units: V in mV, R in MΩ, I in nA (so R·I is in mV), times in ms.
 *
 * <p>One step integrates exactly for input held constant over the step,
 * {@code V(t+dt) = V∞ + (V(t) − V∞)·exp(−dt/τ)} with {@code V∞ = V_rest + R·I}; this is what BrainPy's default
 * {@code exp_auto} integrator computes for this linear equation, so there is no dt-dependent integration error.
 *
 * <p>The input buffer {@link #input()} sums the currents delivered during a step (synapses, external drive) and is
 * cleared after each update, as BrainPy clears a neuron's input every step.
 *
 * <p>State is structure-of-arrays; {@link #update(StepContext)} does not allocate.
 */
public final class LifRefPopulation implements Population {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "LifRef";

    /** The time BrainPy gives {@code t_last_spike} before any spike, far enough back that no one starts refractory. */
    static final double NEVER_SPIKED = -1e7;

    static final ParameterSpec V_REST = ParameterSpec.any("V_rest", "mV", 0.0, "resting potential");
    static final ParameterSpec V_RESET = ParameterSpec.any("V_reset", "mV", -5.0,
            "potential after a spike; must be below V_th");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", 20.0, "spike threshold");
    static final ParameterSpec R = ParameterSpec.positive("R", "MOhm", 1.0, "membrane resistance");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 10.0, "membrane time constant");
    static final ParameterSpec TAU_REF = ParameterSpec.nonNegative("tau_ref", "ms", 0.0,
            "absolute refractory period");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", 0.0,
            "initial membrane potential (BrainPy's default initializer gives 0)");

    /** The parameters, in BrainPy's order. */
    static final List<ParameterSpec> PARAMETERS = List.of(V_REST, V_RESET, V_TH, R, TAU, TAU_REF, V0);

    /** What {@link NeuronModels} lists for this model. */
    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "leaky integrate-and-fire with refractory period: tau dV/dt = -(V - V_rest) + R I (BrainPy LifRef)",
            PARAMETERS);

    private final String name;
    private final int size;
    private final double vRest;
    private final double vReset;
    private final double vTh;
    private final double r;
    private final double tau;
    private final double tauRef;
    private final double v0;

    private final double[] v;
    private final double[] input;
    private final double[] tLastSpike;
    private final boolean[] spike;
    private final List<StateVariable> state;

    // exp(-dt/tau) depends only on dt; runners keep dt fixed, so it is computed once per distinct dt.
    private double cachedDt = Double.NaN;
    private double decay;

    private LifRefPopulation(String name, int size, double vRest, double vReset, double vTh, double r, double tau,
                             double tauRef, double v0) {
        this.name = name;
        this.size = size;
        this.vRest = vRest;
        this.vReset = vReset;
        this.vTh = vTh;
        this.r = r;
        this.tau = tau;
        this.tauRef = tauRef;
        this.v0 = v0;
        this.v = new double[size];
        this.input = new double[size];
        this.tLastSpike = new double[size];
        this.spike = new boolean[size];
        this.state = List.of(new StateVariable("V", "mV", v), new StateVariable("t_last_spike", "ms", tLastSpike));
        reset();
    }

    /**
     * Builds a population from user parameters, rejecting unknown names and out-of-range values.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws ParameterException       for an unknown or out-of-range parameter, or V_th ≤ V_reset
     * @throws IllegalArgumentException for a size below 1
     */
    public static LifRefPopulation create(String name, int size, Parameters params) {
        if (size < 1) {
            throw new IllegalArgumentException("size = " + size + " is out of range: a " + MODEL
                    + " population needs at least 1 neuron");
        }
        params.requireKnown(MODEL, PARAMETERS);
        double vReset = params.get(V_RESET);
        double vTh = params.get(V_TH);
        if (!(vTh > vReset)) {
            throw new ParameterException(V_TH.name(), vTh + " mV",
                    "must be > V_reset = " + vReset + " mV, otherwise every reset is a new spike");
        }
        return new LifRefPopulation(name, size, params.get(V_REST), vReset, vTh, params.get(R), params.get(TAU),
                params.get(TAU_REF), params.get(V0));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public List<StateVariable> state() {
        return state;
    }

    @Override
    public boolean[] spikes() {
        return spike;
    }

    /**
     * The input current buffer [nA], one entry per neuron: add to it during a step, it is read and cleared by the
     * next {@link #update(StepContext)}.
     *
     * @return the live buffer
     */
    public double[] input() {
        return input;
    }

    /** @return the membrane potentials [mV], live */
    public double[] potential() {
        return v;
    }

    /** @return each neuron's last spike time [ms], live; {@value #NEVER_SPIKED} before its first spike */
    public double[] lastSpikeTime() {
        return tLastSpike;
    }

    /** @return the membrane time constant τ [ms] */
    public double tau() {
        return tau;
    }

    /** @return the refractory period τ_ref [ms] */
    public double tauRef() {
        return tauRef;
    }

    /**
     * Advances every neuron by one step from {@code ctx.t()}.
     *
     * @param ctx the step context; {@code dt} must be positive
     * @throws DivergenceException when a membrane potential becomes NaN or infinite
     */
    @Override
    public void update(StepContext ctx) {
        final double t = ctx.t();
        final double dt = ctx.dt();
        if (dt != cachedDt) {
            if (!(dt > 0.0) || Double.isInfinite(dt)) {
                throw new IllegalArgumentException("dt = " + dt + " ms is out of range: must be > 0 and finite");
            }
            decay = Math.exp(-dt / tau);
            cachedDt = dt;
        }
        final double a = decay;
        for (int i = 0; i < size; i++) {
            double vi = v[i];
            // BrainPy's LifRef holds V during the refractory period rather than integrating it.
            if (t - tLastSpike[i] > tauRef) {
                double vInf = vRest + r * input[i];
                vi = vInf + (vi - vInf) * a;
            }
            if (!Double.isFinite(vi)) {
                throw new DivergenceException(name, "V", i, ctx.step(), t, vi);
            }
            boolean fired = vi >= vTh;
            if (fired) {
                vi = vReset;
                tLastSpike[i] = t;
            }
            spike[i] = fired;
            v[i] = vi;
            input[i] = 0.0;
        }
    }

    @Override
    public void reset() {
        for (int i = 0; i < size; i++) {
            v[i] = v0;
            input[i] = 0.0;
            tLastSpike[i] = NEVER_SPIKED;
            spike[i] = false;
        }
    }

    @Override
    public String toString() {
        return MODEL + " '" + name + "' (" + size + " neurons, tau = " + tau + " ms, tau_ref = " + tauRef + " ms)";
    }
}
