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
 * BrainPy's abstract {@code NMDA} synapse (the saturating two-variable kinetics of Wang 2002):
 *
 * <pre>
 *   dg/dt = −g/τ_decay + a·x·(1 − g),   dx/dt = −x/τ_rise,   each arriving spike adds its weight to x
 * </pre>
 *
 * g is the open fraction, always below 1; an output (usually {@link MgBlock}) scales it by the maximal conductance.
 *
 * <p>Integration as BrainPy's {@code exp_auto}: x exactly, x ← x e^(−dt/τ_rise); g exactly for x held at its value at
 * the start of the step, g ← g∞ + (g − g∞) e^(−k dt) with k = 1/τ_decay + a x and g∞ = a x / k.
 */
public final class NMDA extends SynapseDynamics {

    /** The model's name. */
    public static final String MODEL = "NMDA";

    static final ParameterSpec A = ParameterSpec.positive("a", "1/ms", 0.5, "binding rate of the open fraction");
    static final ParameterSpec TAU_DECAY = ParameterSpec.positive("tau_decay", "ms", 100.0,
            "decay time constant of g");
    static final ParameterSpec TAU_RISE = ParameterSpec.positive("tau_rise", "ms", 2.0, "decay time constant of x");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(A, TAU_DECAY, TAU_RISE);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.SYNAPSE,
            "abstract NMDA synapse: dg/dt = -g/tau_decay + a x (1 - g), dx/dt = -x/tau_rise, x += w per spike "
                    + "(BrainPy NMDA)",
            PARAMETERS);

    private final double a;
    private final double tauDecay;
    private final double tauRise;
    private final double[] g;
    private final double[] x;
    private final List<StateVariable> state;

    private double cachedDt = Double.NaN;
    private double decayX;

    /**
     * @param size     number of synapses (the aligned population's size)
     * @param a        binding rate [1/ms], &gt; 0
     * @param tauDecay decay time constant of g [ms], &gt; 0
     * @param tauRise  decay time constant of x [ms], &gt; 0
     */
    public NMDA(int size, double a, double tauDecay, double tauRise) {
        super(size);
        this.a = A.validate(a);
        this.tauDecay = TAU_DECAY.validate(tauDecay);
        this.tauRise = TAU_RISE.validate(tauRise);
        this.g = new double[size];
        this.x = new double[size];
        this.state = List.of(new StateVariable("g", "1", g), new StateVariable("x", "1", x));
    }

    /**
     * @param name   ignored (synapses are named by their projection)
     * @param size   number of synapses
     * @param params {@code a}, {@code tau_decay}, {@code tau_rise}
     * @return the synapse
     */
    public static NMDA create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new NMDA(size, params.get(A), params.get(TAU_DECAY), params.get(TAU_RISE));
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public String identity() {
        return MODEL + "(a=" + a + ", tau_decay=" + tauDecay + ", tau_rise=" + tauRise + ")";
    }

    @Override
    public double[] arrivals() {
        return x;
    }

    @Override
    public void integrate(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        if (dt != cachedDt) {
            decayX = Math.exp(-dt / tauRise);
            cachedDt = dt;
        }
        final double ex = decayX;
        final double rate = 1.0 / tauDecay;
        final double a = this.a;
        final double mdt = -dt;
        final double[] g = this.g;
        final double[] x = this.x;
        // Branch-free with one polynomial exponential, so the loop vectorises (e^-36 is below double resolution).
        for (int i = from; i < to; i++) {
            double xi = x[i];
            double ax = a * xi;
            double k = rate + ax;
            double inf = ax / k;
            g[i] = Math.fma(g[i] - inf, FastMath.expNeg(Math.max(-FastMath.LIMIT, mdt * k)), inf);
            x[i] = xi * ex;
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
        Arrays.fill(g, 0.0);
        Arrays.fill(x, 0.0);
    }
}
