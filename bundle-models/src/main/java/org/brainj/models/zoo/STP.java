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
 * Short-term plasticity of Tsodyks and Markram, in BrainPy's form ({@code STP}):
 *
 * <pre>
 *   du/dt = −u/τ_f,   dx/dt = (1 − x)/τ_d
 *   on each presynaptic spike:  u ← u + U(1 − u),  then  x ← x − u·x  (with the u just incremented)
 *   value = u·x
 * </pre>
 *
 * u is the utilisation (release probability), x the fraction of available resources. As in BrainPy the state
 * starts at u = U, x = 1 (so the value at rest is U, and u relaxes towards 0 until the first spike), and the value
 * u·x goes through the connectivity at every step, not only in the steps of spikes. Defaults U 0.15, τ_f 1500 ms,
 * τ_d 200 ms (a facilitating synapse). Presynaptic spikes only ({@link #arrivals()} is null): use it in an
 * align-pre projection.
 *
 * <p>BrainPy's code integrates du/dt = U − u/τ_f, against its own documentation and Tsodyks &amp; Markram; this
 * class follows the documented −u/τ_f.
 *
 * <p><b>Timing.</b> A step first applies the jumps of the spikes arriving in it ({@link #onSpikes}, at the step's
 * start t, from u⁻ and x⁻, the values just before the spike), then relaxes every member exactly over
 * [t, t + dt]: u ← u·e^(−dt/τ_f), x ← 1 + (x − 1)·e^(−dt/τ_d) ({@link #integrate}). After each step (u, x) is
 * therefore the exact solution at t + dt with the jumps at the arrival steps' start times, and with
 * u<sub>n</sub> = u⁺ (just after the n-th spike's increment) and x<sub>n</sub> = x⁻ (just before its decrement) the
 * per-spike efficacy u<sub>n</sub>·x<sub>n</sub> follows Tsodyks–Markram's recursion for spikes Δ apart:
 * u<sub>n+1</sub> = U + u<sub>n</sub>(1 − U)e^(−Δ/τ_f), x<sub>n+1</sub> = 1 + (x<sub>n</sub> − u<sub>n</sub>
 * x<sub>n</sub> − 1)e^(−Δ/τ_d).
 *
 * <p><b>What the value is.</b> {@link #value()} is u·x of the current state, with x after its decrement, as BrainPy
 * returns it: right after {@link #onSpikes} it is u<sub>n</sub>·x<sub>n</sub>(1 − u<sub>n</sub>), not the efficacy
 * u<sub>n</sub>·x<sub>n</sub>; after the step of the spike it is that value relaxed over one dt,
 * u<sub>n</sub>e^(−dt/τ_f)·(1 + (x<sub>n</sub>(1 − u<sub>n</sub>) − 1)e^(−dt/τ_d)); in later steps
 * u(t)·x(t) continues to relax. BrainPy relaxes before it jumps, so its value in the step of a spike is the
 * un-relaxed u⁺x⁺; the two differ by O(dt/τ) in that step only.
 */
public final class STP extends SynapseDynamics {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "STP";

    static final ParameterSpec U = new ParameterSpec("U", "1", 0.15, 0.0, 1.0, true,
            "increment of the utilisation u per spike (its initial value)");
    static final ParameterSpec TAU_F = ParameterSpec.positive("tau_f", "ms", 1500.0,
            "facilitation time constant (decay of u)");
    static final ParameterSpec TAU_D = ParameterSpec.positive("tau_d", "ms", 200.0,
            "depression time constant (recovery of x)");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(U, TAU_F, TAU_D);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.SYNAPSE,
            "Tsodyks-Markram short-term plasticity: du/dt = -u/tau_f, dx/dt = (1 - x)/tau_d; per presynaptic "
                    + "spike u += U (1 - u), then x -= u x; value u x (BrainPy STP; align-pre only)",
            PARAMETERS);

    private final double uInc;
    private final double tauF;
    private final double tauD;
    private final double[] u;
    private final double[] x;
    private final double[] ux;
    private final List<StateVariable> state;

    private double cachedDt = Double.NaN;
    private double decayU;
    private double decayX;

    /**
     * @param size number of synapses (the presynaptic population's size)
     * @param u    increment of u per spike and its initial value, in (0, 1]
     * @param tauF facilitation time constant [ms], &gt; 0
     * @param tauD depression time constant [ms], &gt; 0
     */
    public STP(int size, double u, double tauF, double tauD) {
        super(size);
        this.uInc = U.validate(u);
        this.tauF = TAU_F.validate(tauF);
        this.tauD = TAU_D.validate(tauD);
        this.u = new double[size];
        this.x = new double[size];
        this.ux = new double[size];
        this.state = List.of(new StateVariable("u", "1", this.u), new StateVariable("x", "1", x));
        reset();
    }

    /**
     * @param name   ignored (synapses are named by their projection)
     * @param size   number of synapses
     * @param params {@code U}, {@code tau_f}, {@code tau_d}
     * @return the synapse
     */
    public static STP create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new STP(size, params.get(U), params.get(TAU_F), params.get(TAU_D));
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public String identity() {
        return MODEL + "(U=" + uInc + ", tau_f=" + tauF + ", tau_d=" + tauD + ")";
    }

    /** @return null: this synapse takes presynaptic spikes only ({@link #onSpikes}) */
    @Override
    public double[] arrivals() {
        return null;
    }

    /** Each spiking member: u ← u + U(1 − u), then x ← x − u·x with that u; its value becomes u·x. */
    @Override
    public void onSpikes(StepContext ctx, int[] fired, int count) {
        final double inc = uInc;
        final double[] u = this.u;
        final double[] x = this.x;
        final double[] ux = this.ux;
        for (int k = 0; k < count; k++) {
            int i = fired[k];
            double ui = Math.fma(inc, 1.0 - u[i], u[i]);
            double xi = x[i] - ui * x[i];
            u[i] = ui;
            x[i] = xi;
            ux[i] = ui * xi;
        }
    }

    /** Exact relaxation over one step: u ← u·e^(−dt/τ_f), x ← 1 + (x − 1)·e^(−dt/τ_d); value ← u·x. */
    @Override
    public void integrate(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        if (dt != cachedDt) {
            decayU = Math.exp(-dt / tauF);
            decayX = Math.exp(-dt / tauD);
            cachedDt = dt;
        }
        final double eu = decayU;
        final double ex = decayX;
        final double[] u = this.u;
        final double[] x = this.x;
        final double[] ux = this.ux;
        for (int i = from; i < to; i++) {
            double ui = u[i] * eu;
            double xi = Math.fma(x[i] - 1.0, ex, 1.0);
            u[i] = ui;
            x[i] = xi;
            ux[i] = ui * xi;
        }
    }

    /**
     * @return u·x per member, live; refreshed by {@link #onSpikes} and {@link #integrate} (writing u or x through
     *     {@link #state()} shows in it after the next of those)
     */
    @Override
    public double[] value() {
        return ux;
    }

    /** @return u and x, live */
    @Override
    public List<StateVariable> state() {
        return state;
    }

    /** Restores BrainPy's initial state: u = U, x = 1 (value U). */
    @Override
    public void reset() {
        Arrays.fill(u, uInc);
        Arrays.fill(x, 1.0);
        Arrays.fill(ux, uInc);
    }
}
