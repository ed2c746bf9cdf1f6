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
 * Alpha synapse, BrainPy's {@code Alpha}: dh/dt = −h/τ, dg/dt = −g/τ + h/τ, each arriving spike adds its weight w
 * to h, so one spike gives g(t) = w (t/τ) e^(−t/τ) (peak w/e at t = τ).
 *
 * <p>Integrated exactly over each step, g ← (g + h dt/τ) e^(−dt/τ), h ← h e^(−dt/τ); BrainPy's {@code exp_auto} holds
 * h over the step instead, which differs by O(dt).
 */
public final class Alpha extends SynapseDynamics {

    /** The model's name. */
    public static final String MODEL = "Alpha";

    static final ParameterSpec TAU_DECAY = ParameterSpec.positive("tau_decay", "ms", 10.0, "time constant");

    /** The parameters. */
    public static final List<ParameterSpec> PARAMETERS = List.of(TAU_DECAY);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.SYNAPSE,
            "alpha synapse: dh/dt = -h/tau, dg/dt = (h - g)/tau, h += w per spike (BrainPy Alpha)", PARAMETERS);

    private final double tau;
    private final double[] g;
    private final double[] h;
    private final List<StateVariable> state;

    private double cachedDt = Double.NaN;
    private double decay;
    private double feed;

    /**
     * @param size number of synapses (the aligned population's size)
     * @param tau  time constant [ms], &gt; 0
     */
    public Alpha(int size, double tau) {
        super(size);
        this.tau = TAU_DECAY.validate(tau);
        this.g = new double[size];
        this.h = new double[size];
        this.state = List.of(new StateVariable("g", "1", g), new StateVariable("h", "1", h));
    }

    /**
     * @param name   ignored (synapses are named by their projection)
     * @param size   number of synapses
     * @param params {@code tau_decay}
     * @return the synapse
     */
    public static Alpha create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new Alpha(size, params.get(TAU_DECAY));
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public String identity() {
        return MODEL + "(tau_decay=" + tau + ")";
    }

    @Override
    public double[] arrivals() {
        return h;
    }

    @Override
    public void integrate(StepContext ctx, int from, int to) {
        double dt = ctx.dt();
        if (dt != cachedDt) {
            decay = Math.exp(-dt / tau);
            feed = dt / tau * decay;
            cachedDt = dt;
        }
        final double e = decay;
        final double k = feed;
        final double[] g = this.g;
        final double[] h = this.h;
        for (int i = from; i < to; i++) {
            double hi = h[i];
            g[i] = Math.fma(g[i], e, k * hi);
            h[i] = hi * e;
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
        Arrays.fill(h, 0.0);
    }
}
