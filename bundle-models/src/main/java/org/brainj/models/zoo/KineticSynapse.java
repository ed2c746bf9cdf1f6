package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ParameterSpec;
import org.brainj.models.kit.SynapseDynamics;

/**
 * Destexhe et al. (1994) two-state kinetic receptor shared by {@link AMPA} and {@link GABAa}:
 *
 * <pre>
 *   dg/dt = α [T] (1 − g) − β g,   [T] = T for T_dur ms after each presynaptic spike, 0 otherwise
 * </pre>
 *
 * g is the open fraction. It takes presynaptic spikes only ({@link #arrivals()} is null, so it runs in align-pre
 * projections): {@link #onSpikes} records each member's last arrival time, and [T] is on for the steps whose start t
 * satisfies t − t_arrival &lt; T_dur (T_dur/dt steps, the arrival step included).
 *
 * <p>With [T] held over a step the equation is linear and is integrated exactly: g ← g∞ + (g − g∞) e^(−(α[T] + β) dt),
 * g∞ = α[T]/(α[T] + β); both factors are computed once per dt, so the step has no exponential per member.
 */
abstract class KineticSynapse extends SynapseDynamics {

    /** Comparisons of elapsed times tolerate this much rounding in t = t0 + i·dt [ms]. */
    private static final double EPS = 1e-9;

    private final double alpha;
    private final double beta;
    private final double t;
    private final double tDur;
    private final double[] g;
    private final double[] arrival;
    private final List<StateVariable> state;

    private double cachedDt = Double.NaN;
    private double decayOn;
    private double gOn;
    private double decayOff;

    KineticSynapse(int size, double alpha, double beta, double t, double tDur) {
        super(size);
        this.alpha = alpha;
        this.beta = beta;
        this.t = t;
        this.tDur = tDur;
        this.g = new double[size];
        this.arrival = new double[size];
        this.state = List.of(new StateVariable("g", "1", g), new StateVariable("spike_arrival_time", "ms", arrival));
        reset();
    }

    static ParameterSpec alphaSpec(double def) {
        return ParameterSpec.nonNegative("alpha", "1/(mM ms)", def, "binding rate");
    }

    static ParameterSpec betaSpec(double def) {
        return ParameterSpec.nonNegative("beta", "1/ms", def, "unbinding rate");
    }

    static ParameterSpec tSpec(double def) {
        return ParameterSpec.nonNegative("T", "mM", def, "transmitter concentration during a release");
    }

    static ParameterSpec tDurSpec(double def) {
        return ParameterSpec.nonNegative("T_dur", "ms", def, "duration of a release");
    }

    @Override
    public final String identity() {
        return model() + "(alpha=" + alpha + ", beta=" + beta + ", T=" + t + ", T_dur=" + tDur + ")";
    }

    @Override
    public final double[] arrivals() {
        return null;
    }

    @Override
    public final void onSpikes(StepContext ctx, int[] fired, int count) {
        final double now = ctx.t();
        for (int k = 0; k < count; k++) {
            arrival[fired[k]] = now;
        }
    }

    @Override
    public final void integrate(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        if (dt != cachedDt) {
            double k = alpha * t + beta;
            decayOn = Math.exp(-k * dt);
            gOn = k > 0.0 ? alpha * t / k : 0.0;
            decayOff = Math.exp(-beta * dt);
            cachedDt = dt;
        }
        final double now = ctx.t();
        final double on = tDur - EPS;
        final double eOn = decayOn;
        final double inf = gOn;
        final double eOff = decayOff;
        final double[] g = this.g;
        final double[] last = this.arrival;
        for (int i = from; i < to; i++) {
            double gi = g[i];
            g[i] = now - last[i] < on ? Math.fma(gi - inf, eOn, inf) : gi * eOff;
        }
    }

    @Override
    public final double[] value() {
        return g;
    }

    @Override
    public final List<StateVariable> state() {
        return state;
    }

    @Override
    public final void reset() {
        Arrays.fill(g, 0.0);
        Arrays.fill(arrival, LifRef.NEVER_SPIKED);
    }
}
