package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.SynapseDynamics;

/**
 * Short-term depression, BrainPy's {@code STD}:
 *
 * <pre>
 *   dx/dt = (1 − x)/τ,   on each presynaptic spike x ← x − U·x,   value = x
 * </pre>
 *
 * x is the fraction of available resources (1 at rest, BrainPy's initial value); the value, x itself, goes through
 * the connectivity, so a conductance w·x is present between spikes too, as in BrainPy (τ 200 ms, U 0.07 by
 * default). Presynaptic spikes only ({@link #arrivals()} is null): use it in an align-pre projection.
 *
 * <p><b>Timing.</b> A step first applies the jumps of the spikes arriving in it ({@link #onSpikes}, at the step's
 * start t, with x just before the spike), then relaxes every member exactly over [t, t + dt]:
 * x ← 1 + (x − 1)·e^(−dt/τ) ({@link #integrate}). So after each step x is the exact solution at t + dt of the
 * equation above with its jumps at the arrival steps' start times, and x just before the n-th spike follows
 * x<sub>n+1</sub> = 1 + (x<sub>n</sub>(1 − U) − 1)·e^(−Δ/τ) for spikes Δ apart. BrainPy relaxes first and then
 * jumps (using x before the relaxation); the two differ by O(dt/τ) in the step of a spike only.
 */
public final class STD extends SynapseDynamics {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "STD";

    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 200.0,
            "recovery time constant of the resources");
    static final ParameterSpec U = new ParameterSpec("U", "1", 0.07, 0.0, 1.0, true,
            "fraction of the available resources used by a spike");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(TAU, U);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.SYNAPSE,
            "short-term depression: dx/dt = (1 - x)/tau, x -= U x per presynaptic spike, value x "
                    + "(BrainPy STD; align-pre only)",
            PARAMETERS);

    private final double tau;
    private final double u;
    private final double[] x;
    private final List<StateVariable> state;

    private double cachedDt = Double.NaN;
    private double decay;

    /**
     * @param size number of synapses (the presynaptic population's size)
     * @param tau  recovery time constant [ms], &gt; 0
     * @param u    fraction of the resources a spike uses, in (0, 1]
     */
    public STD(int size, double tau, double u) {
        super(size);
        this.tau = TAU.validate(tau);
        this.u = U.validate(u);
        this.x = new double[size];
        this.state = List.of(new StateVariable("x", "1", x));
        reset();
    }

    /**
     * @param name   ignored (synapses are named by their projection)
     * @param size   number of synapses
     * @param params {@code tau}, {@code U}
     * @return the synapse
     */
    public static STD create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new STD(size, params.get(TAU), params.get(U));
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public String identity() {
        return MODEL + "(tau=" + tau + ", U=" + u + ")";
    }

    /** @return null: this synapse takes presynaptic spikes only ({@link #onSpikes}) */
    @Override
    public double[] arrivals() {
        return null;
    }

    /** Each spiking member uses the fraction U of its resources: x ← x − U·x. */
    @Override
    public void onSpikes(StepContext ctx, int[] fired, int count) {
        final double keep = 1.0 - u;
        final double[] x = this.x;
        for (int k = 0; k < count; k++) {
            x[fired[k]] *= keep;
        }
    }

    /** Exact recovery over one step: x ← 1 + (x − 1)·e^(−dt/τ). */
    @Override
    public void integrate(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        if (dt != cachedDt) {
            decay = Math.exp(-dt / tau);
            cachedDt = dt;
        }
        final double e = decay;
        final double[] x = this.x;
        for (int i = from; i < to; i++) {
            x[i] = Math.fma(x[i] - 1.0, e, 1.0);
        }
    }

    /** @return x, live */
    @Override
    public double[] value() {
        return x;
    }

    @Override
    public List<StateVariable> state() {
        return state;
    }

    /** Restores full resources, x = 1 (BrainPy's initial value). */
    @Override
    public void reset() {
        Arrays.fill(x, 1.0);
    }
}
