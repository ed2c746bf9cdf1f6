package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.SynapseDynamics;
import org.brainj.models.kit.SynapticOutput;

/**
 * Exponential synapse, BrainPy's {@code Expon}: dg/dt = −g/τ; each arriving spike adds its weight to g. Integrated
 * exactly, g ← g·e^(−dt/τ).
 *
 * <p>Which g the output sees in a step is a convention ({@code pre_decay}). BrainPy's (0, the default) steps the
 * synapse before the membrane reads it, so a weight arriving this step acts as w·e^(−dt/τ). Brian2's (1) advances
 * every variable from its value at the step's start: the membrane sees g with this step's arrivals undecayed, then g
 * decays — a jump of w acts as w, which is the continuous-time solution at the arrival. The two differ by the factor
 * e^(−dt/τ) on every conductance the membrane sees (0.980 for τ = 5 ms at dt = 0.1 ms).
 */
public final class Expon extends SynapseDynamics {

    /** The model's name. */
    public static final String MODEL = "Expon";

    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 8.0, "decay time constant");

    static final ParameterSpec PRE_DECAY = new ParameterSpec("pre_decay", "1", 0.0, 0.0, 1.0, false,
            "0: the output reads g after this step's decay (BrainPy), 1: before it, arrivals undecayed (Brian2)");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(TAU, PRE_DECAY);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.SYNAPSE,
            "exponential synapse: dg/dt = -g/tau, g += w per spike (BrainPy Expon)", PARAMETERS);

    private final double tau;
    private final boolean preDecay;
    private final double[] g;
    private final List<StateVariable> state;
    private double cachedDt = Double.NaN;
    private double decay;

    /**
     * @param size number of synapses (the aligned population's size)
     * @param tau  decay time constant [ms], &gt; 0
     */
    public Expon(int size, double tau) {
        this(size, tau, false);
    }

    /**
     * @param size     number of synapses (the aligned population's size)
     * @param tau      decay time constant [ms], &gt; 0
     * @param preDecay true when the output reads g before this step's decay (Brian2), false after it (BrainPy)
     */
    public Expon(int size, double tau, boolean preDecay) {
        super(size);
        this.tau = TAU.validate(tau);
        this.preDecay = preDecay;
        this.g = new double[size];
        this.state = List.of(new StateVariable("g", "1", g));
    }

    /**
     * @param name   ignored (synapses are named by their projection)
     * @param size   number of synapses
     * @param params {@code tau}, {@code pre_decay}
     * @return the synapse
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter, or pre_decay other
     *                                                than 0 or 1
     */
    public static Expon create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        double pre = params.get(PRE_DECAY);
        if (pre != 0.0 && pre != 1.0) {
            throw new org.brainj.api.core.ParameterException(PRE_DECAY.name(), String.valueOf(pre),
                    "0 (BrainPy: g read after its decay) or 1 (Brian2: read before it)");
        }
        return new Expon(size, params.get(TAU), pre == 1.0);
    }

    /** @return true when the output reads g before this step's decay (Brian2), false after it (BrainPy) */
    public boolean preDecay() {
        return preDecay;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public String identity() {
        return MODEL + "(tau=" + tau + (preDecay ? ", pre_decay" : "") + ")";
    }

    @Override
    public double[] arrivals() {
        return g;
    }

    @Override
    public boolean integrateAndApply(StepContext ctx, SynapticOutput output, double[] v, double[] input, int from,
                                     int to) {
        final double a = decay(ctx.dt());
        // The output sees g·u: u = e^(−dt/τ) reads g after this step's decay, u = 1 before it.
        final double u = preDecay ? 1.0 : a;
        final double[] g = this.g;
        if (output instanceof Coba) {
            final double e = ((Coba) output).reversal();
            for (int i = from; i < to; i++) {
                double gi = g[i];
                g[i] = gi * a;
                input[i] += gi * u * (e - v[i]);
            }
            return true;
        }
        if (output instanceof Cuba) {
            for (int i = from; i < to; i++) {
                double gi = g[i];
                g[i] = gi * a;
                input[i] += gi * u;
            }
            return true;
        }
        if (preDecay) {
            output.apply(g, v, input, from, to);
            integrate(ctx, from, to);
            return true;
        }
        return false;
    }

    /**
     * @param dt the step [ms]
     * @return e<sup>−dt/τ</sup>, the factor one step multiplies g by
     */
    public double decay(double dt) {
        if (dt != cachedDt) {
            decay = Math.exp(-dt / tau);
            cachedDt = dt;
        }
        return decay;
    }

    @Override
    public void integrate(StepContext ctx, int from, int to) {
        final double a = decay(ctx.dt());
        final double[] g = this.g;
        for (int i = from; i < to; i++) {
            g[i] *= a;
        }
    }

    @Override
    public double[] value() {
        return g;
    }

    @Override
    public List<StateVariable> state() {
        return state;
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(g, 0.0);
    }
}
