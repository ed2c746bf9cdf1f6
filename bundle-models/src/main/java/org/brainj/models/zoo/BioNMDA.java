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
 * Biophysical NMDA receptor with second-order kinetics (Destexhe et al. 1994, Wang 2002), BrainPy's
 * {@code BioNMDA}:
 *
 * <pre>
 *   dg/dt = α1 x (1 − g) − β1 g
 *   dx/dt = α2 [T] (1 − x) − β2 x,   [T] = T for T_dur ms after each presynaptic spike, 0 otherwise
 * </pre>
 *
 * g is the open fraction (value), x the gating variable driven by the transmitter. Defaults α1 2 ms⁻¹, β1 0.01 ms⁻¹,
 * α2 1 mM⁻¹ms⁻¹, β2 0.5 ms⁻¹, T 1 mM, T_dur 0.5 ms. It takes presynaptic spikes only ({@link #arrivals()} is null,
 * so it runs in align-pre projections): as in {@link KineticSynapse}, {@link #onSpikes} records each member's last
 * arrival time and [T] is on for the steps whose start t satisfies t − t_arrival &lt; T_dur (T_dur/dt steps, the
 * arrival step included).
 *
 * <p><b>Integration.</b> With [T] held over the step, x's equation is linear and is integrated exactly:
 * x ← x∞ + (x − x∞) e^(−(α2[T] + β2) dt), x∞ = α2[T]/(α2[T] + β2), both factors computed once per dt (one set for
 * release steps, one for the others), so x at the step ends is exact whenever T_dur is a multiple of dt. g is
 * integrated by exponential Euler with x held at its value at the start of the step, as BrainPy's
 * {@code exp_auto} does: g ← g∞ + (g − g∞) e^(−k dt), k = α1 x + β1, g∞ = α1 x / k. That is exact for frozen x
 * and first order in dt overall: its global error is at most about α1·(dt/2)·(total variation of x), e.g.
 * 0.7·dt for one spike at the defaults.
 */
public final class BioNMDA extends SynapseDynamics {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "BioNMDA";

    /** Comparisons of elapsed times tolerate this much rounding in t = t0 + i·dt [ms]. */
    private static final double EPS = 1e-9;

    static final ParameterSpec ALPHA1 = ParameterSpec.nonNegative("alpha1", "1/ms", 2.0,
            "opening rate of g per unit x");
    static final ParameterSpec BETA1 = ParameterSpec.nonNegative("beta1", "1/ms", 0.01, "closing rate of g");
    static final ParameterSpec ALPHA2 = ParameterSpec.nonNegative("alpha2", "1/(mM ms)", 1.0,
            "binding rate of x per unit transmitter");
    static final ParameterSpec BETA2 = ParameterSpec.nonNegative("beta2", "1/ms", 0.5, "unbinding rate of x");
    static final ParameterSpec T = ParameterSpec.nonNegative("T", "mM", 1.0,
            "transmitter concentration during a release");
    static final ParameterSpec T_DUR = ParameterSpec.nonNegative("T_dur", "ms", 0.5, "duration of a release");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(ALPHA1, BETA1, ALPHA2, BETA2, T, T_DUR);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.SYNAPSE,
            "NMDA receptor, second-order kinetics: dg/dt = alpha1 x (1 - g) - beta1 g, dx/dt = alpha2 [T] (1 - x) - "
                    + "beta2 x, [T] = T for T_dur ms after a presynaptic spike (BrainPy BioNMDA; align-pre only)",
            PARAMETERS);

    private final double alpha1;
    private final double beta1;
    private final double alpha2;
    private final double beta2;
    private final double t;
    private final double tDur;
    private final double[] g;
    private final double[] x;
    private final double[] arrival;
    private final List<StateVariable> state;

    private double cachedDt = Double.NaN;
    private double decayOn;
    private double xOn;
    private double decayOff;

    /**
     * @param size   number of synapses (the presynaptic population's size)
     * @param alpha1 opening rate of g [1/ms], ≥ 0
     * @param beta1  closing rate of g [1/ms], ≥ 0
     * @param alpha2 binding rate of x [1/(mM ms)], ≥ 0
     * @param beta2  unbinding rate of x [1/ms], ≥ 0
     * @param t      transmitter concentration [mM], ≥ 0
     * @param tDur   release duration [ms], ≥ 0
     */
    public BioNMDA(int size, double alpha1, double beta1, double alpha2, double beta2, double t, double tDur) {
        super(size);
        this.alpha1 = ALPHA1.validate(alpha1);
        this.beta1 = BETA1.validate(beta1);
        this.alpha2 = ALPHA2.validate(alpha2);
        this.beta2 = BETA2.validate(beta2);
        this.t = T.validate(t);
        this.tDur = T_DUR.validate(tDur);
        this.g = new double[size];
        this.x = new double[size];
        this.arrival = new double[size];
        this.state = List.of(new StateVariable("g", "1", g), new StateVariable("x", "1", x),
                new StateVariable("spike_arrival_time", "ms", arrival));
        reset();
    }

    /**
     * @param name   ignored (synapses are named by their projection)
     * @param size   number of synapses
     * @param params {@code alpha1}, {@code beta1}, {@code alpha2}, {@code beta2}, {@code T}, {@code T_dur}
     * @return the synapse
     */
    public static BioNMDA create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new BioNMDA(size, params.get(ALPHA1), params.get(BETA1), params.get(ALPHA2), params.get(BETA2),
                params.get(T), params.get(T_DUR));
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public String identity() {
        return MODEL + "(alpha1=" + alpha1 + ", beta1=" + beta1 + ", alpha2=" + alpha2 + ", beta2=" + beta2 + ", T="
                + t + ", T_dur=" + tDur + ")";
    }

    @Override
    public double[] arrivals() {
        return null;
    }

    @Override
    public void onSpikes(StepContext ctx, int[] fired, int count) {
        final double now = ctx.t();
        for (int k = 0; k < count; k++) {
            arrival[fired[k]] = now;
        }
    }

    @Override
    public void integrate(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        if (dt != cachedDt) {
            double k = alpha2 * t + beta2;
            decayOn = Math.exp(-k * dt);
            xOn = k > 0.0 ? alpha2 * t / k : 0.0;
            decayOff = Math.exp(-beta2 * dt);
            cachedDt = dt;
        }
        final double now = ctx.t();
        final double on = tDur - EPS;
        final double eOn = decayOn;
        final double infOn = xOn;
        final double eOff = decayOff;
        final double a1 = alpha1;
        final double b1 = beta1;
        final double mdt = -dt;
        final double[] g = this.g;
        final double[] x = this.x;
        final double[] last = this.arrival;
        for (int i = from; i < to; i++) {
            double xi = x[i];
            // g first, with x held at its start-of-step value (exponential Euler).
            double ax = a1 * xi;
            double k = ax + b1;
            if (k > 0.0) {
                double inf = ax / k;
                g[i] = Math.fma(g[i] - inf, FastMath.expNeg(Math.max(-FastMath.LIMIT, mdt * k)), inf);
            }
            x[i] = now - last[i] < on ? Math.fma(xi - infOn, eOn, infOn) : xi * eOff;
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
        Arrays.fill(arrival, LifRef.NEVER_SPIKED);
    }
}
