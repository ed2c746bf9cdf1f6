package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.SynapseDynamics;

/**
 * Dual-exponential synapse, BrainPy's {@code DualExpon}:
 *
 * <pre>
 *   dg/dt = −g/τ_decay + a·h,   dh/dt = −h/τ_rise,   each arriving spike adds its weight w to h
 *   a = (1/τ_rise)(τ_rise/τ_decay)^(τ_rise/(τ_rise − τ_decay))   (a = e/τ when the two are equal)
 * </pre>
 *
 * so that one spike of weight w makes g rise and fall with peak exactly w. The state {@code h} is kept in weight
 * units (BrainPy's h is a·h), so projections add plain weights to it ({@link #arrivals()}).
 *
 * <p>The linear pair is integrated exactly over each step, g ← g e^(−dt/τ_d) + a h τ_rτ_d(e^(−dt/τ_d) −
 * e^(−dt/τ_r))/(τ_d − τ_r), h ← h e^(−dt/τ_r); BrainPy's {@code exp_auto} holds h over the step instead, which
 * differs by O(dt) and converges to the same curve.
 */
public final class DualExpon extends SynapseDynamics {

    /** The model's name. */
    public static final String MODEL = "DualExpon";

    static final ParameterSpec TAU_DECAY = ParameterSpec.positive("tau_decay", "ms", 10.0, "decay time constant");
    static final ParameterSpec TAU_RISE = ParameterSpec.positive("tau_rise", "ms", 1.0, "rise time constant");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(TAU_DECAY, TAU_RISE);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.SYNAPSE,
            "dual-exponential synapse: dg/dt = -g/tau_decay + a h, dh/dt = -h/tau_rise, h += w per spike, "
                    + "a normalises the peak of g to w (BrainPy DualExpon)",
            PARAMETERS);

    private final double tauDecay;
    private final double tauRise;
    private final double a;
    private final double[] g;
    private final double[] h;
    private final List<StateVariable> state;

    private double cachedDt = Double.NaN;
    private double decayG;
    private double decayH;
    private double feed;

    /**
     * @param size     number of synapses (the aligned population's size)
     * @param tauDecay decay time constant [ms], &gt; 0
     * @param tauRise  rise time constant [ms], &gt; 0
     */
    public DualExpon(int size, double tauDecay, double tauRise) {
        super(size);
        this.tauDecay = TAU_DECAY.validate(tauDecay);
        this.tauRise = TAU_RISE.validate(tauRise);
        this.a = peakNormalisation(tauDecay, tauRise);
        this.g = new double[size];
        this.h = new double[size];
        this.state = List.of(new StateVariable("g", "1", g), new StateVariable("h", "1", h));
    }

    /**
     * @param name   ignored (synapses are named by their projection)
     * @param size   number of synapses
     * @param params {@code tau_decay}, {@code tau_rise}
     * @return the synapse
     */
    public static DualExpon create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new DualExpon(size, params.get(TAU_DECAY), params.get(TAU_RISE));
    }

    /**
     * @param tauDecay decay time constant [ms]
     * @param tauRise  rise time constant [ms]
     * @return the factor a that makes the peak of g equal to the weight of a single spike [1/ms]
     */
    public static double peakNormalisation(double tauDecay, double tauRise) {
        if (tauDecay == tauRise) {
            return Math.E / tauDecay;
        }
        double value = Math.pow(tauRise / tauDecay, tauRise / (tauRise - tauDecay)) / tauRise;
        if (!Double.isFinite(value) || value <= 0.0) {
            throw new ParameterException(TAU_RISE.name(), tauRise + " ms",
                    "must be comparable with tau_decay = " + tauDecay + " ms (the peak normalisation overflows)");
        }
        return value;
    }

    /** @return the peak normalisation a [1/ms] */
    public double a() {
        return a;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public String identity() {
        return MODEL + "(tau_decay=" + tauDecay + ", tau_rise=" + tauRise + ")";
    }

    @Override
    public double[] arrivals() {
        return h;
    }

    private void prepare(double dt) {
        if (dt != cachedDt) {
            decayG = Math.exp(-dt / tauDecay);
            decayH = Math.exp(-dt / tauRise);
            // a * integral_0^dt e^(-(dt-s)/tau_d) e^(-s/tau_r) ds
            feed = tauDecay == tauRise ? a * dt * decayG
                    : a * tauRise * tauDecay * (decayG - decayH) / (tauDecay - tauRise);
            cachedDt = dt;
        }
    }

    @Override
    public void integrate(StepContext ctx, int from, int to) {
        prepare(ctx.dt());
        final double eg = decayG;
        final double eh = decayH;
        final double k = feed;
        final double[] g = this.g;
        final double[] h = this.h;
        for (int i = from; i < to; i++) {
            double hi = h[i];
            g[i] = Math.fma(g[i], eg, k * hi);
            h[i] = hi * eh;
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
