package org.brainj.models.zoo;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Adaptive quadratic integrate-and-fire neurons (Izhikevich 2007), BrainPy's {@code AdQuaIF}:
 *
 * <pre>
 *   τ dV/dt   = c (V − V_rest)(V − V_c) − w + I
 *   τ_w dw/dt = a (V − V_rest) − w
 *   spike when V ≥ V_th, then V ← V_reset, w ← w + b
 * </pre>
 *
 * <p>Units: V, w and I in mV, times in ms, c in 1/mV. Initial V = {@code V0}, −65 mV (BrainPy's initialiser gives
 * 0 mV, above threshold, which {@code V0=0} reproduces), w = 0.
 *
 * <p>Native integration: BrainPy's {@code exp_auto} on the joint equations from the state at the start of the step:
 * V as in {@link QuaIF} with −w held, w ← w∞ + (w − w∞)·e^(−dt/τ_w) with w∞ = a (V − V_rest).
 */
public class AdQuaIF extends ResetNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "AdQuaIF";

    static final ParameterSpec A = ParameterSpec.any("a", "1", 1.0, "coupling of w to V");
    static final ParameterSpec B = ParameterSpec.any("b", "mV", 0.1, "jump of w at a spike");
    static final ParameterSpec TAU_W = ParameterSpec.positive("tau_w", "ms", 10.0,
            "time constant of the adaptation variable");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(QuaIF.V_REST, QuaIF.V_RESET, QuaIF.V_TH,
            QuaIF.V_C, A, B, QuaIF.C, QuaIF.TAU, TAU_W, QuaIF.V0);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "adaptive quadratic integrate-and-fire: tau dV/dt = c(V - V_rest)(V - V_c) - w + I, "
                    + "tau_w dw/dt = a(V - V_rest) - w, spike: w += b", PARAMETERS);

    private final double vRest;
    private final double vC;
    private final double a;
    private final double b;
    private final double c;
    private final double tau;
    private final double tauW;
    private final double[] w;
    private double decayW;

    AdQuaIF(String name, int size, Parameters p, double tauRef) {
        super(name, size, p.get(QuaIF.V_TH), p.get(QuaIF.V_RESET), tauRef, p.get(QuaIF.V0));
        this.vRest = p.get(QuaIF.V_REST);
        this.vC = p.get(QuaIF.V_C);
        this.a = p.get(A);
        this.b = p.get(B);
        this.c = p.get(QuaIF.C);
        this.tau = p.get(QuaIF.TAU);
        this.tauW = p.get(TAU_W);
        this.w = new double[size];
        declareState(new StateVariable("w", "mV", w));
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
    public static AdQuaIF create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        check(params);
        return new AdQuaIF(name, size, params, Double.NaN);
    }

    static void check(Parameters params) {
        QuaIF.check(params);
    }

    @Override
    public String inputUnit() {
        return "mV";
    }

    /** @return the adaptation variable w, live */
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
        final double k = c / tau;
        final double invTau = 1.0 / tau;
        final double s = vRest + vC;
        final double ew = decayW;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double wi = w[i];
            double f = k * (vi - vRest) * (vi - vC) + (in[i] - wi) * invTau;
            double lin = k * (2.0 * vi - s);
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
        for (int i = 0; i < s; i++) {
            double vi = y[i];
            double wi = y[s + i];
            dydt[i] = (c * (vi - vRest) * (vi - vC) - wi + input[i]) / tau;
            dydt[s + i] = (a * (vi - vRest) - wi) / tauW;
        }
    }
}
