package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Adaptive exponential integrate-and-fire neurons (Brette &amp; Gerstner 2005), BrainPy's {@code AdExIF}:
 *
 * <pre>
 *   τ dV/dt   = −(V − V_rest) + Δ_T e^((V − V_T)/Δ_T) − R·w + R·I
 *   τ_w dw/dt = a (V − V_rest) − w
 *   spike when V ≥ V_th, then V ← V_reset, w ← w + b
 * </pre>
 *
 * <p>Units: V in mV, times in ms, w and I in the current unit that R turns into mV (R in GΩ for pA, as in Naud et al.
 * 2008 with R = 1/g_L, τ = C/g_L). Initial V = {@code V0}, −65 mV (BrainPy's initialiser gives 0, above threshold;
 * {@code V0=0} reproduces it), w = 0.
 *
 * <p>Native integration: BrainPy's {@code exp_auto} on the joint equations from the state at the start of the step:
 * V as in {@link ExpIF} with −R·w held, w ← w∞ + (w − w∞)·e^(−dt/τ_w) with w∞ = a (V − V_rest).
 */
public class AdExIF extends ResetNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "AdExIF";

    static final ParameterSpec A = ParameterSpec.any("a", "1/R", 1.0, "subthreshold adaptation (conductance)");
    static final ParameterSpec B = ParameterSpec.any("b", "mV/R", 1.0, "jump of w at a spike (current)");
    static final ParameterSpec TAU_W = ParameterSpec.positive("tau_w", "ms", 30.0,
            "time constant of the adaptation current");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(ExpIF.V_REST, ExpIF.V_RESET, ExpIF.V_TH, ExpIF.V_T,
            ExpIF.DELTA_T, A, B, ExpIF.TAU, TAU_W, ExpIF.R, ExpIF.V0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "adaptive exponential integrate-and-fire: ExpIF with - R w, tau_w dw/dt = a(V - V_rest) - w, "
                    + "spike: w += b", PARAMETERS);

    private final double vRest;
    private final double vT;
    private final double deltaT;
    private final double a;
    private final double b;
    private final double tau;
    private final double tauW;
    private final double r;
    private final double[] w;
    private double decayW;

    AdExIF(String name, int size, Parameters p, double tauRef) {
        super(name, size, p.get(ExpIF.V_TH), p.get(ExpIF.V_RESET), tauRef, p.get(ExpIF.V0));
        this.vRest = p.get(ExpIF.V_REST);
        this.vT = p.get(ExpIF.V_T);
        this.deltaT = p.get(ExpIF.DELTA_T);
        this.a = p.get(A);
        this.b = p.get(B);
        this.tau = p.get(ExpIF.TAU);
        this.tauW = p.get(TAU_W);
        this.r = p.get(ExpIF.R);
        this.w = new double[size];
        declareState(new StateVariable("w", "mV/R", w));
        reset();
    }

    /**
     * Builds a population from user parameters.
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the population, at its initial state
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter, or V_th ≤ V_reset
     */
    public static AdExIF create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        ExpIF.check(params);
        return new AdExIF(name, size, params, Double.NaN);
    }

    @Override
    public String inputUnit() {
        return "mV/R";
    }

    /** @return the adaptation current w, live */
    public final double[] adaptation() {
        return w;
    }

    @Override
    protected final void resetOthers() {
        Arrays.fill(w, 0.0);
    }

    @Override
    protected final void dtChanged(double dt) {
        decayW = Math.exp(-dt / tauW);
    }

    @Override
    protected final void advance(double dt, int from, int to) {
        final double[] v = this.v;
        final double[] w = this.w;
        final double[] in = this.input;
        final double[] jump = this.delta;
        final double invTau = 1.0 / tau;
        final double invDelta = 1.0 / deltaT;
        final double ew = decayW;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double wi = w[i];
            double e = Math.exp(Math.min((vi - vT) * invDelta, ExpIF.MAX_EXPONENT));
            double f = (vRest - vi + deltaT * e + r * (in[i] - wi)) * invTau;
            double lin = (e - 1.0) * invTau;
            v[i] = vi + phi(lin, dt) * f + jump[i];
            double wInf = a * (vi - vRest);
            w[i] = wInf + (wi - wInf) * ew;
            in[i] = 0.0;
            jump[i] = 0.0;
        }
    }

    @Override
    protected final void onSpike(int i) {
        w[i] += b;
    }

    @Override
    protected final void derivatives(double t, double[] y, double[] dydt) {
        final int s = size;
        final double invTau = 1.0 / tau;
        for (int i = 0; i < s; i++) {
            double vi = y[i];
            double wi = y[s + i];
            double e = Math.exp(Math.min((vi - vT) / deltaT, ExpIF.MAX_EXPONENT));
            dydt[i] = (vRest - vi + deltaT * e + r * (input[i] - wi)) * invTau;
            dydt[s + i] = (a * (vi - vRest) - wi) / tauW;
        }
    }
}
